import ParallaxModel
import Testing
@testable import ParallaxTerminal

/// Glyphs take a shortcut over plain ASCII; they must be exactly what segmenting the whole
/// text into graphemes gives.
@Suite struct ArticleGlyphsTests {
    /// The plain definition: every grapheme of the text, in order.
    static func reference(_ article: Article) -> (glyphs: [(String, UInt8, Int32)], blocks: [Range<Int>]) {
        var glyphs: [(String, UInt8, Int32)] = []
        var blocks: [Range<Int>] = []
        var paragraphIndex = 0, blockStart = 0, offset = 0
        let paragraphs = article.paragraphs
        for character in article.text {
            defer { offset += character.unicodeScalars.count }
            while paragraphIndex < paragraphs.count, offset >= paragraphs[paragraphIndex].span.end {
                blocks.append(blockStart..<glyphs.count)
                blockStart = glyphs.count
                paragraphIndex += 1
            }
            guard paragraphIndex < paragraphs.count, offset >= paragraphs[paragraphIndex].span.start else {
                blockStart = glyphs.count
                continue
            }
            let width = DisplayWidth.of(character)
            if width > 0 { glyphs.append((DisplayWidth.printable(character), UInt8(width), Int32(offset))) }
        }
        while paragraphIndex < paragraphs.count {
            blocks.append(blockStart..<glyphs.count)
            blockStart = glyphs.count
            paragraphIndex += 1
        }
        return (glyphs, blocks.filter { !$0.isEmpty })
    }

    static let paragraphs = [
        "Plain ASCII words, 1,240 km² and “curly quotes” — with a dash.",
        "Cafe\u{0301} with a combining accent, e\u{0301}\u{0302}\u{0323} stacked, and a\u{0300}b.",
        "Emoji: 👩‍💻 coder, 🇺🇦🇵🇱 flags, 1️⃣ keycap, #️⃣, 👍🏽 tone, ❤️ heart, a☺︎b.",
        "CJK 中文字符 and kana カタカナ, Hangul 한국어 and jamo \u{1100}\u{1161}\u{11A8}.",
        "RTL: שלום עולם and مرحبا بالعالم, Arabic number sign \u{0600}12 before digits.",
        "Controls \u{0007} bell, \u{200B} zero width, \u{200D}joiner, tab\tand \u{00AD}soft hyphen.",
        "Devanagari क्षत्रिय and Thai ภาษาไทย, variation A\u{FE0F}B and x\u{20E3}.",
        "",
        "Edges: é", "ñ", "a", "🚢",
    ]

    @Test(arguments: paragraphs.indices)
    func glyphsMatchGraphemeSegmentation(of index: Int) {
        let story = FixtureStory.single([Self.paragraphs[index], "Next paragraph, 42 words.", Self.paragraphs[index]])
        let article = story.articles[0]
        let glyphs = ArticleGlyphs(article: article)
        let expected = Self.reference(article)
        #expect(glyphs.glyphs.map(\.text) == expected.glyphs.map(\.0))
        #expect(glyphs.glyphs.map(\.width) == expected.glyphs.map(\.1))
        #expect(glyphs.glyphs.map(\.offset) == expected.glyphs.map(\.2))
        #expect(glyphs.blocks.map(\.range) == expected.blocks)
    }

    @Test func everyParagraphTogether() {
        let article = FixtureStory.single(Self.paragraphs).articles[0]
        let glyphs = ArticleGlyphs(article: article)
        let expected = Self.reference(article)
        #expect(glyphs.glyphs.map(\.text) == expected.glyphs.map(\.0))
        #expect(glyphs.glyphs.map(\.offset) == expected.glyphs.map(\.2))
        #expect(glyphs.blocks.map(\.range) == expected.blocks)
    }

    @Test func textOutsideParagraphsIsSkipped() {
        let article = Article(path: "x.txt", source: "X", text: "ab\n\ncd ☺ ef", paragraphs: [Paragraph(span: TextSpan(4, 9), kind: .body)])
        let glyphs = ArticleGlyphs(article: article)
        #expect(glyphs.glyphs.map(\.text) == ["c", "d", " ", "☺", " "])
        #expect(glyphs.blocks.map(\.range) == [0..<5])
    }
}
