/// Recognises numbers that are not amounts: dates, times, years, ordinals and identifiers.
///
/// Each check looks at the tokens around a number token and, when it matches, returns the
/// token range the label covers and its kind.
struct LabelClassifier {
    let tokens: [ClaimToken]
    let reader: AmountReader

    struct Label {
        var first: Int
        var end: Int
        var kind: ClaimKind
    }

    static let closingPunctuation: Set<String> = [".", ",", ";", ":", "!", "?", ")", "\"", "”", "’"]
    static let openingPunctuation: Set<String> = ["(", "\"", "“", "‘", "["]

    /// The sentence is a Title Case headline ("Floods Kill 40 in Valley"), where a capital
    /// letter says nothing about names.
    let titleCased: Bool

    init(tokens: [ClaimToken]) {
        self.tokens = tokens
        self.reader = AmountReader(tokens: tokens)
        var longWords = 0
        var capitalisedLongWords = 0
        for index in tokens.indices where tokens[index].kind == .word && Self.hasMoreThanThreeBytes(tokens[index]) {
            longWords += 1
            if tokens[index].capitalised { capitalisedLongWords += 1 }
        }
        titleCased = longWords >= 3 && capitalisedLongWords * 10 >= longWords * 7
    }

    /// `lower.utf8.count > 3`, read from the packing when there is one (its bytes are never zero).
    static func hasMoreThanThreeBytes(_ token: ClaimToken) -> Bool {
        token.packedLow != 0 ? token.packedLow >> 24 != 0 : token.lower.utf8.count > 3
    }

    func isGlued(_ index: Int) -> Bool { index < tokens.count && !tokens[index].spaceBefore }

    func isMonth(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word, tokens[index].capitalised else { return false }
        return tokens[index].is(.month)
    }

    /// A four-digit whole number in the range of plausible years.
    func isYearShaped(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .number, !tokens[index].hasSeparator,
              tokens[index].digitCount == 4, let value = tokens[index].number else { return false }
        return value >= 1000 && value <= 2100
    }

    /// The end of a chunk of tokens with no spaces between them.
    func chunkEnd(from index: Int) -> Int {
        var end = index + 1
        while end < tokens.count, !tokens[end].spaceBefore {
            // A full stop or comma glued at the end of the chunk is sentence punctuation.
            if tokens[end].kind == .symbol, tokens[end].is(.closingPunctuation),
               end + 1 >= tokens.count || tokens[end + 1].spaceBefore {
                break
            }
            end += 1
        }
        return end
    }

    func chunkStart(from index: Int) -> Int {
        var start = index
        while start > 0, !tokens[start].spaceBefore, !tokens[start - 1].is(.openingPunctuation) { start -= 1 }
        return start
    }

    /// URLs, e-mail addresses, handles, hashtags containing a number.
    func webLabel(chunk: Range<Int>) -> Label? {
        let parts = tokens[chunk]
        let hasWebMark = parts.contains { $0.reads("@") || $0.reads("#") || $0.reads("www") || $0.reads("http") || $0.reads("https") }
            || zip(parts, parts.dropFirst()).contains { $0.reads(":") && $1.reads("/") }
        guard hasWebMark, parts.contains(where: { $0.kind == .number }) else { return nil }
        return Label(first: chunk.lowerBound, end: chunk.upperBound, kind: .identifier)
    }

    /// The label starting at or covering the number token at `index`, if it is one.
    func classify(number index: Int) -> Label? {
        let token = tokens[index]
        let chunk = chunkStart(from: index)..<chunkEnd(from: index)
        if let web = webLabel(chunk: chunk) { return web }
        if let time = timeLabel(index) { return time }
        if let date = dateLabel(index) { return date }
        if let phone = leadingZeroLabel(index) { return phone }
        if let glued = gluedLabel(index, chunk: chunk) { return glued }
        if let year = yearLabel(index) { return year }
        if index + 1 < tokens.count, isGlued(index + 1), tokens[index + 1].kind == .word,
           tokens[index + 1].is(.ordinalSuffix), !token.hasSeparator {
            return Label(first: index, end: index + 2, kind: .ordinal)
        }
        if let keyword = keywordLabel(index) { return keyword }
        if let named = nameNumberLabel(index) { return named }
        if let address = addressLabel(index) { return address }
        return nil
    }

