import Testing
@testable import ParallaxModel

@Suite("Entity analysis on odd input")
struct RobustnessTests {
    static let oddTexts: [String] = [
        "",
        " ",
        "\n\n\n",
        String(repeating: "A", count: 100_000),
        String(repeating: "Ab", count: 50_000) + " said.",
        "’s ' ‘ ’ ''' s’",
        "Zelensky’",
        "U.S.A.B.C.D.E.F.",
        "-- - —— Kyiv-",
        "99999999999999999999999999999999999 troops reached Kyiv.",
        "🇺🇦 President 👩‍👩‍👧 Zelensky 🚀 visited Kyiv 🎉.",
        "習近平 meets 문재인 in 東京. Xi Jinping spoke.",
        "قال الرئيس محمود عباس إن Abbas visited Ramallah.",
        "שלום Netanyahu said.",
        "President President President",
        "The The The. Of Of. And.",
        "[[Broken|PERSON markup]] in ordinary text",
        "Al-",
        "A. B. C. D.",
        String(repeating: "Kyiv ", count: 5_000),
        String(repeating: "of the ", count: 5_000) + "Ministry",
        "Ministry" + String(repeating: " of the Ministry", count: 2_000),
        "\u{0301}\u{0301}Kyiv\u{200D}\u{FEFF}",
    ]

    @Test(arguments: oddTexts)
    func oddTextNeverCrashesAndOffsetsHold(text: String) {
        let article = makeArticle([text])
        let result = EntityAnalyzer().analyze([article])
        #expect(result.mentions.count == 1)
        for mention in result.mentions[0] {
            #expect(mention.span.start >= 0 && mention.span.end <= article.scalars.count && mention.span.start < mention.span.end)
            #expect(article.string(mention.span) == mention.text)
            #expect(result.entities.contains { $0.id == mention.entityID })
        }
    }

    @Test func noArticlesIsNoEntities() {
        let result = EntityAnalyzer().analyze([])
        #expect(result.mentions.isEmpty && result.entities.isEmpty)
    }

    @Test func sentencesOutsideTheTextAreIgnored() {
        var article = makeArticle(["Kyiv."])
        article.sentences = [TextSpan(-5, 3), TextSpan(2, 9_999), TextSpan(7, 2)]
        let result = EntityAnalyzer().analyze([article])
        for mention in result.mentions[0] {
            #expect(article.string(mention.span) == mention.text)
        }
    }
}
