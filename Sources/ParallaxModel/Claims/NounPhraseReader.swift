/// What a quantity counts, read from the words after it.
struct CountedNoun: Sendable {
    /// The head noun as written ("troops").
    var noun: String
    /// Qualifying words before the head, as written ("North Korean").
    var modifiers: [String]
    /// Token index of the first word of the phrase.
    var first: Int
    /// Token index just after the head noun.
    var end: Int
}

/// Finds the counted noun after an amount without a part-of-speech tagger: the phrase runs until
/// a function word or punctuation, and its head is the first plural-looking word in it.
struct NounPhraseReader {
    let tokens: [ClaimToken]
    let text: (ClaimToken) -> String

    /// Longest noun phrase considered, in words.
    static let maximumWords = 5

    func read(from start: Int, singular: Bool) -> CountedNoun? {
        var words: [Int] = []
        // Words followed by a joining hyphen are the front of a compound ("self-propelled"), never its head.
        var compoundFronts: Set<Int> = []
        var index = start
        while index < tokens.count, words.count < Self.maximumWords {
            let token = tokens[index]
            if token.kind == .symbol {
                if (token.lower == "-" || token.lower == "‑"), let last = words.last, last == index - 1, !token.spaceBefore,
                   index + 1 < tokens.count, !tokens[index + 1].spaceBefore, tokens[index + 1].kind == .word {
                    compoundFronts.insert(last)
                    index += 1
                    continue
                }
                break
            }
            guard token.kind == .word, !WordLists.phraseStops.contains(token.lower),
                  !NumberLexicon.months.contains(token.lower) || !token.capitalised else { break }
            words.append(index)
            index += 1
        }
        guard !words.isEmpty else { return nil }
        // A compound front cannot end the phrase: "self-" then a stop word means no noun.
        while let last = words.last, compoundFronts.contains(last) { words.removeLast() }
        guard let head = headIndex(words.filter { !compoundFronts.contains($0) }, singular: singular) else { return nil }
        let modifierText = words.prefix { $0 < head }.map { text(tokens[$0]) }
        return CountedNoun(noun: text(tokens[head]), modifiers: modifierText, first: words[0], end: head + 1)
    }

    /// The first plural-looking word; else, for one thing or a measure, the first plain word;
    /// else the last plain word (English noun phrases end in their head).
    private func headIndex(_ words: [Int], singular: Bool) -> Int? {
        let plain = words.filter { index in
            let lower = tokens[index].lower
            return !tokens[index].capitalised && !isVerbForm(lower) && !WordLists.nonHeadAdjectives.contains(lower)
        }
        for index in words where !WordLists.nonHeadAdjectives.contains(tokens[index].lower) && looksPlural(tokens[index].lower) {
            if tokens[index].capitalised, index != words.last { continue }
            return index
        }
        return singular ? plain.first : plain.last
    }

    private func looksPlural(_ lower: String) -> Bool {
        if WordLists.irregularPlurals.contains(lower) { return true }
        guard lower.count > 3, lower.hasSuffix("s") else { return false }
        return !lower.hasSuffix("ss") && !lower.hasSuffix("us") && !lower.hasSuffix("is") && !lower.hasSuffix("’s") && !lower.hasSuffix("'s")
    }

    private func isVerbForm(_ lower: String) -> Bool {
        (lower.hasSuffix("ed") || lower.hasSuffix("ing") || lower.hasSuffix("ly")) && !WordLists.irregularPlurals.contains(lower)
    }
}