    /// "S&P 500", "Boeing 737", "FTSE 100", "Windows 11": a plain whole number right after a
    /// capitalised word inside the sentence, counting nothing, is part of a name. Figures with
    /// separators, scale words, units or a counted noun after them are amounts ("Kills 1,200",
    /// "EU 90 billion"); a capitalised word that starts the sentence is left alone, since it is
    /// as likely a hedge or an adverb ("Perhaps 300 ..."), and so are Title Case headlines.
    private func nameNumberLabel(_ index: Int) -> Label? {
        let number = tokens[index]
        guard !titleCased, index >= 2, number.spaceBefore, !number.hasSeparator, number.digitCount <= 4 else { return nil }
        let name = tokens[index - 1]
        guard name.kind == .word, name.capitalised, !tokens[index - 2].is(.openingPunctuation) else { return nil }
        guard !name.is([.phraseStop, .timeWord, .month, .cardinal, .scaleWord, .currencyCode, .currencyAbbreviation, .unitFirstWord,
                        .hedgeBeforeEnd]) else { return nil }
        let after = index + 1
        if after < tokens.count {
            let next = tokens[after]
            if next.kind == .symbol, next.reads("%") || next.reads("-") || next.reads("–") { return nil }
            // "20 Boeing 787 jets", "1.1 million iPhone 15 units": a name right after an amount
            // keeps its number whatever follows.
            let afterAmount = index >= 2 && (tokens[index - 2].kind == .number || tokens[index - 2].is([.scaleWord, .cardinal]))
            if next.kind == .word, !afterAmount {
                if next.is([.scaleWord, .scaleAbbreviation, .unitFirstWord]) || countsSomething(after: after) {
                    return nil
                }
                // Title Case headlines: "Storm Leaves 300 Homeless".
                if next.capitalised, next.is(.irregularPlural) || (next.lower.hasSuffix("s") && next.lower.count > 3) {
                    return nil
                }
            }
        }
        return Label(first: chunkStart(from: index - 1), end: index + 1, kind: .identifier)
    }

    /// "27 Mill Road", "1600 Pennsylvania Avenue": a house number before a capitalised street name.
    private func addressLabel(_ index: Int) -> Label? {
        guard !tokens[index].hasSeparator, tokens[index].digitCount <= 5 else { return nil }
        var cursor = index + 1
        while cursor < tokens.count, cursor - index <= 4, tokens[cursor].kind == .word, tokens[cursor].capitalised {
            if cursor > index + 1, tokens[cursor].is(.streetWord) {
                return Label(first: index, end: cursor + 1, kind: .identifier)
            }
            cursor += 1
        }
        return nil
    }

    /// Words that end a street name in English-language addresses.
    static let streetWords: Set<String> = [
        "road", "street", "st", "avenue", "ave", "lane", "drive", "boulevard", "blvd", "square", "place", "way",
        "close", "court", "crescent", "terrace", "row", "gardens", "parade", "highway",
    ]

