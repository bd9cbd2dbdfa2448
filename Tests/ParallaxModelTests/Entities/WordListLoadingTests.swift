import Foundation
import Testing
@testable import ParallaxModel

/// The start-up paths that read word lists and fold names without Foundation must give exactly
/// what the slower reference paths give.
@Suite("Word lists and name keys at start-up")
struct WordListLoadingTests {
    @Test func everyLatinLetterFoldsAsFoundationFoldsIt() {
        var mismatches: [String] = []
        for value in NameFolding.latinRange {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), "A" + String(scalar) + "b", String(scalar) + "’S"] {
                let fast = NameFolding.latinKey(text)
                if fast != NameFolding.foundationKey(text) { mismatches.append("\(text): \(fast ?? "nil")") }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test func namesMixingLettersFoldAsFoundationFoldsThem() {
        // Deterministic pseudo-random names over ASCII letters, apostrophes and the Latin range.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: UInt32) -> UInt32 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt32(truncatingIfNeeded: state >> 33) % bound
        }
        let pool: [Unicode.Scalar] = Array("AbZz -'’".unicodeScalars) + NameFolding.latinRange.compactMap(Unicode.Scalar.init)
        for _ in 0..<2_000 {
            var name = String.UnicodeScalarView()
            for _ in 0..<(1 + next(12)) { name.append(pool[Int(next(UInt32(pool.count)))]) }
            let text = String(name)
            #expect(NameFolding.latinKey(text) == NameFolding.foundationKey(text), "\(text)")
        }
    }

    @Test func otherScriptsAndCombiningMarksAreLeftToFoundation() {
        #expect(NameFolding.latinKey("Зеленський") == nil)
        #expect(NameFolding.latinKey("Jose\u{301}") == nil)
        #expect(NameFolding.key("Jose\u{301}") == NameFolding.foundationKey("Jose\u{301}"))
        #expect(NameFolding.key("Dvořák Łódź") == NameFolding.foundationKey("Dvořák Łódź"))
    }

    @Test func aWordListFileReadsAsTheSameWordsGivenAsStrings() {
        let file = "# a comment line\nZoë\r\nAlpha\n\nalpha\nJOSÉ\n#Beta\nGamma"
        let set = WordSet(lines: [Data(file.utf8)], folding: true)
        for word in ["zoe", "alpha", "jose", "gamma"] { #expect(set.contains(word), "\(word)") }
        for word in ["#beta", "beta", "Alpha", "zoë", "", "# a comment line"] { #expect(!set.contains(word), "\(word)") }
        // "Alpha" and "alpha" fold to one word, and the blank line is no word.
        #expect(set.count == 4)
        let unfolded = WordSet(lines: [Data("Alpha\nalpha\n".utf8), Data("beta".utf8)], folding: false)
        #expect(unfolded.count == 3)
        #expect(unfolded.contains("Alpha") && unfolded.contains("alpha") && unfolded.contains("beta"))
    }

    @Test func theShippedWordListsReadAsBeforeLineByLine() throws {
        let directory = try #require(ResourceLocator.modelResources?.appendingPathComponent("Gazetteer"))
        for (file, folding) in [("common-words.txt", false), ("world-given-names.txt", true), ("not-names.txt", true)] {
            let data = try Data(contentsOf: directory.appendingPathComponent(file))
            let set = WordSet(lines: [data], folding: folding)
            let words = String(decoding: data, as: UTF8.self).split(separator: "\n")
                .filter { !$0.hasPrefix("#") }.map { folding ? NameFolding.foundationKey(String($0)) : String($0) }
            #expect(set.count == Set(words).count, "\(file)")
            let missing = words.filter { !set.contains($0) }
            #expect(missing.isEmpty, "\(file): \(missing.prefix(5))")
        }
    }

    @Test func tableFieldsSplitAsCharactersWould() {
        for line in ["Kyiv\tKiev,Kiew\tPLACE", "a\t\tb", "Zoë Ça\tx", "\tlead", "one"] {
            #expect(Gazetteer.fields(line, "\t", keepingEmpty: true) == line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
            #expect(Gazetteer.fields(line, "\t") == line.split(separator: "\t").map(String.init))
            #expect(Gazetteer.fields(line, " ") == line.split(separator: " ").map(String.init))
        }
    }
}
