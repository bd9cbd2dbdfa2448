/// A set of folded words asked "contains?" many times per capitalised word of the text.
///
/// Most answers are "no"; a bit filter over a cheap FNV-1a hash of the word's bytes says so,
/// and a possible hit is settled through a `FingerprintIndex` on the same hash, so no word is
/// ever hashed twice or with the seeded hashing `Set<String>` does.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    /// The tables behind one reference: sets are passed around and copied on every lookup
    /// through a table of sets, and one reference is one retain where four arrays were five.
    private final class Storage: Sendable {
        let words: [String]
        let index: FingerprintIndex
        let bits: [UInt64]
        let bitCount: UInt64

        init(words: [String], index: FingerprintIndex, bits: [UInt64], bitCount: UInt64) {
            self.words = words
            self.index = index
            self.bits = bits
            self.bitCount = bitCount
        }
    }

    private let storage: Storage

    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        var unique: [String] = []
        var seen: Set<String> = []
        for word in words where seen.insert(word).inserted { unique.append(word) }
        // About 16 bits per word keeps false alarms near 6%.
        var count: UInt64 = 1 << 10
        while count < UInt64(unique.count) * 16 { count <<= 1 }
        var bits = [UInt64](repeating: 0, count: Int(count / 64))
        var index = FingerprintIndex(capacity: unique.count)
        for (position, word) in unique.enumerated() {
            let fingerprint = SortedNameTable.fingerprint(word)
            let bit = fingerprint % count
            bits[Int(bit >> 6)] |= 1 << (bit & 63)
            index.insert(fingerprint, position: position)
        }
        storage = Storage(words: unique, index: index, bits: bits, bitCount: count)
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    var count: Int { storage.words.count }

    func contains(_ word: String) -> Bool {
        contains(word, fingerprint: SortedNameTable.fingerprint(word))
    }

    /// For a caller that has the word's `SortedNameTable.fingerprint` already.
    func contains(_ word: String, fingerprint: UInt64) -> Bool {
        mightContain(fingerprint: fingerprint) && storage.index.firstPosition(fingerprint, where: { storage.words[$0] == word }) != nil
    }

    /// False when no word has this fingerprint (true may be a false alarm): lets a caller skip
    /// building a phrase that cannot be in the set.
    func mightContain(fingerprint: UInt64) -> Bool {
        let bit = fingerprint % storage.bitCount
        return storage.bits[Int(bit >> 6)] & (1 << (bit & 63)) != 0
    }
}
