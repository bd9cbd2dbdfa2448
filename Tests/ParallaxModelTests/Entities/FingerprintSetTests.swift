import Testing
@testable import ParallaxModel

@Suite("Fingerprint set and word set")
struct FingerprintSetTests {
    @Test func holdsWhatWasInsertedAcrossGrowth() {
        var set = FingerprintSet()
        let values: [UInt64] = (0..<5_000).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 } + [0, 1, .max]
        for value in values { set.insert(value) }
        #expect(values.allSatisfy(set.contains))
        #expect(!set.contains(0x1234_5678_9ABC_DEF1))
        #expect(!FingerprintSet().contains(42))
    }

    @Test func lowercaseWordsMatchAcrossScalarAndKeyForms() {
        var words = LowercaseWords()
        words.insert(ArraySlice("Harbour".unicodeScalars))
        words.insert(ArraySlice("café".unicodeScalars))
        #expect(words.contains("harbour"))
        #expect(words.contains(NameFolding.key("café")))
        #expect(!words.contains("harbor"))
    }

    @Test func wordSetAnswersLikeASet() {
        let words = ["judge", "prosecutor", "minister", "ärztin"]
        let set = WordSet(words)
        #expect(words.allSatisfy(set.contains))
        #expect(!set.contains("judges"))
        #expect(!set.contains(""))
        #expect(set.count == 4)
    }
}
