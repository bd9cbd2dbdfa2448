import Testing
@testable import ParallaxModel

@Suite struct ClaimRobustnessTests {
    @Test(arguments: [
        "",
        " ",
        "99999999999999999999999999999999999999 troops",
        "1,2,3,4,5,6,7,8,9,10,11,12,13",
        "$$$ €€€ 1e308 -- ---- 12-- --12",
        "数千名士兵 and 50,000 兵士 ٥٠٠٠ جندي 🎉🎉 12🎉",
        "שלום 500 km² עולם",
        "1.2.3.4.5 10:99:99 +++++ ##### @@@@ 0x1F",
        "one two three four five six seven eight nine ten eleven twelve thousand million billion trillion",
        "between and to or - – — from",
        "12th of Nevermber 3000 BC, 999999-9999999-99999",
    ])
    func oddTextNeverCrashes(text: String) {
        let found = claims(in: text)
        for claim in found {
            #expect(claim.span.start >= 0 && claim.span.end <= text.unicodeScalars.count && claim.span.start < claim.span.end)
            #expect(claim.low.map { $0.isFinite } ?? true)
            #expect(claim.high.map { $0.isFinite } ?? true)
        }
    }

    @Test func longWordsStayCheap() {
        let word = String(repeating: "a", count: 100_000)
        let digits = String(repeating: "9", count: 100_000)
        let found = claims(in: "\(word) 12 soldiers \(digits) more")
        #expect(found.contains { $0.value == 12 })
        #expect(!found.contains { $0.kind == .quantity && $0.value.map { !$0.isFinite } == true })
    }

    @Test func invalidSentenceSpansAreSkipped() {
        var article = ClaimAnnotations.article(for: "50 troops")
        article.sentences = [TextSpan(5, 2), TextSpan(-4, 3), TextSpan(0, 9_999)]
        #expect(ClaimExtractor().extract(from: article, mentions: []).isEmpty)
    }

    @Test func embeddedPostsAreNotTheOutletsClaims() {
        let text = "Officials said 40 drones were launched.\n\n@someone: 900 drones!!"
        let first = "Officials said 40 drones were launched.".unicodeScalars.count
        var article = Article(path: "x", source: "x", text: text, paragraphs: [
            Paragraph(span: TextSpan(0, first), kind: .body),
            Paragraph(span: TextSpan(first + 2, text.unicodeScalars.count), kind: .embed),
        ])
        article.sentences = [TextSpan(0, first), TextSpan(first + 2, text.unicodeScalars.count)]
        let found = ClaimExtractor().extract(from: article, mentions: [])
        #expect(found.map(\.value) == [40])
    }

    @Test func spansIndexScalarsNotCharacters() throws {
        let text = "🇺🇦 Rescuers found 12 survivors."
        let claim = try #require(quantity(in: text))
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[claim.span.start..<claim.span.end])
        #expect(String(view) == claim.text)
    }

    @Test func numberTokensKeepTheirTextAsWritten() {
        let scalars = Array("1,240 and 12\u{00A0}000 and 7.5".unicodeScalars)
        let numbers = ClaimTokenizer.tokenize(scalars, in: 0..<scalars.count).filter { $0.kind == .number }
        #expect(numbers.map(\.lower) == ["1,240", "12\u{00A0}000", "7.5"])
        #expect(numbers.map(\.number) == [1240, 12000, 7.5])
    }
}
