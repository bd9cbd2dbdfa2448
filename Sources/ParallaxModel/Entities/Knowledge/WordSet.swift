/// A set of folded words asked "contains?" many times per capitalised word of the text.
///
/// Most answers are "no"; a bit filter over a cheap FNV-1a hash of the word's bytes says so
/// without the seeded hashing `Set<String>` does, and only possible hits reach the set.
struct WordSet: Sendable {
    private let words: Set<String>
    private let bits: [UInt64]
    private let bitCount: UInt64

    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        let set = Set(words)
        // About 16 bits per word keeps false alarms near 6%.
        var count: UInt64 = 1 << 10
        while count < UInt64(set.count) * 16 { count <<= 1 }
        var bits = [UInt64](repeating: 0, count: Int(count / 64))
        for word in set {
            let bit = SortedNameTable.fingerprint(word) % count
            bits[Int(bit >> 6)] |= 1 << (bit & 63)
        }
        self.words = set
        self.bits = bits
        self.bitCount = count
    }

    var count: Int { words.count }

    func contains(_ word: String) -> Bool {
        let bit = SortedNameTable.fingerprint(word) % bitCount
        guard bits[Int(bit >> 6)] & (1 << (bit & 63)) != 0 else { return false }
        return words.contains(word)
    }
}
