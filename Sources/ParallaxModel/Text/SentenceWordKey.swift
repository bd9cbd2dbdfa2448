/// A short ASCII word packed into two integers, so the splitter can look words up in its
/// tables without building a `String` at every full stop (which halved its speed).
///
/// Only ASCII letters, digits, "." , "-" and "'" (with "’" folded to "'") fit, up to 16 of
/// them; every word in the tables does, and a word that does not fit is in no table.
struct SentenceWordKey: Hashable, Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    static let maxLength = 16

    enum Case {
        /// As written.
        case exact
        /// Every letter lowercased.
        case lower
        /// First letter kept, the rest lowercased: "GEN" → "Gen".
        case capitalised
    }

    /// The key of `scalars[start..<end]`, or nil if it cannot be in any table.
    init?(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, case letterCase: Case = .exact) {
        guard end > start, end - start <= Self.maxLength else { return nil }
        for offset in 0..<(end - start) {
            var value = scalars[start + offset].value
            if value == 0x2019 { value = 0x27 }
            guard value < 0x80, Self.isKeyByte(value) else { return nil }
            let lowerIt = letterCase == .lower || (letterCase == .capitalised && offset > 0)
            if lowerIt, value >= 0x41, value <= 0x5A { value += 0x20 }
            if offset < 8 {
                low |= UInt64(value) << (8 * UInt64(offset))
            } else {
                high |= UInt64(value) << (8 * UInt64(offset - 8))
            }
        }
    }

    /// The key of a table entry.
    init(_ word: String) {
        let scalars = Array(word.unicodeScalars)
        let key = scalars.withUnsafeBufferPointer { Self($0, 0, $0.count) }
        precondition(key != nil, "table word '\(word)' does not fit a SentenceWordKey")
        self = key ?? SentenceWordKey()
    }

    private init() {}

    private static func isKeyByte(_ value: UInt32) -> Bool {
        switch value {
        case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2E, 0x2D, 0x27: return true
        default: return false
        }
    }

    static func set(_ words: Set<String>) -> Set<SentenceWordKey> {
        Set(words.map(SentenceWordKey.init))
    }
}
