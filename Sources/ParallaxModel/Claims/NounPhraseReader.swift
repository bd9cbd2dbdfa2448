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

    /// `afterOf`: the phrase follows "of (the)", where a leading possessive is a determiner
    /// ("a quarter of the country's power plants") rather than the end of the phrase.
    func read(from start: Int, singular: Bool, afterOf: Bool = false) -> CountedNoun? {
        var words: [Int] = []
        // Words followed by a joining hyphen are the front of a compound ("self-propelled"), never its head.
        var compoundFronts: Set<Int> = []
        var index = start
        while index < tokens.count, words.count < Self.maximumWords {
            let token = tokens[index]
            // The number of a name inside the phrase ("20 Boeing 787 jets") belongs to the name.
            if token.kind == .number, token.spaceBefore, !token.hasSeparator, let last = words.last, last == index - 1,
               tokens[last].capitalised, index + 1 < tokens.count, tokens[index + 1].kind == .word {
                index += 1
                continue
            }
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
            let endsCompound = index > start && !token.spaceBefore && (tokens[index - 1].lower == "-" || tokens[index - 1].lower == "‑")
            if WordLists.irregularPastVerbs.contains(token.lower), !endsCompound { break }
            if !token.capitalised, WordLists.directionWords.contains(token.lower), !endsCompound { break }
            // Another number starts another amount ("71% four years ago").
            if NumberLexicon.cardinals[token.lower] != nil, !endsCompound { break }
            words.append(index)
            index += 1
            if isPossessive(token.lower) {
                // "of the country's power plants": start again after the possessor.
                if afterOf, words.count == 1 {
                    words.removeAll()
                    continue
                }
                // "the war's first phase": a possessive ends the phrase.
                break
            }
        }
        guard !words.isEmpty else { return nil }
        // A compound front cannot end the phrase: "self-" then a stop word means no noun.
        while let last = words.last, compoundFronts.contains(last) { words.removeLast() }
        guard let head = headIndex(words.filter { !compoundFronts.contains($0) }, singular: singular) else { return nil }
        let modifierText = words.prefix { $0 < head }.map { text(tokens[$0]) }
        var noun = text(tokens[head])
        if isPossessive(noun.lowercased()) { noun = String(noun.dropLast(2)) }
        return CountedNoun(noun: noun, modifiers: modifierText, first: words[0], end: head + 1)
    }

    /// Counting many: the first plural-looking word ("troops"), moving on when an -s plural follows
    /// an unmarked one ("personnel carriers"). Counting one thing or a measure: the first plain
    /// word, extended over following singular nouns ("police officer", "support package").
    private func headIndex(_ words: [Int], singular: Bool) -> Int? {
        func isPlain(_ index: Int) -> Bool {
            let lower = tokens[index].lower
            return !tokens[index].capitalised && !isVerbForm(lower) && !WordLists.nonHeadAdjectives.contains(lower)
        }
        let plain = words.filter(isPlain)
        if singular, var head = plain.first {
            while let next = words.first(where: { $0 > head }), next == head + 1 || tokens[head + 1].lower == "-",
                  isPlain(next), !looksPlural(tokens[next].lower), !isPossessive(tokens[head].lower) {
                head = next
            }
            return head
        }
        for (position, index) in words.enumerated() where !WordLists.nonHeadAdjectives.contains(tokens[index].lower) && looksPlural(tokens[index].lower) {
            if tokens[index].capitalised, index != words.last { continue }
            // "personnel carriers", "war crimes cases", "missing people": a plural noun or a
            // participle used as a modifier of the next plural.
            var head = position
            while head + 1 < words.count, words[head + 1] == words[head] + 1, isPlain(words[head + 1]) || WordLists.irregularPlurals.contains(tokens[words[head + 1]].lower),
                  looksPlural(tokens[words[head + 1]].lower),
                  tokens[words[head + 1]].lower.endsWith("s") || WordLists.participlePlurals.contains(tokens[words[head]].lower) {
                head += 1
            }
            return words[head]
        }
        return singular ? plain.first : plain.last
    }

    private func isPossessive(_ lower: String) -> Bool { lower.endsWith("’s") || lower.endsWith("'s") }

    private func looksPlural(_ lower: String) -> Bool {
        if WordLists.irregularPlurals.contains(lower) { return true }
        guard lower.count > 3, lower.endsWith("s") else { return false }
        return !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is") && !lower.endsWith("’s") && !lower.endsWith("'s")
    }

    private func isVerbForm(_ lower: String) -> Bool {
        (lower.endsWith("ed") || lower.endsWith("ing") || lower.endsWith("ly")) && !WordLists.irregularPlurals.contains(lower)
    }
}
