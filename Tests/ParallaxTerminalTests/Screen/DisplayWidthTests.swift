import CNcursesw
import Testing
@testable import ParallaxTerminal

@Suite struct DisplayWidthTests {
    @Test func asciiLatinCyrillicAndPunctuationAreOneColumn() {
        for text in ["a", "Ж", "é", "—", "“", "€", "\u{00A0}"] {
            #expect(DisplayWidth.of(Character(text)) == 1, "\(text)")
        }
    }

    @Test func cjkHangulAndEmojiAreTwoColumns() {
        for text in ["中", "한", "カ", "😀", "🚀", "Ｗ"] {
            #expect(DisplayWidth.of(Character(text)) == 2, "\(text)")
        }
    }

    @Test func combiningSequencesTakeTheBaseWidth() {
        #expect(DisplayWidth.of(Character("e\u{0301}")) == 1)
        #expect(DisplayWidth.of("Zelenskyy\u{0301}") == 9)
        #expect(DisplayWidth.of(Character("\u{200B}")) == 0)
        #expect(DisplayWidth.of("👨‍👩‍👧") == 2)
    }

    @Test func controlsArePrintedAsReplacementsNeverRaw() {
        #expect(DisplayWidth.printable(Character("\u{1B}")) == "\u{FFFD}")
        #expect(DisplayWidth.printable(Character("\r")) == " ")
        #expect(DisplayWidth.printable(Character("\t")) == " ")
        #expect(DisplayWidth.printable(Character("\u{9B}")) == "\u{FFFD}")
        #expect(DisplayWidth.of(Character("\u{7}")) == 1)
    }

    /// Cross-check against glibc's wcwidth in C.UTF-8 over whole blocks people write in.
    @Test func agreesWithWcwidthOnCommonScripts() throws {
        guard setlocale(LC_CTYPE, "C.UTF-8") != nil, px_wcwidth(0x4E2D) == 2 else {
            return // No UTF-8 locale on this machine: nothing to compare against.
        }
        let blocks: [ClosedRange<UInt32>] = [0x20...0x7E, 0xA0...0x17F, 0x370...0x3FF, 0x400...0x4FF, 0x590...0x5FF,
                                             0x600...0x6FF, 0x2000...0x206F, 0x20A0...0x20BF, 0x2190...0x21FF,
                                             0x2500...0x25FF, 0x3000...0x30FF, 0x4E00...0x4FFF, 0xAC00...0xAC80,
                                             0xFF00...0xFF60, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F900...0x1F9FF]
        var mismatches: [String] = []
        for block in blocks {
            for value in block {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let theirs = Int(px_wcwidth(value))
                guard theirs >= 0, scalar.properties.generalCategory != .unassigned else { continue }
                if DisplayWidth.of(scalar) != theirs { mismatches.append(String(value, radix: 16)) }
            }
        }
        #expect(mismatches.count <= 0, "differs from wcwidth at: \(mismatches.prefix(40).joined(separator: " "))")
    }
}
