import Foundation
import Testing
@testable import ParallaxModel

@Suite struct NormalizerTests {
    private func normalized(_ text: String) -> (String, NormalizationReport) {
        Normalizer().normalizedString(text)
    }

    @Test func lineBreaksBecomeLineFeeds() {
        #expect(normalized("a\r\nb\rc\u{2028}d\u{2029}e").0 == "a\nb\nc\nd\ne")
    }

    @Test func escapeSequencesAreRemovedWhole() {
        let (text, report) = normalized("red \u{1B}[1;31mALERT\u{1B}[0m done")
        #expect(text == "red ALERT done")
        #expect(report.escapeSequences == 2)
    }

    @Test func oscTitleSequencesAreRemovedUpToTheirTerminator() {
        #expect(normalized("a\u{1B}]0;evil title\u{07}b").0 == "ab")
        #expect(normalized("a\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\b").0 == "alinkb")
        #expect(normalized("a\u{1B}Pq#0;2;0;0;0\u{1B}\\b").0 == "ab")
    }

    @Test func unterminatedStringSequenceEndsAtTheLineBreak() {
        #expect(normalized("a\u{1B}]0;never ends\nnext line").0 == "a\nnext line")
    }

    @Test func eightBitControlSequenceIntroducersAreRemovedWhole() {
        let (text, report) = normalized("x\u{9B}31my\u{9D}0;title\u{07}z")
        #expect(text == "xyz")
        #expect(report.escapeSequences == 2)
    }

    @Test func otherControlCharactersAndDeleteAreRemoved() {
        let (text, report) = normalized("a\u{00}b\u{07}c\u{7F}d\u{85}e\u{08}f")
        #expect(text == "abcdef")
        #expect(report.controlCharacters == 5)
        #expect(report.warnings.contains("5 control characters removed"))
    }

    @Test func noControlCharacterSurvivesExceptLineFeed() {
        var input = ""
        for value in 0..<0xA0 { input.unicodeScalars.append(Unicode.Scalar(value)!) }
        let (text, _) = normalized(input + "\u{1B}[")
        for scalar in text.unicodeScalars {
            #expect(scalar == "\n" || !(scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)))
        }
    }

    @Test func bidiControlsAreRemoved() {
        let (text, report) = normalized("abc\u{202E}fed\u{202C} \u{2067}x\u{2069}\u{200F}\u{061C}")
        #expect(text == "abcfed x")
        #expect(report.bidiControls == 6)
    }

    @Test func strayZeroWidthCharactersAndSoftHyphensAreRemoved() {
        let (text, report) = normalized("Ky\u{200B}iv in\u{00AD}cur\u{00AD}sion \u{FEFF}war\u{2060}time")
        #expect(text == "Kyiv incursion wartime")
        #expect(report.invisibleCharacters == 5)
    }

    @Test func zeroWidthJoinerIsKeptOnlyInsideASequence() {
        #expect(normalized("👩\u{200D}💻").0 == "👩\u{200D}💻")
        #expect(normalized("a \u{200D} b\u{200D}").0 == "a  b")
    }

    @Test func nonBreakingAndOtherSpacesBecomeSpaces() {
        #expect(normalized("50\u{00A0}000 and 7\u{202F}km\u{2009}x").0 == "50 000 and 7 km x")
    }

    @Test func tabsExpandToTheNextTabStop() {
        #expect(normalized("a\tb\n\tc").0 == "a   b\n    c")
    }

    @Test func textIsComposedToNFC() {
        let (text, _) = normalized("Zelenskyi\u{0306} cafe\u{0301}")
        #expect(text == "Zelenskyĭ café")
        #expect(text.unicodeScalars.count == 14)
    }

    @Test func hangulJamoCompose() {
        #expect(normalized("\u{1112}\u{1161}\u{11AB}").0 == "\u{D55C}")
    }

    @Test func quotesAndDashesAreKeptAsWritten() {
        let input = "“Kyiv’s” ‘x’ \"y\" 'z' — – -"
        #expect(normalized(input).0 == input)
    }

    @Test func combiningMarksPerGraphemeAreCapped() {
        let input = "e" + String(repeating: "\u{0301}", count: 10_000) + " ok"
        let (text, report) = normalized(input)
        #expect(report.excessCombiningMarks == 10_000 - 16)
        #expect(text.unicodeScalars.count == "é".unicodeScalars.count + 15 + 3)
        #expect(text.hasSuffix(" ok"))
    }

    @Test func paragraphTextCollapsesSpacesAndTrims() {
        let scalars = Array("  two   spaces\nand a   break  ".unicodeScalars)
        #expect(String(scalarsOf: Normalizer.paragraphText(scalars[...])[...]) == "two spaces and a break")
    }

    @Test func emptyAndOddInputDoNotTrap() {
        #expect(normalized("").0 == "")
        #expect(normalized("\u{1B}").0 == "")
        #expect(normalized("\u{9B}").0 == "")
        #expect(normalized("\u{1B}[").0 == "")
        #expect(normalized("日本語のテキスト עברית 😀").0 == "日本語のテキスト עברית 😀")
    }

    @Test func hugeInputStaysLinear() {
        let word = String(repeating: "x", count: 100_000)
        let line = String(repeating: "word \u{1B}[0m ", count: 200_000)
        let start = Date()
        #expect(normalized(word).0.count == 100_000)
        #expect(normalized(line).1.escapeSequences == 200_000)
        #expect(Date().timeIntervalSince(start) < 20)
    }
}

@Suite struct TextFoldingTests {
    @Test func apostropheLookAlikesFoldToASCII() {
        #expect(TextFolding.apostropheFolded("Kyiv’s ʼN ‘x") == "Kyiv's 'N 'x")
        #expect(TextFolding.isApostrophe("’"))
        #expect(!TextFolding.isApostrophe("\""))
    }
}
