import Foundation
import Testing
@testable import ParallaxModel

/// Text that tries to drive the terminal, hide itself, or overflow the analysers. Each input
/// goes through the loader and the whole `StoryAnalyzer`; nothing may trap, and what can stay
/// correct does.
@Suite struct HostileTextTests {
    /// Loads and analyses `text`, checks the story is sound, and returns the one article.
    private func analysed(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> (Article, Story) {
        let (report, story) = Hostile.analyze(text)
        let article = try #require(report.articles.first, sourceLocation: sourceLocation)
        #expect(report.articles.count == 1, sourceLocation: sourceLocation)
        #expect(!Hostile.hasTerminalControl(article), sourceLocation: sourceLocation)
        #expect(Hostile.spansAreInBoundsAndJSONParses(story), sourceLocation: sourceLocation)
        return (article, story)
    }

    /// Controls that stand alone (not sequence introducers, not line structure) are dropped.
    @Test func everyC0AndC1ControlIsDropped() throws {
        let introducers: Set<UInt32> = [0x00, 0x09, 0x0A, 0x0D, 0x1B, 0x90, 0x98, 0x9B, 0x9D, 0x9E, 0x9F]
        let controls = (Array(0x00...0x1F) + Array(0x7F...0x9F)).map(UInt32.init).filter { !introducers.contains($0) }
        let words = controls.map { "w\($0)" }
        let hostile = zip(words, controls).map { word, control in
            "w" + String(Character(Unicode.Scalar(control)!)) + String(word.dropFirst())
        }
        let (article, _) = try analysed("Controls: " + hostile.joined(separator: " ") + ".")
        #expect(article.text == "Controls: " + words.joined(separator: " ") + ".")
        #expect(article.warnings.contains { $0.contains("control character") })
    }

    @Test func aNulByteMakesStandardInputBinary() {
        let report = Hostile.load("Before\u{0}after.")
        #expect(report.articles.isEmpty)
        #expect(report.problems.first?.reason.hasPrefix("binary file") == true)
    }

    @Test(arguments: [
        ("CSI colour", "The \u{1B}[1;31mflood\u{1B}[0m warning stands.", "The flood warning stands."),
        ("CSI cursor and erase", "Roads\u{1B}[2J\u{1B}[H\u{1B}[10;20H are shut.", "Roads are shut."),
        ("OSC 52 clipboard", "Copy \u{1B}]52;c;cm0gLXJmIH4=\u{07}nothing.", "Copy nothing."),
        ("OSC 52 ended by ST", "Copy \u{1B}]52;p;cm0gLXJmIH4=\u{1B}\\nothing.", "Copy nothing."),
        ("OSC 8 hyperlink", "Read \u{1B}]8;;https://example.org/x\u{1B}\\the report\u{1B}]8;;\u{1B}\\ today.", "Read the report today."),
        ("OSC window title", "\u{1B}]0;owned\u{07}Rain fell.", "Rain fell."),
        ("DCS", "Status\u{1B}P+q544e\u{1B}\\ is fine.", "Status is fine."),
        ("APC, PM and SOS", "A\u{1B}_x\u{1B}\\B\u{1B}^y\u{1B}\\C\u{1B}Xz\u{1B}\\D.", "ABCD."),
        ("8-bit CSI and OSC", "Red\u{9B}31m alert\u{9B}0m and\u{9D}0;title\u{9C} more.", "Red alert and more."),
        ("two-byte escapes", "Keypad\u{1B}= mode\u{1B}> and charset\u{1B}(B done.", "Keypad mode and charset done."),
        ("escape at the very end", "It ended.\u{1B}", "It ended."),
        ("escape runs", "One\u{1B}\u{1B}\u{1B}[m two.", "One two."),
    ])
    func escapeSequencesAreDroppedWhole(kind: String, hostile: String, expected: String) throws {
        let (article, _) = try analysed(hostile)
        #expect(article.text == expected, "\(kind)")
    }

    @Test func unterminatedStringSequencesEndAtTheLineAndTheRestSurvives() throws {
        let (article, _) = try analysed("Title \u{1B}]0;never ends here\n\nThe next paragraph stays.")
        #expect(!article.text.contains("never ends"))
        #expect(article.text.hasSuffix("The next paragraph stays."))
        let (tail, _) = try analysed("Body text.\u{1B}P" + String(repeating: "q", count: 50_000))
        #expect(tail.text == "Body text.")
    }

    @Test func bidiOverridesAndIsolatesAreDropped() throws {
        let (article, _) = try analysed("The \u{202E}reversed\u{202C} word and \u{2067}isolated\u{2069} one \u{200F}here.")
        #expect(article.text == "The reversed word and isolated one here.")
        #expect(article.warnings.contains { $0.contains("bidi") || $0.contains("direction") })
    }

    @Test func zeroWidthCharactersAreDroppedButEmojiJoinersKept() throws {
        let (article, _) = try analysed("Zero\u{200B}width\u{2060}join\u{FEFF}ers and soft\u{00AD}hyphen, stray\u{200D} joiner.")
        #expect(article.text == "Zerowidthjoiners and softhyphen, stray joiner.")
        let emoji = "Families 👨‍👩‍👧‍👦 and flags 🏳️‍🌈 🏴‍☠️ posted 👍🏽."
        let (kept, _) = try analysed(emoji)
        #expect(kept.text == emoji)
    }

    @Test func tenThousandCombiningMarksAreCapped() throws {
        let zalgo = "e" + String(repeating: "\u{0301}", count: 10_000)
        let (article, _) = try analysed("The \(zalgo) word and Brno.")
        #expect(article.scalars.count < 40)
        #expect(article.text.hasPrefix("The "))
        #expect(article.text.hasSuffix(" word and Brno."))
        #expect(article.warnings.contains { $0.contains("combining") })
    }

    @Test func rightToLeftParagraphsRoundTrip() throws {
        let arabic = "قال المسؤولون إن ٣٠٠ عائلة غادرت القرية."
        let hebrew = "המשטרה סגרה את הכביש בשעה 14:00."
        let (article, _) = try analysed(arabic + "\n\n" + hebrew)
        #expect(article.text == arabic + "\n\n" + hebrew)
        #expect(article.paragraphs.count == 2)
        #expect(article.sentences.count == 2)
    }

    @Test func cjkParagraphsSplitAtFullStops() throws {
        let chinese = "洪水淹没了三个村庄。救援人员已经到达。"
        let japanese = "東京で大雨が降った。電車は止まっている。"
        let (article, _) = try analysed(chinese + "\n\n" + japanese)
        #expect(article.text == chinese + "\n\n" + japanese)
        #expect(article.sentences.map(article.string) == ["洪水淹没了三个村庄。", "救援人员已经到达。", "東京で大雨が降った。", "電車は止まっている。"])
    }

    @Test func aHundredThousandCharacterWordStaysOneSentence() throws {
        let word = String(repeating: "abcdefghij", count: 10_000)
        let (article, _) = try analysed("Start \(word). Next sentence here.")
        #expect(article.sentences.count == 2)
        #expect(article.string(article.sentences[0]).count == 100_007)
    }

    @Test func hugeNumbersNeverTrap() throws {
        let digits = String(repeating: "9876543210", count: 40)
        let text = """
            The debt reached $\(digits) billion, or \(digits),\(digits) dollars.

            Estimates ranged from 1e999 to 1E-999 and 10^999 people, about 0.\(digits)% of \(digits)th place.

            Some said -\(digits) km² and others 1,000,000,000,000,000,000,000 tonnes.
            """
        let (_, story) = try analysed(text)
        for claim in story.claims.joined() {
            for value in [claim.value, claim.writtenValue, claim.low, claim.high] {
                #expect(value?.isNaN != true, "\(claim.text)")
            }
        }
    }

    /// JSON escapes and HTML character references can smuggle controls past the first cleaning.
    @Test func controlsHiddenInJSONEscapesAndHTMLReferencesAreDropped() throws {
        let json = #"{"title": "Hi\u001b]52;c;eA==\u0007 there\u202e", "source": "Wire\u009b31m", "body": "The \u001b[31mriver\u001b[0m rose."}"#
        let fromJSON = try #require(Hostile.load(json).articles.first)
        #expect(!Hostile.hasTerminalControl(fromJSON))
        #expect(fromJSON.text == "The river rose.")
        let html = "<html><head><title>Alert&#27;]0;x&#7; now&#x202E;</title></head><body><p>The &#27;[31mriver&#x1b;[0m rose.</p></body></html>"
        let fromHTML = try #require(Hostile.load(html).articles.first)
        #expect(!Hostile.hasTerminalControl(fromHTML))
        #expect(fromHTML.text == "The river rose.")
    }

    @Test func degenerateStructureLoadsOrIsRefusedCleanly() {
        let inputs = [
            String(repeating: "\n", count: 100_000) + "x",
            String(repeating: ". ", count: 50_000),
            String(repeating: "<p>", count: 20_000),
            String(repeating: "[", count: 20_000),
            String(repeating: "{\"body\": ", count: 5_000),
            "# " + String(repeating: "#", count: 50_000),
            String(repeating: "\"", count: 30_000),
            String(repeating: "&#", count: 30_000),
            String(repeating: "e\u{301}\u{200D}", count: 20_000),
        ]
        for input in inputs {
            let (report, story) = Hostile.analyze(input)
            #expect(!report.articles.isEmpty || !report.problems.isEmpty)
            #expect(!report.articles.contains(where: Hostile.hasTerminalControl))
            #expect(Hostile.spansAreInBoundsAndJSONParses(story))
        }
    }
}
