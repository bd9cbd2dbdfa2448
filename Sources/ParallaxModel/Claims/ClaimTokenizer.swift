/// A word, a run of digits, or a single other character inside one sentence.
struct ClaimToken: Sendable {
    enum Kind: Sendable { case word, number, symbol }

    var kind: Kind
    /// Absolute scalar offsets into the article text, end exclusive.
    var start: Int
    var end: Int
    /// Lower-cased text for words; the characters as written otherwise.
    var lower: String
    /// Whitespace separates this token from the previous one.
    var spaceBefore: Bool
    /// The word starts with an upper-case letter.
    var capitalised: Bool
    /// For numbers: the value of the digits (separators understood), nil when unreadable.
    var number: Double?
    /// For numbers: written with a thousands separator or decimal point ("1,240", "1.5").
    var hasSeparator: Bool
    /// For numbers: count of digits before any separator.
    var digitCount: Int
    /// `lower` packed by `WordClassTable.packed` when it is ASCII of 1 to 16 bytes, else both 0.
    var packedLow: UInt64 = 0
    var packedHigh: UInt64 = 0
    /// The claim word lists `lower` belongs to.
    var classes: WordClass = []

    /// `lower == literal`, by comparing two integers when the token is short ASCII.
    @inline(__always)
    func reads(_ literal: StaticString) -> Bool {
        if let (low, high) = WordClassTable.packed(literal) { return packedLow == low && packedHigh == high }
        // Short ASCII text never equals a long or non-ASCII literal.
        return packedLow == 0 && lower == literal.description
    }

    /// Whether `lower` is in one of the lists `wordClass` names.
    @inline(__always)
    func `is`(_ wordClass: WordClass) -> Bool { !classes.isDisjoint(with: wordClass) }

    /// Fills `packedLow`, `packedHigh` and `classes` from `lower`.
    mutating func classify(_ slots: [WordClassTable.Slot]) {
        (packedLow, packedHigh, classes) = WordClassTable.look(up: lower, in: slots)
    }
}

/// Splits one sentence into `ClaimToken`s by scanning scalars; no regular expressions, so it
/// keeps pace with the ≥ 5 MB/s target.
enum ClaimTokenizer {
    /// Longest word or digit run kept whole; longer runs are cut so odd input stays cheap.
    static let maximumTokenLength = 64

