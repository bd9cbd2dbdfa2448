/// One word or punctuation mark of a sentence, by scalar offsets into the article text.
struct NameToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable { case word, number, punctuation }

    var start: Int
    /// End of the word itself, before any possessive ending.
    var end: Int
    var kind: Kind
    /// Starts with an upper-case letter ("Kyiv", "al-Qaeda" counts via its second part).
    var isCapitalised: Bool
    /// Two or more letters, all upper case ("NATO", "U.S.").
    var isAllCaps: Bool
    /// Followed by a possessive ending ("Ukraine’s", "Ukrainians’"), which is not part of the name.
    var hasPossessive: Bool
}

/// Splits a sentence into word tokens for name recognition.
///
/// Words keep inner hyphens ("Commander-in-Chief", "Ivano-Frankivsk"), inner apostrophes
/// ("O'Brien") and the dots of initialisms ("U.S."); a possessive "’s" is cut off and noted.
/// Every apostrophe style (’ ' ‘ ʼ) is treated alike.
struct NameTokenizer: Sendable {
    func tokens(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [NameToken] {
        var result: [NameToken] = []
        tokens(scalars, in: range, into: &result)
        return result
    }

    /// The tokens of `range` written into `result` (emptied first), so a caller that walks
    /// many sentences can reuse one array's storage.
    func tokens(_ scalars: [Unicode.Scalar], in range: Range<Int>, into result: inout [NameToken]) {
        result.removeAll(keepingCapacity: true)
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        // News averages a token every five or six scalars: one allocation instead of several.
        result.reserveCapacity((upper - lower) / 5 + 4)
        // Scanned through a buffer pointer: this runs over every scalar of the text twice.
        scalars.withUnsafeBufferPointer { scalars in
            scan(scalars, lower: lower, upper: upper, into: &result)
        }
    }

    private func scan(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, lower: Int, upper: Int, into result: inout [NameToken]) {
        var index = lower
        while index < upper {
            let scalar = scalars[index]
            if Self.isLetter(scalar) {
                let token = word(scalars, from: index, upper: upper)
                result.append(token.token)
                index = token.next
            } else if Self.isDigit(scalar) {
                var end = index + 1
                while end < upper, Self.isDigit(scalars[end]) || Self.isLetter(scalars[end]) { end += 1 }
                result.append(NameToken(start: index, end: end, kind: .number, isCapitalised: false, isAllCaps: false, hasPossessive: false))
                index = end
            } else if scalar == " " || scalar == "\n" || scalar.value >= 0x80 && !Self.isDashOrQuote(scalar) && scalar.properties.isWhitespace {
                index += 1
            } else {
                result.append(NameToken(start: index, end: index + 1, kind: .punctuation, isCapitalised: false, isAllCaps: false, hasPossessive: false))
                index += 1
            }
        }
    }

    private func word(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, upper: Int) -> (token: NameToken, next: Int) {
        var end = start + 1
        var letters = 1
        var upperCount = Self.isUpper(scalars[start]) ? 1 : 0
        var capitalisedPart = upperCount == 1
        var lettersSinceDot = 1
        while end < upper {
            let scalar = scalars[end]
            // Lower-case ASCII, most letters of any word, changes nothing but the counts.
            if scalar.value &- 0x61 < 26 {
                letters += 1
                lettersSinceDot += 1
                end += 1
                continue
            }
            // A space or comma, what ends most words, is none of the cases below.
            if scalar == " " || scalar == "," { break }
            if Self.isLetter(scalar) || Self.isDigit(scalar) {
                if Self.isUpper(scalar) { upperCount += 1 }
                letters += 1
                lettersSinceDot += 1
                end += 1
                continue
            }
            let nextIsLetter = end + 1 < upper && Self.isLetter(scalars[end + 1])
            if (scalar == "-" || scalar == "\u{2010}") && nextIsLetter {
                if Self.isUpper(scalars[end + 1]) { capitalisedPart = true }
                end += 1
                continue
            }
            if NameFolding.isApostrophe(scalar) {
                // "’s" at the end of a word is a possessive; "O'Brien" keeps its apostrophe.
                let sIndex = end + 1
                if sIndex < upper, scalars[sIndex] == "s" || scalars[sIndex] == "S",
                   sIndex + 1 >= upper || !Self.isLetter(scalars[sIndex + 1]) {
                    let token = NameToken(start: start, end: end, kind: .word, isCapitalised: capitalisedPart, isAllCaps: letters >= 2 && upperCount == letters, hasPossessive: true)
                    return (token, sIndex + 1)
                }
                if nextIsLetter {
                    // "d'Ivoire", "d'Estaing": an elided French particle before a capital is
                    // inside a name, as "de" would be.
                    if end - start == 1, scalars[start] == "d" || scalars[start] == "l", Self.isUpper(scalars[end + 1]) {
                        capitalisedPart = true
                    }
                    end += 1
                    continue
                }
                // A plural possessive ("Ukrainians’") ends the word.
                if scalars[end - 1] == "s" {
                    let token = NameToken(start: start, end: end, kind: .word, isCapitalised: capitalisedPart, isAllCaps: false, hasPossessive: true)
                    return (token, end + 1)
                }
                break
            }
            // Initialisms: "U.S.", "U.N." — single letters each followed by a dot.
            if scalar == ".", lettersSinceDot == 1, Self.isUpper(scalars[end - 1]),
               end + 1 < upper ? (Self.isUpper(scalars[end + 1]) || (letters >= 2 && !Self.isLetter(scalars[end + 1]))) : letters >= 2 {
                end += 1
                lettersSinceDot = 0
                if end < upper, !Self.isLetter(scalars[end]) { break }
                continue
            }
            break
        }
        // "iPhone", "eBay": a brand in camel case is a name however its first letter is written.
        if !capitalisedPart, end - start >= 4, Self.isUpper(scalars[start + 1]), !Self.isUpper(scalars[start + 2]), Self.isLetter(scalars[start + 2]) {
            capitalisedPart = true
        }
        // "easyJet", "airBaltic": lower-case letters, one capital, lower-case letters again.
        if !capitalisedPart, upperCount == 1, end - start >= 5, Self.isInnerCapitalBrand(scalars, start, end) {
            capitalisedPart = true
        }
        let token = NameToken(start: start, end: end, kind: .word, isCapitalised: capitalisedPart, isAllCaps: letters >= 2 && upperCount == letters, hasPossessive: false)
        return (token, end)
    }

    /// Letters only, starting lower case, with one capital after two letters or more and at
    /// least two lower-case letters after it.
    private static func isInnerCapitalBrand(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> Bool {
        var capital: Int?
        for offset in start..<end {
            let scalar = scalars[offset]
            guard isLetter(scalar) else { return false }
            if isUpper(scalar) { capital = offset }
        }
        guard let capital, capital - start >= 2, end - capital >= 3 else { return false }
        return true
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return (scalar.value >= 0x41 && scalar.value <= 0x5A) || (scalar.value >= 0x61 && scalar.value <= 0x7A)
        }
        if isDashOrQuote(scalar) { return false }
        return scalar.properties.isAlphabetic
    }

    /// U+2010–U+2027: dashes, curly quotes, bullets and the ellipsis, which news writes all the
    /// time. None is a letter or a space, so the Unicode property tables need not be asked.
    static func isDashOrQuote(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x2010 && scalar.value <= 0x2027
    }

    static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value >= 0x41 && scalar.value <= 0x5A }
        return scalar.properties.isUppercase
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }
}