    /// "10:30", "5 p.m.", "5pm", "14:00 GMT".
    private func timeLabel(_ index: Int) -> Label? {
        var end = index + 1
        var isTime = false
        if end + 1 < tokens.count, tokens[end].reads(":"), isGlued(end), isGlued(end + 1), tokens[end + 1].kind == .number,
           tokens[end + 1].digitCount == 2, tokens[index].digitCount <= 2 {
            end += 2
            isTime = true
        }
        if end < tokens.count, tokens[end].kind == .word {
            var isClockWord = tokens[end].is(.clockSuffix)
            var suffixEnd = end + 1
            // "p.m." arrives as p . m .
            if tokens[end].reads("a") || tokens[end].reads("p"), end + 2 < tokens.count, tokens[end + 1].reads("."), tokens[end + 2].reads("m") {
                isClockWord = NumberLexicon.clockSuffixes.contains(tokens[end].lower + ".m")
                suffixEnd = end + 3
                if suffixEnd < tokens.count, tokens[suffixEnd].reads("."), isGlued(suffixEnd) { suffixEnd += 1 }
            }
            if isClockWord, tokens[index].digitCount <= 4, !tokens[index].hasSeparator {
                end = suffixEnd
                isTime = true
            }
        }
        return isTime ? Label(first: index, end: end, kind: .time) : nil
    }

    /// "12 August 2024", "August 12, 2024", "12th of August", "August 2024", "12/08/2024", "2024-08-12".
    private func dateLabel(_ index: Int) -> Label? {
        var first = index
        var end = index + 1
        var isDate = false
        // Month before: "August 12", "Aug. 12", "August 2024".
        var monthIndex = index - 1
        if monthIndex >= 0, tokens[monthIndex].reads("."), !tokens[monthIndex].spaceBefore { monthIndex -= 1 }
        if isMonth(monthIndex), !tokens[index].hasSeparator, (tokens[index].digitCount <= 2 && (tokens[index].number ?? 99) <= 31) || isYearShaped(index) {
            first = monthIndex
            isDate = true
        }
        // Ordinal suffix: "12th".
        if end < tokens.count, isGlued(end), tokens[end].is(.ordinalSuffix) { end += 1 }
        // Month after: "12 August", "12th of August".
        if !isDate, tokens[index].digitCount <= 2 {
            var after = end
            if after < tokens.count, tokens[after].reads("of") { after += 1 }
            if isMonth(after) {
                end = after + 1
                if end < tokens.count, tokens[end].reads("."), isGlued(end), end + 1 < tokens.count, !tokens[end + 1].capitalised { end += 1 }
                isDate = true
            }
        }
        // Year after a day: "August 12, 2024", "12 August 2024".
        if isDate, !isYearShaped(index) {
            var after = end
            if after < tokens.count, tokens[after].reads(",") { after += 1 }
            if isYearShaped(after) { end = after + 1 }
        }
        // Numeric dates: 12/08/2024, 2024-08-12, 12.08.2024.
        if !isDate, end + 3 < tokens.count + 0, end + 3 <= tokens.count - 0 {
            let separator = tokens[end]
            if separator.reads("/") || separator.reads("-") || separator.reads("."), isGlued(end), isGlued(end + 1), tokens[end + 1].kind == .number,
               isGlued(end + 2), tokens[end + 2].lower == separator.lower, isGlued(end + 3), end + 3 < tokens.count,
               tokens[end + 3].kind == .number {
                end += 4
                isDate = true
            }
        }
        return isDate ? Label(first: first, end: end, kind: .date) : nil
    }

