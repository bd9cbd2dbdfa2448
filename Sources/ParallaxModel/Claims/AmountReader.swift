/// An amount read from tokens, before hedges and units are considered.
struct Amount: Sendable {
    /// Token range [first, end) that spells the amount.
    var first: Int
    var end: Int
    /// The value as written with scale words applied; nil for vague amounts.
    var value: Double?
    /// The plain range: equal to value for exact amounts, the vague range otherwise.
    var low: Double
    var high: Double
    /// Spelled in words ("eight", "a dozen") rather than digits.
    var isWords: Bool
    /// A scale was applied ("800 billion", "3m").
    var isScaled: Bool
    /// A share in percent from a fraction word ("a third of").
    var isFraction: Bool
    /// The scale abbreviation "m" glued to digits: million for money and counts, metres otherwise.
    var ambiguousM: Bool = false
    /// The scale multiplier applied (1 when none), so "3 to 4 million" can share it.
    var multiplier: Double = 1

    var isVague: Bool { value == nil }
}

/// Reads numbers written as digits, words, scales, vague plurals and fractions.
struct AmountReader {
    let tokens: [ClaimToken]

    @inline(__always)
    func isWord(_ index: Int) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .word
    }

    /// A word token that is `literal` (lower-cased).
    @inline(__always)
    func wordReads(_ index: Int, _ literal: StaticString) -> Bool {
        isWord(index) && tokens[index].reads(literal)
    }

    func cardinal(_ index: Int) -> Double? { isWord(index) ? tokens[index].cardinal : nil }
    func scale(_ index: Int) -> Double? { isWord(index) ? tokens[index].scale : nil }

    /// Hyphen joins two tokens without spaces ("twenty-five", "F-16").
    func isHyphenJoin(_ index: Int) -> Bool {
        guard index > 0, index + 1 < tokens.count, tokens[index].kind == .symbol,
              tokens[index].reads("-") || tokens[index].reads("‑") else { return false }
        return !tokens[index].spaceBefore && !tokens[index + 1].spaceBefore
    }

    /// The index after a joining hyphen at `index`, or `index` itself.
    func skipHyphen(_ index: Int) -> Int {
        isHyphenJoin(index) ? index + 1 : index
    }

    /// The amount starting at `index`, if one starts there.
    func read(at index: Int) -> Amount? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        if let ratio = readRatio(at: index) { return ratio }
        if token.kind == .number { return readDigits(at: index) }
        guard token.kind == .word else { return nil }
        if let vague = readVague(at: index) { return vague }
        if let fraction = readFraction(at: index) { return fraction }
        return readWords(at: index)
    }

    /// "1,240", "1.5 million", "$1.2bn", "5k", "3m".
    private func readDigits(at index: Int) -> Amount? {
        guard let base = tokens[index].number else { return nil }
        var amount = Amount(first: index, end: index + 1, value: base, low: base, high: base, isWords: false, isScaled: false, isFraction: false)
        applyScale(to: &amount)
        return amount
    }

    /// Applies "million", "bn", "k" after a number, glued or spaced; also "thousand million".
    func applyScale(to amount: inout Amount) {
        var next = amount.end
        guard let base = amount.value else { return }
        var multiplier = 1.0
        var sawScale = false
        while next < tokens.count {
            // "a 10-billion-cubic-metre pipeline": a scale word may be joined by a hyphen.
            if isHyphenJoin(next), next + 1 < tokens.count, tokens[next + 1].kind == .word, tokens[next + 1].scale != nil {
                next += 1
            }
            guard tokens[next].kind == .word else { break }
            if let scale = tokens[next].scale, !(tokens[next].reads("hundred") && multiplier > 1) {
                multiplier *= scale
            } else if !sawScale, let scale = tokens[next].scaleAbbreviation, isScaleAbbreviation(at: next) {
                multiplier *= scale
                if tokens[next].reads("m") && !tokens[next].spaceBefore { amount.ambiguousM = true }
            } else {
                break
            }
            sawScale = true
            next += 1
            // "bn." glued full stop belongs to the abbreviation only mid-sentence; leave it.
        }
        guard sawScale else { return }
        let value = base * multiplier
        amount.value = value
        amount.low = value
        amount.high = value
        amount.end = next
        amount.isScaled = true
        amount.multiplier = multiplier
    }

    /// "m", "k", "bn" count as scales when glued to the digits, or spaced before a currency/noun.
    private func isScaleAbbreviation(at index: Int) -> Bool {
        let token = tokens[index]
        if !token.spaceBefore { return index + 1 >= tokens.count || tokens[index + 1].kind != .number }
        // Spaced "m" is too often metres; spaced "bn", "mln", "tn" are unambiguous.
        return token.lower.count >= 2 && !token.reads("mm")
    }

    /// "dozens", "thousands of", "tens of thousands", "hundreds of millions", "several thousand".
    private func readVague(at index: Int) -> Amount? {
        guard isWord(index) else { return nil }
        let isTens = tokens[index].reads("tens")
        // "tens of thousands", "hundreds of thousands", "tens of millions".
        if isTens || tokens[index].reads("hundreds"), wordReads(index + 1, "of"), isWord(index + 2),
           let range = tokens[index + 2].vagueRange, !tokens[index + 2].reads("dozens"), !tokens[index + 2].reads("hundreds") {
            let factor = isTens ? 10.0 : 100.0
            return vague(index, index + 3, range.low * factor, (range.high + 1) * factor - 1)
        }
        if let range = tokens[index].vagueRange {
            return vague(index, index + 1, range.low, range.high)
        }
        // "several thousand", "a few hundred", "many millions" (a multiplier before a scale word).
        var cursor = index
        let isA = tokens[index].reads("a")
        if isA { cursor += 1 }
        if isWord(cursor), let multiplier = tokens[cursor].vagueMultiplier,
           !(isA && !tokens[cursor].reads("few")),
           let scale = scale(cursor + 1) {
            return vague(index, cursor + 2, multiplier.low * scale, (multiplier.high + 1) * scale - 1)
        }
        return nil
    }

    private func vague(_ first: Int, _ end: Int, _ low: Double, _ high: Double) -> Amount {
        Amount(first: first, end: end, value: nil, low: low, high: high, isWords: true, isScaled: false, isFraction: false)
    }

    /// "a third of", "two-thirds of", "half of", "three quarters of": a share in percent.
    private func readFraction(at index: Int) -> Amount? {
        var cursor = index
        var numerator = 1.0
        guard isWord(index) else { return nil }
        let isA = tokens[index].reads("a")
        if isA || tokens[index].reads("one") {
            cursor += 1
        } else if let count = tokens[index].cardinal, count >= 2, count <= 9 {
            numerator = count
            cursor += 1
        }
        // "the first half of the year" is a period, not a share.
        if isWord(index - 1), tokens[index - 1].is(.ordinal) { return nil }
        var hyphenated = false
        if cursor > index, isHyphenJoin(cursor) {
            cursor += 1
            hyphenated = true
        }
        guard isWord(cursor), let share = tokens[cursor].fractionShare else { return nil }
        // Needs "of" after it (or "half" alone before "of"); "in the third quarter" is not a share.
        // Without "of", a hyphenated fraction ("two-thirds") is one, and so is a change "by a quarter".
        let changeBy = wordReads(index - 1, "by") && isA
        guard wordReads(cursor + 1, "of") || (hyphenated && numerator >= 2) || changeBy else { return nil }
        if cursor == index && !tokens[cursor].reads("half") { return nil }
        let value = numerator * share
        return Amount(first: index, end: cursor + 1, value: value, low: value, high: value, isWords: true, isScaled: false, isFraction: true)
    }

    /// "one in five", "1 in 10", "three out of four": a share in percent.
    private func readRatio(at index: Int) -> Amount? {
        guard let part = smallWhole(at: index) else { return nil }
        var cursor = index + 1
        if wordReads(cursor, "in") {
            cursor += 1
        } else if wordReads(cursor, "out"), wordReads(cursor + 1, "of") {
            cursor += 2
        } else {
            return nil
        }
        guard let whole = smallWhole(at: cursor), whole > part, part > 0 else { return nil }
        let value = part / whole * 100
        return Amount(first: index, end: cursor + 1, value: value, low: value, high: value, isWords: tokens[index].kind == .word,
                      isScaled: false, isFraction: true)
    }

    /// A plain whole number from 1 to 1,000 written as one word or in digits without separators.
    private func smallWhole(at index: Int) -> Double? {
        guard index >= 0, index < tokens.count else { return nil }
        if tokens[index].kind == .number {
            guard !tokens[index].hasSeparator, let value = tokens[index].number, value >= 1, value <= 1_000 else { return nil }
            return value
        }
        guard tokens[index].kind == .word, let value = tokens[index].cardinal, value >= 1 else { return nil }
        return value
    }

    /// "eight", "twenty-five", "two hundred and fifty", "a dozen", "two-and-a-half", "half a million".
    private func readWords(at index: Int) -> Amount? {
        var cursor = index
        var total = 0.0, current = 0.0
        var sawNumber = false
        var lastEnd = index
        if wordReads(index, "half"), wordReads(index + 1, "a"), let scale = scale(index + 2), scale >= 1e3 {
            let value = scale / 2
            return Amount(first: index, end: index + 3, value: value, low: value, high: value, isWords: true, isScaled: true, isFraction: false)
        }
        if wordReads(index, "a") || wordReads(index, "an") {
            guard isWord(index + 1) else { return nil }
            if tokens[index + 1].reads("dozen") {
                current = NumberLexicon.dozen
                cursor = index + 2
                sawNumber = true
                lastEnd = cursor
            } else if let scale = tokens[index + 1].scale {
                current = scale
                cursor = index + 2
                sawNumber = true
                lastEnd = cursor
            } else {
                return nil
            }
        }
        var scaled = false
        var multiplier = 1.0
        /// A scale word at `cursor`. "hundred" multiplies the group being read; "thousand",
        /// "million" close it, and the words after start a new one ("two million three hundred").
        func takeScale(_ scale: Double) {
            if scale == 100 {
                current *= 100
            } else {
                total += current * scale
                current = 0
            }
            multiplier = scale
            scaled = true
            cursor += 1
            lastEnd = cursor
        }
        while cursor < tokens.count {
            if cursor > index, isHyphenJoin(cursor), isWord(cursor + 1) { cursor += 1; continue }
            guard isWord(cursor) else { break }
            if let cardinal = tokens[cursor].cardinal {
                // "twenty-five" adds; "five twenty" is two numbers.
                if sawNumber, current.truncatingRemainder(dividingBy: 100) != 0 && !(current >= 20 && current.truncatingRemainder(dividingBy: 10) == 0 && cardinal < 10) {
                    break
                }
                current += cardinal
                sawNumber = true
                cursor += 1
                lastEnd = cursor
            } else if tokens[cursor].reads("dozen"), sawNumber {
                current *= NumberLexicon.dozen
                cursor += 1
                lastEnd = cursor
            } else if let scale = tokens[cursor].scale, sawNumber {
                takeScale(scale)
            } else if tokens[cursor].reads("and"), sawNumber {
                // "two hundred and fifty", "two and a half", "two-and-a-half".
                let article = skipHyphen(cursor + 1), half = skipHyphen(article + 1)
                if wordReads(article, "a") || wordReads(article, "one"), wordReads(half, "half") {
                    current += 0.5
                    cursor = half + 1
                    lastEnd = cursor
                    if let scale = scale(cursor), scale >= 1e3 { takeScale(scale) }
                    break
                }
                guard scaled, cardinal(cursor + 1) != nil else { break }
                cursor += 1
            } else {
                break
            }
        }
        guard sawNumber else { return nil }
        let value = total + current
        var amount = Amount(first: index, end: lastEnd, value: value, low: value, high: value, isWords: true, isScaled: scaled, isFraction: false)
        amount.multiplier = multiplier
        if !scaled { applyScale(to: &amount) }
        return amount
    }
}
