import ParallaxModel
import Testing
@testable import ParallaxTerminal

@Suite struct WrappedTextTests {
    func wrap(_ paragraphs: [String], width: Int) -> (WrappedText, ArticleGlyphs, [String]) {
        let story = FixtureStory.single(paragraphs)
        let glyphs = ArticleGlyphs(article: story.articles[0])
        let wrapped = WrappedText(glyphs, width: width)
        let lines = wrapped.lines.map { line in line.range.map { glyphs.glyphs[$0].text }.joined() }
        return (wrapped, glyphs, lines)
    }

    @Test func wrapsAtSpacesWithABlankLineBetweenParagraphs() {
        let (_, _, lines) = wrap(["one two three four", "five"], width: 9)
        #expect(lines == ["one two", "three", "four", "", "five"])
    }

    @Test func breaksAWordLongerThanTheLine() {
        let (_, _, lines) = wrap(["abcdefghij"], width: 4)
        #expect(lines == ["abcd", "efgh", "ij"])
    }

    @Test func wideGlyphsNeverOverflowTheWidth() {
        let (wrapped, glyphs, _) = wrap(["中文字幕和日本語のテキスト mixed 😀😀😀 text"], width: 7)
        for line in wrapped.lines {
            let width = line.range.reduce(0) { $0 + Int(glyphs.glyphs[$1].width) }
            #expect(width <= 7)
        }
    }

    @Test func combiningMarksStayWithTheirLetter() {
        let (_, glyphs, lines) = wrap(["Cafe\u{0301} Zelenskyy"], width: 5)
        #expect(lines.first == "Cafe\u{0301}")
        #expect(glyphs.glyphs.count == "Cafe\u{0301} Zelenskyy".count)
    }

    @Test func findsTheLineOfAnOffset() {
        let (wrapped, _, _) = wrap(["one two three four", "five"], width: 9)
        #expect(wrapped.lineIndex(ofOffset: 0) == 0)
        #expect(wrapped.lineIndex(ofOffset: 8) == 1)
        #expect(wrapped.lineIndex(ofOffset: 20) == 4)
        #expect(wrapped.lineIndex(ofOffset: -5) == 0)
        #expect(wrapped.lineIndex(ofOffset: Int.max) == 4)
    }

    @Test func oddTextDoesNotTrap() {
        let huge = String(repeating: "x", count: 100_000)
        for text in ["", " ", huge, "\u{202E}rtl\u{202C} עברית العربية", "\u{0301}\u{0301}", "\t\r\u{1B}[2J"] {
            let (wrapped, glyphs, _) = wrap([text], width: 3)
            for line in wrapped.lines {
                #expect(line.range.reduce(0) { $0 + Int(glyphs.glyphs[$1].width) } <= 3)
            }
        }
        _ = wrap(["abc"], width: 0)
    }
}