    static func tokenize(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [ClaimToken] {
        var tokens: [ClaimToken] = []
        let lower = max(0, range.lowerBound), upper = min(scalars.count, range.upperBound)
        // About one token per five scalars in prose; growing the array by doubling cost more than the tokens.
        tokens.reserveCapacity(min(max(0, upper - lower) / 4 + 4, 4_096))
        var index = lower
        var sawSpace = true
        let slots = WordClassTable.slots
        while index < upper {
            let scalar = scalars[index]
            if isSpace(scalar) {
                sawSpace = true
                index += 1
                continue
            }
            if isDigit(scalar) {
                var (token, next) = readNumber(scalars, from: index, upper: upper, spaceBefore: sawSpace)
                token.classify(slots)
                tokens.append(token)
                index = next
            } else if isLetter(scalar) {
                let (end, innerCapital) = wordEnd(scalars, from: index, upper: upper)
                let word = lowerWord(scalars, index..<min(end, index + maximumTokenLength), slots: slots)
                // Built inside the append so the token is moved into the array, not copied.
                tokens.append(ClaimToken(kind: .word, start: index, end: end, lower: word.lower, spaceBefore: sawSpace,
                                         capitalised: isUppercase(scalar) || innerCapital, number: nil, hasSeparator: false, digitCount: 0,
                                         packedLow: word.low, packedHigh: word.high, classes: word.classes))
                index = end
            } else {
                var token = ClaimToken(kind: .symbol, start: index, end: index + 1, lower: symbolText(scalar), spaceBefore: sawSpace,
                                       capitalised: false, number: nil, hasSeparator: false, digitCount: 0)
                if scalar.value < 128 {
                    token.packedLow = UInt64(scalar.value)
                    token.classes = WordClassTable.classes(packedLow: token.packedLow, high: 0, in: slots)
                } else {
                    token.classify(slots)
                }
                tokens.append(token)
                index += 1
            }
            sawSpace = false
        }
        return tokens
    }

    /// The end of the word starting with the letter at `start`: letters, and apostrophes between
    /// letters ("don't", "Kyiv’s"). `innerCapital`: a capital after the first letter ("iPhone",
    /// "eBay"), which marks a name as a first capital does.
    @inline(__always)
    static func wordEnd(_ scalars: [Unicode.Scalar], from start: Int, upper: Int) -> (end: Int, innerCapital: Bool) {
        var end = start + 1
        var innerCapital = false
        while end < upper, isLetter(scalars[end]) || (isApostrophe(scalars[end]) && end + 1 < upper && isLetter(scalars[end + 1]) && !isDigit(scalars[end + 1])) {
            if !innerCapital, isUppercase(scalars[end]) { innerCapital = true }
            end += 1
        }
        return (end, innerCapital)
    }

    /// Whether `tokenize` would give the range a number token or a word that can start a claim
    /// (`WordClass.claimTrigger`). Without one, scanning the sentence finds nothing, so it need
    /// not be tokenised. This walks the words as `tokenize` does but builds no strings: ASCII
    /// words are lower-cased and packed in the same pass that finds their end.
    static func mayHoldClaim(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> Bool {
        let lower = max(0, range.lowerBound), upper = min(scalars.count, range.upperBound)
        let slots = WordClassTable.slots
        var index = lower
        while index < upper {
            let value = scalars[index].value
            if value >= 48 && value <= 57 { return true }
            guard value < 128 else {
                guard isLetter(scalars[index]) else {
                    index += 1
                    continue
                }
                let end = wordEnd(scalars, from: index, upper: upper).end
                if wordClasses(scalars, index..<min(end, index + maximumTokenLength), slots: slots).contains(.claimTrigger) { return true }
                index = end
                continue
            }
            guard (value | 0x20) &- 97 < 26 else {
                index += 1
                continue
            }
            // ASCII letters, and ASCII apostrophes before an ASCII letter, packed lower-cased.
            var low: UInt64 = 0, high: UInt64 = 0, shift: UInt64 = 0
            var end = index
            while end < upper {
                let next = scalars[end].value
                let isAsciiLetter = next < 128 && (next | 0x20) &- 97 < 26
                let joinsLetters = next == 39 && end + 1 < upper && scalars[end + 1].value < 128 && (scalars[end + 1].value | 0x20) &- 97 < 26
                guard isAsciiLetter || joinsLetters else { break }
                let byte = UInt64(isAsciiLetter ? next | 0x20 : next)
                if shift < 64 { low |= byte &<< shift } else if shift < 128 { high |= byte &<< (shift &- 64) }
                shift &+= 8
                end += 1
            }
            // A non-ASCII letter or apostrophe may carry the word on: then it is read as `tokenize` reads it.
            let mayContinue = end < upper && (scalars[end].value >= 128 || scalars[end].value == 39)
            let wholeEnd = mayContinue ? wordEnd(scalars, from: index, upper: upper).end : end
            if wholeEnd != end {
                if wordClasses(scalars, index..<min(wholeEnd, index + maximumTokenLength), slots: slots).contains(.claimTrigger) { return true }
            } else if shift <= 128, WordClassTable.classes(packedLow: low, high: high, in: slots).contains(.claimTrigger) {
                // Longer ASCII words are in no list: every claim trigger is ASCII of at most 16 bytes.
                return true
            }
            index = wholeEnd
        }
        return false
    }

    /// One-scalar strings of the ASCII range, made once: most symbols are commas and full stops.
    private static let asciiSymbols: [String] = (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) }

    static func symbolText(_ scalar: Unicode.Scalar) -> String {
        scalar.value < 128 ? asciiSymbols[Int(scalar.value)] : String(Character(scalar))
    }

    /// Reads "1,240", "1.5", "12 000" (space-grouped thousands) as one number token.
    private static func readNumber(_ scalars: [Unicode.Scalar], from start: Int, upper: Int, spaceBefore: Bool) -> (ClaimToken, Int) {
        // Most numbers are one run of digits ("12", "2024"): read those without building digit groups.
        var plainEnd = start
        while plainEnd < upper, isDigit(scalars[plainEnd]) { plainEnd += 1 }
        let separatorFollows = plainEnd + 1 < upper && isDigit(scalars[plainEnd + 1])
            && (scalars[plainEnd] == "," || scalars[plainEnd] == "." || isGroupSpace(scalars[plainEnd]))
        if !separatorFollows {
            let digitCount = plainEnd - start
            var value = 0.0
            for index in start..<plainEnd where digitCount <= 19 { value = value * 10 + Double(scalars[index].value - 48) }
            let token = ClaimToken(kind: .number, start: start, end: plainEnd, lower: written(scalars, start..<min(plainEnd, start + maximumTokenLength)),
                                   spaceBefore: spaceBefore, capitalised: false, number: digitCount <= 19 ? value : nil,
                                   hasSeparator: false, digitCount: digitCount)
            return (token, plainEnd)
        }
        var end = start
        var groups: [[UInt8]] = [[]]
        var separators: [Unicode.Scalar] = []
        while end < upper {
            let scalar = scalars[end]
            if isDigit(scalar) {
                groups[groups.count - 1].append(UInt8(scalar.value - 48))
                end += 1
            } else if (scalar == "," || scalar == "." || isGroupSpace(scalar)), end + 1 < upper, isDigit(scalars[end + 1]),
                      groups.count < 8 {
                if isGroupSpace(scalar) {
                    // "12 000": only a group of exactly three digits after a short first group.
                    var digits = 0
                    while end + 1 + digits < upper, isDigit(scalars[end + 1 + digits]) { digits += 1 }
                    guard digits == 3, groups.count == 1 || separators.last.map(isGroupSpace) == true,
                          groups[0].count <= 3 else { break }
                }
                separators.append(scalar)
                groups.append([])
                end += 1
            } else {
                break
            }
        }
        let value = interpret(groups: groups, separators: separators)
        let text = written(scalars, start..<min(end, start + maximumTokenLength))
        let token = ClaimToken(kind: .number, start: start, end: end, lower: text, spaceBefore: spaceBefore, capitalised: false,
                               number: value, hasSeparator: !separators.isEmpty, digitCount: groups[0].count)
        return (token, end)
    }

    /// Decides which separators group thousands and which one is a decimal point.
    private static func interpret(groups: [[UInt8]], separators: [Unicode.Scalar]) -> Double? {
        guard groups.allSatisfy({ !$0.isEmpty }) else { return nil }
        if separators.isEmpty { return digitsValue(groups[0]) }
        let tailsAreThousands = groups.dropFirst().allSatisfy { $0.count == 3 } && groups[0].count <= 3
        let kinds = Set(separators.map { isGroupSpace($0) ? Unicode.Scalar(" ") : $0 })
        if kinds.count == 1 {
            let separator = kinds.first!
            if separator == "," {
                if tailsAreThousands { return digitsValue(groups.flatMap { $0 }) }
                // "1,5": a decimal comma (continental style) when there is one comma.
                if groups.count == 2 { return decimal(groups[0], groups[1]) }
                return nil
            }
            if separator == "." {
                if groups.count == 2 { return decimal(groups[0], groups[1]) }
                return tailsAreThousands ? digitsValue(groups.flatMap { $0 }) : nil
            }
            return tailsAreThousands ? digitsValue(groups.flatMap { $0 }) : nil
        }
        // Mixed: the last separator is the decimal point ("1,240.5", "1.240,5", "12 000,5").
        guard let last = separators.last, last == "," || last == ".",
              separators.dropLast().allSatisfy({ $0 != last }),
              groups.dropFirst().dropLast().allSatisfy({ $0.count == 3 }) else { return nil }
        return decimal(groups.dropLast().flatMap { $0 }, groups[groups.count - 1])
    }

    private static func digitsValue(_ digits: [UInt8]) -> Double? {
        guard digits.count <= 19 else { return nil }
        var value = 0.0
        for digit in digits { value = value * 10 + Double(digit) }
        return value
    }

    private static func decimal(_ whole: [UInt8], _ fraction: [UInt8]) -> Double? {
        guard let integer = digitsValue(whole), fraction.count <= 12 else { return nil }
        var value = 0.0, scale = 1.0
        for digit in fraction {
            scale /= 10
            value += Double(digit) * scale
        }
        return integer + value
    }

    /// The text as written.
    static func written(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        SpanText.string(scalars, range)
    }

    /// Sets a word token's `lower`, packing and classes; ASCII words skip the Unicode case tables
    /// and are packed as they are lower-cased.
    static func lowerWord(_ scalars: [Unicode.Scalar], _ range: Range<Int>,
                          slots: [WordClassTable.Slot]) -> (lower: String, low: UInt64, high: UInt64, classes: WordClass) {
        guard let (low, high) = packedLower(scalars, range) else {
            let lower = lowercased(scalars, range)
            let found = WordClassTable.look(up: lower, in: slots)
            return (lower, found.low, found.high, found.classes)
        }
        // A listed word (most function words are) shares the list's string.
        if let slot = WordClassTable.slot(packedLow: low, high: high, in: slots) {
            return (slots[slot].text, low, high, slots[slot].classes)
        }
        var bytes = (low.littleEndian, high.littleEndian)
        let lower = withUnsafeBytes(of: &bytes) { raw in
            raw.withMemoryRebound(to: UInt8.self) { String(decoding: UnsafeBufferPointer(rebasing: $0[..<range.count]), as: UTF8.self) }
        }
        return (lower, low, high, [])
    }

    /// The classes of a word's lower-cased text, without building the text when it is short ASCII.
    static func wordClasses(_ scalars: [Unicode.Scalar], _ range: Range<Int>, slots: [WordClassTable.Slot]) -> WordClass {
        guard let (low, high) = packedLower(scalars, range) else {
            return WordClassTable.look(up: lowercased(scalars, range), in: slots).classes
        }
        return WordClassTable.classes(packedLow: low, high: high, in: slots)
    }

    /// The range lower-cased and packed as `WordClassTable.packed` packs text, when it is ASCII
    /// of at most 16 scalars.
    @inline(__always)
    static func packedLower(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> (UInt64, UInt64)? {
        guard range.count <= 16 else { return nil }
        var low: UInt64 = 0, high: UInt64 = 0
        var shift: UInt64 = 0
        for index in range {
            let value = scalars[index].value
            guard value < 128 else { return nil }
            let byte = UInt64(value >= 65 && value <= 90 ? value + 32 : value)
            // Masking shifts: the checked `<<` branches on every byte.
            if shift < 64 { low |= byte &<< shift } else { high |= byte &<< (shift &- 64) }
            shift &+= 8
        }
        return (low, high)
    }

    /// Lower-cased text of a word; ASCII words skip the Unicode case tables.
    static func lowercased(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var ascii = true
        for index in range where scalars[index].value >= 128 { ascii = false; break }
        if ascii {
            return String(unsafeUninitializedCapacity: range.count) { buffer in
                for (offset, index) in range.enumerated() {
                    let value = UInt8(scalars[index].value)
                    buffer[offset] = value >= 65 && value <= 90 ? value + 32 : value
                }
                return range.count
            }
        }
        return SpanText.string(scalars, range).lowercased()
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 128 { return (scalar.value | 0x20) >= 97 && (scalar.value | 0x20) <= 122 }
        return scalar.properties.isAlphabetic && !isDigit(scalar)
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "’" }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 128 { return scalar.value == 32 || (scalar.value >= 9 && scalar.value <= 13) }
        return scalar.properties.isWhitespace
    }

    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 128 { return scalar.value >= 65 && scalar.value <= 90 }
        return scalar.properties.isUppercase
    }

    /// Spaces used to group thousands: plain, no-break, thin and narrow no-break.
    static func isGroupSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{00A0}" || scalar == "\u{2009}" || scalar == "\u{202F}"
    }
}