    /// Numbers glued to letters or slashes: "F-16", "Su-34", "M-1978/1989", "A320", "Covid-19",
    /// "1990s", "24/7", "+380 44 123 4567", "555-0134".
    private func gluedLabel(_ index: Int, chunk: Range<Int>) -> Label? {
        // Word glued before the number (directly or by a hyphen).
        var before = index - 1
        if before >= 0, tokens[before].reads("-") || tokens[before].reads("‑"), !tokens[index].spaceBefore { before -= 1 }
        if before >= 0, before < index, !tokens[before + 1].spaceBefore, tokens[before].kind == .word {
            let word = tokens[before]
            if word.reads("mid") || word.reads("pre") || word.reads("post") || word.reads("late") || word.reads("early") {
                if isYearShaped(index) { return Label(first: before, end: yearEnd(index), kind: .year) }
            } else if !(word.is(.dollarPrefix) && tokens[before + 1].reads("$")) {
                return Label(first: chunk.lowerBound, end: chunk.upperBound, kind: .identifier)
            }
        }
        // Decades: "1990s", "the 2020s".
        if isYearShaped(index), index + 1 < tokens.count, isGlued(index + 1), tokens[index + 1].reads("s") || tokens[index + 1].reads("’s") {
            return Label(first: index, end: index + 2, kind: .year)
        }
        // Age bands and short decades: "in his 60s" names a band of ages, "the 80s" a decade.
        if tokens[index].digitCount == 2, !tokens[index].hasSeparator, let value = tokens[index].number, value.truncatingRemainder(dividingBy: 10) == 0,
           index + 1 < tokens.count, isGlued(index + 1), tokens[index + 1].reads("s") || tokens[index + 1].reads("’s") || tokens[index + 1].reads("'s") {
            let owner = index > 0 ? tokens[index - 1].lower : ""
            let kind: ClaimKind = ["his", "her", "their", "its", "my", "your", "our"].contains(owner) ? .identifier : .year
            return Label(first: index, end: index + 2, kind: kind)
        }
        // Letters glued after that are not a unit, scale, ordinal suffix or clock word: "737MAX", "4G".
        if index + 1 < tokens.count, isGlued(index + 1), tokens[index + 1].kind == .word {
            let word = tokens[index + 1]
            let known = word.is([.scaleAbbreviation, .ordinalSuffix, .clockSuffix, .unitFirstWord])
                || word.reads("s") || word.reads("a") || word.reads("p") || word.reads("pc")
                || (word.capitalised && word.is(.gluedTemperature))
            if !known { return Label(first: chunk.lowerBound, end: chunk.upperBound, kind: .identifier) }
        }
        // Slash pairs "24/7", "1978/1989"; hashes "#3"; phone numbers "+380 ..." and "555-0134".
        if index + 2 < tokens.count, tokens[index + 1].reads("/"), isGlued(index + 1), isGlued(index + 2), tokens[index + 2].kind == .number {
            return Label(first: chunk.lowerBound, end: chunk.upperBound, kind: .identifier)
        }
        if index > 0, tokens[index - 1].reads("#") || tokens[index - 1].reads("№"), isGlued(index) {
            return Label(first: index - 1, end: index + 1, kind: .identifier)
        }
        if index > 0, tokens[index - 1].reads("+"), isGlued(index), tokens[index].digitCount >= 2, !tokens[index].hasSeparator {
            var end = index + 1
            while end < tokens.count, tokens[end].kind == .number || (tokens[end].reads("-") && isGlued(end)) || tokens[end].reads("(") || tokens[end].reads(")") { end += 1 }
            return Label(first: index - 1, end: end, kind: .identifier)
        }
        if index + 2 < tokens.count, tokens[index + 1].reads("-"), isGlued(index + 1), isGlued(index + 2), tokens[index + 2].kind == .number,
           !tokens[index].hasSeparator, !tokens[index + 2].hasSeparator {
            let second = tokens[index + 2]
            // Scores and votes ("won 2-1", "ruled 5-4", "drew 1-1"): nobody writes a range downwards.
            if tokens[index].digitCount <= 2, second.digitCount <= 2, let from = tokens[index].number, let to = second.number, from >= to {
                return Label(first: index, end: index + 3, kind: .identifier)
            }
            let leadingZero = second.lower.hasPrefix("0") && second.lower.count > 1
            let threeGroups = index + 4 < tokens.count && tokens[index + 3].reads("-") && isGlued(index + 3) && tokens[index + 4].kind == .number
            if leadingZero || threeGroups || (second.digitCount >= 4 && !isYearShaped(index + 2)) {
                var end = index + 3
                if threeGroups { end = index + 5 }
                return Label(first: index, end: end, kind: .identifier)
            }
        }
        return nil
    }

