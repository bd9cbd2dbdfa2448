/// A quick "certainly not in the set" test for a set of words, checked before hashing.
///
/// Each word sets one bit chosen by its first byte, last byte and length; a word whose bit is
/// clear cannot be in the set. Most words of a sentence fail here, so they never pay for
/// hashing a string. A set bit says nothing: the caller still asks the set itself.
struct WordFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: Self.wordCount)
    private static let wordCount = 64

    init(_ words: some Sequence<String>) {
        for word in words {
            let bit = Self.bit(word)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    func mayContain(_ word: String) -> Bool {
        let bit = Self.bit(word)
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    private static func bit(_ word: String) -> Int {
        word.withUTF8Bytes { bytes in
            let first = Int(bytes.first ?? 0), last = Int(bytes.last ?? 0), length = bytes.count & 31
            return (first &* 97 &+ last &* 31 &+ length) & (wordCount * 64 - 1)
        }
    }
}
