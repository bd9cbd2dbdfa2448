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

    @Test func indexFindsEveryPositionEvenWhenFingerprintsCollide() {
        var index = FingerprintIndex(capacity: 4)
        // Two positions share a fingerprint: the caller's check tells them apart, first one first.
        index.insert(7, position: 0)
        index.insert(7, position: 1)
        index.insert(8, position: 2)
        #expect(index.firstPosition(7, where: { _ in true }) == 0)
        #expect(index.firstPosition(7, where: { $0 == 1 }) == 1)
        #expect(index.firstPosition(8, where: { _ in true }) == 2)
        #expect(index.firstPosition(9, where: { _ in true }) == nil)
        // More than the capacity asked for is dropped, never loops or traps.
        for position in 3..<100 { index.insert(UInt64(position), position: position) }
        #expect(index.firstPosition(7, where: { _ in true }) == 0)
        #expect(FingerprintIndex(capacity: 0).firstPosition(0, where: { _ in true }) == nil)
    }

    @Test func appendedIndexGrowsAndKeepsCollidingPositionsInOrder() {
        var index = FingerprintIndex(capacity: 1)
        // Every third position shares fingerprint 5: after many doublings the first is still first.
        for position in 0..<3_000 { index.append(position % 3 == 0 ? 5 : UInt64(position) &* 0x9E37_79B9_7F4A_7C15, position: position) }
        #expect(index.firstPosition(5, where: { _ in true }) == 0)
        #expect(index.firstPosition(5, where: { $0 > 1_500 }) == 1_503)
        #expect((0..<3_000).filter { $0 % 3 != 0 }.allSatisfy { position in
            index.firstPosition(UInt64(position) &* 0x9E37_79B9_7F4A_7C15, where: { $0 == position }) == position
        })
        #expect(index.firstPosition(6, where: { _ in true }) == nil)
    }

    @Test func stringIDsNumberDistinctStringsInOrderFirstSeen() {
        var ids = StringIDs()
        #expect(ids.id("kyiv") == 0)
        #expect(ids.id("kiev") == 1)
        #expect(ids.id("kyiv") == 0)
        #expect(ids.id("") == 2)
        #expect(ids.id("zelenskyy") == 3)
        #expect(ids.existingID("kiev") == 1)
        #expect(ids.existingID("Kyiv") == nil)
        #expect(ids.count == 4 && ids[3] == "zelenskyy")
        // Many strings, long ones and non-Latin ones: each keeps its number.
        let words = (0..<2_000).map { "w\($0)" } + [String(repeating: "a", count: 100_000), "київ", "🇺🇦", "東京"]
        for word in words { _ = ids.id(word) }
        #expect(words.enumerated().allSatisfy { ids.existingID($1) == $0 + 4 })
        #expect(ids.count == words.count + 4)
    }

    @Test func foldedKeysAreTheSameWhenAskedAgain() {
        // The second answer comes from the cache of folded non-ASCII keys; it must be the first.
        for text in ["Dvořák", "Zelenskyy’s", "ÉLYSÉE", "Łódź", "Ilić", "café"] {
            let first = NameFolding.key(text)
            #expect(NameFolding.key(text) == first)
        }
        #expect(NameFolding.key("Dvořák") == "dvorak")
        // Composed and decomposed spellings are different bytes: each is folded as itself.
        let composed = "Jos\u{E9}", decomposed = "Jose\u{301}"
        #expect(NameFolding.key(composed) == "jose")
        #expect(NameFolding.key(decomposed) == "jose")
        #expect(NameFolding.key(String(repeating: "é", count: 10_000)).count == 10_000)
    }

    @Test func wordSetAnswersLikeASet() {
        let words = ["judge", "prosecutor", "minister", "ärztin"]
        let set = WordSet(words)
        #expect(words.allSatisfy(set.contains))
        #expect(!set.contains("judges"))
        #expect(!set.contains(""))
        #expect(set.count == 4)
        let literal: WordSet = ["of", "for", "of"]
        #expect(literal.count == 2)
        #expect(literal.contains("of") && literal.contains("for") && !literal.contains("o"))
    }
}