    /// "0800 555 0199", "007": nobody writes an amount with a leading zero, so a whole number of
    /// three or more digits starting with 0 is a code, together with the digit groups spaced after it.
    private func leadingZeroLabel(_ index: Int) -> Label? {
        let token = tokens[index]
        guard !token.hasSeparator, token.digitCount >= 3, token.lower.unicodeScalars.first == "0",
              token.lower.unicodeScalars.allSatisfy({ $0.properties.numericType != nil }) else { return nil }
        var end = index + 1
        while end < tokens.count, tokens[end].kind == .number, tokens[end].spaceBefore, !tokens[end].hasSeparator,
              (2...4).contains(tokens[end].digitCount) {
            end += 1
        }
        return Label(first: index, end: end, kind: .identifier)
    }

    /// "in 2024", "2022-23", "2014–2015", and bare four-digit years not followed by a counted noun.
    private func yearLabel(_ index: Int) -> Label? {
        guard isYearShaped(index), let value = tokens[index].number else { return nil }
        let previous = index > 0 ? tokens[index - 1] : nil
        if let previous, previous.is(.currencySymbol) { return nil }
        if let previous, previous.kind == .word, previous.is(.hedgeBeforeEnd), !previous.reads("over"), !previous.is(.yearPreposition) {
            return nil
        }
        let prepositioned = previous.map { $0.kind == .word && $0.is(.yearPreposition) } ?? false
        if !prepositioned {
            guard value >= 1900 else { return nil }
            if countsSomething(after: index + 1) { return nil }
        }
        return Label(first: index, end: yearEnd(index), kind: .year)
    }

    /// Extends a year over "-23" / "–2015" / "/24" ranges.
    private func yearEnd(_ index: Int) -> Int {
        let joiner = index + 1 < tokens.count ? tokens[index + 1] : nil
        guard index + 2 < tokens.count, let joiner, joiner.reads("-") || joiner.reads("–") || joiner.reads("—") || joiner.reads("/"),
              isGlued(index + 1), isGlued(index + 2),
              tokens[index + 2].kind == .number, !tokens[index + 2].hasSeparator,
              tokens[index + 2].digitCount == 2 || isYearShaped(index + 2) else { return index + 1 }
        return index + 3
    }

    /// A unit or a plural lower-case noun right after the number: "2000 troops", "1500 km".
    private func countsSomething(after index: Int) -> Bool {
        guard index < tokens.count else { return false }
        let token = tokens[index]
        if token.reads("%") { return true }
        guard token.kind == .word, !token.capitalised else { return false }
        if token.is([.scaleWord, .unitFirstWord]) { return true }
        if token.is(.phraseStop) { return false }
        let lower = token.lower
        // "census", "status", "crisis" end in s without being plurals.
        if lower.hasSuffix("us") || lower.hasSuffix("ss") || lower.hasSuffix("is") { return false }
        return lower.hasSuffix("s") || token.is(.irregularPlural)
    }

    /// "page 4", "Article 5", "No. 10", "Resolution 2231": the number names something.
    private func keywordLabel(_ index: Int) -> Label? {
        var keyword = index - 1
        if keyword >= 0, tokens[keyword].reads("."), keyword > 0, !tokens[keyword].spaceBefore { keyword -= 1 }
        guard keyword >= 0, tokens[keyword].kind == .word, tokens[keyword].is(.identifierKeyword) else { return nil }
        // "number" and "no" only as labels when capitalised or abbreviated ("No. 10"); "a number" is not.
        if tokens[keyword].reads("number") || tokens[keyword].reads("no"), !tokens[keyword].capitalised { return nil }
        // Lower-case group words ("group", "level", "order", "line") label only when the number ends the phrase.
        if !tokens[keyword].capitalised, countsSomething(after: index + 1) { return nil }
        if keyword > 0, tokens[keyword - 1].kind == .word, tokens[keyword - 1].reads("a") || tokens[keyword - 1].reads("an") { return nil }
        return Label(first: keyword, end: index + 1, kind: .identifier)
    }
}
