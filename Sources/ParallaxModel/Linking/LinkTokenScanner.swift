/// Reads a sentence into `LinkToken`s with the token boundaries `ClaimTokenizer.tokenize` gives,
/// but without building a `ClaimToken` (and its lower-cased String) for every token: linking
/// only needs where tokens are, which are numbers or clause breaks, and a number for each word.
///
/// Words are handed to `wordIndex` as their scalar range (cut, as the tokenizer cuts them, at
/// `ClaimTokenizer.maximumTokenLength`); the caller numbers them without building a String for
/// short ASCII words (see `PackedWordIndex`).
enum LinkTokenScanner {
    static func scan(_ scalars: [Unicode.Scalar], in range: Range<Int>, into tokens: inout [LinkToken],
                     wordIndex: (Range<Int>) -> Int) {
        let lower = max(0, range.lowerBound), upper = min(scalars.count, range.upperBound)
        var index = lower
        while index < upper {
            let scalar = scalars[index]
            if ClaimTokenizer.isSpace(scalar) {
                index += 1
                continue
            }
            if ClaimTokenizer.isDigit(scalar) {
                let end = numberEnd(scalars, from: index, upper: upper)
                tokens.append(LinkToken(start: index, end: end, word: -1, isNumber: true, endsClause: false, capitalised: false))
                index = end
            } else if ClaimTokenizer.isLetter(scalar) {
                let (end, innerCapital) = ClaimTokenizer.wordEnd(scalars, from: index, upper: upper)
                let word = wordIndex(index..<min(end, index + ClaimTokenizer.maximumTokenLength))
                tokens.append(LinkToken(start: index, end: end, word: word, isNumber: false, endsClause: false,
                                        capitalised: ClaimTokenizer.isUppercase(scalar) || innerCapital))
                index = end
            } else {
                tokens.append(LinkToken(start: index, end: index + 1, word: -1, isNumber: false, endsClause: endsClause(scalar),
                                        capitalised: false))
                index += 1
            }
        }
    }

    /// Punctuation that ends a clause.
    static func endsClause(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ",", ";", ":", "—", "–": return true
        default: return false
        }
    }

    /// Where the number token starting at `start` ends, by the rules of the tokenizer's number
    /// reader ("1,240", "1.5", "12 000"; at most eight digit groups; a space groups thousands only
    /// after a first group of up to three digits and before exactly three digits), without its value.
    static func numberEnd(_ scalars: [Unicode.Scalar], from start: Int, upper: Int) -> Int {
        var end = start
        var groups = 1, firstGroupDigits = 0, lastSeparatorIsSpace = false
        while end < upper {
            let scalar = scalars[end]
            if ClaimTokenizer.isDigit(scalar) {
                if groups == 1 { firstGroupDigits += 1 }
                end += 1
            } else if scalar == "," || scalar == "." || ClaimTokenizer.isGroupSpace(scalar), end + 1 < upper,
                      ClaimTokenizer.isDigit(scalars[end + 1]), groups < 8 {
                let isSpace = ClaimTokenizer.isGroupSpace(scalar)
                if isSpace {
                    var digits = 0
                    while end + 1 + digits < upper, ClaimTokenizer.isDigit(scalars[end + 1 + digits]) { digits += 1 }
                    guard digits == 3, groups == 1 || lastSeparatorIsSpace, firstGroupDigits <= 3 else { break }
                }
                lastSeparatorIsSpace = isSpace
                groups += 1
                end += 1
            } else {
                break
            }
        }
        return end
    }
}

/// Numbers for words packed as `ClaimTokenizer.packedLower` packs them (ASCII of at most 16
/// scalars, lower-cased, two integers): an open-addressing table compared by integers, so a
/// word seen before costs no String and no hashing of one.
struct PackedWordIndex {
    private var lows: [UInt64]
    private var highs: [UInt64]
    private var values: [Int32]
    private var count = 0

    init() {
        lows = Array(repeating: 0, count: 1_024)
        highs = lows
        values = Array(repeating: -1, count: 1_024)
    }

    /// The number stored for the packing, or nil. Packed words are never all zero (an ASCII
    /// letter is never a zero byte), so zero marks an empty slot.
    func value(_ low: UInt64, _ high: UInt64) -> Int? {
        let mask = lows.count - 1
        var slot = Self.slot(low, high, mask)
        while lows[slot] != 0 {
            if lows[slot] == low, highs[slot] == high { return Int(values[slot]) }
            slot = (slot + 1) & mask
        }
        return nil
    }

    mutating func insert(_ low: UInt64, _ high: UInt64, value: Int) {
        if (count + 1) * 2 > lows.count { grow() }
        let mask = lows.count - 1
        var slot = Self.slot(low, high, mask)
        while lows[slot] != 0 {
            if lows[slot] == low, highs[slot] == high {
                values[slot] = Int32(truncatingIfNeeded: value)
                return
            }
            slot = (slot + 1) & mask
        }
        lows[slot] = low
        highs[slot] = high
        values[slot] = Int32(truncatingIfNeeded: value)
        count += 1
    }

    private mutating func grow() {
        let old = (lows, highs, values)
        lows = Array(repeating: 0, count: old.0.count * 2)
        highs = lows
        values = Array(repeating: -1, count: lows.count)
        count = 0
        for slot in old.0.indices where old.0[slot] != 0 { insert(old.0[slot], old.1[slot], value: Int(old.2[slot])) }
    }

    @inline(__always)
    private static func slot(_ low: UInt64, _ high: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: ((low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F)) >> 40) & mask
    }
}
