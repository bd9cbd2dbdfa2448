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
        var compoundFronts: [Int] = []
        var index = start
        while index < tokens.count, words.count < Self.maximumWords {
            // Fields in place rather than a copy of the token: copies showed in profiles.
            let kind = tokens[index].kind
            // The number of a name inside the phrase ("20 Boeing 787 jets") belongs to the name.
            if kind == .number, tokens[index].spaceBefore, !tokens[index].hasSeparator, let last = words.last, last == index - 1,
               tokens[last].capitalised, index + 1 < tokens.count, tokens[index + 1].kind == .word {
                index += 1
                continue
            }
            if kind == .symbol {
                if isHyphen(index), let last = words.last, last == index - 1, !tokens[index].spaceBefore,
                   index + 1 < tokens.count, !tokens[index + 1].spaceBefore, tokens[index + 1].kind == .word {
                    if !compoundFronts.contains(last) { compoundFronts.append(last) }
                    index += 1
                    continue
                }
                break
            }
            guard kind == .word, !tokens[index].is(.phraseStop), !tokens[index].is(.month) || !tokens[index].capitalised else { break }
            let endsCompound = index > start && !tokens[index].spaceBefore && isHyphen(index - 1)
            if tokens[index].is(.irregularPastVerb), !endsCompound { break }
            if !tokens[index].capitalised, tokens[index].is(.directionWord), !endsCompound { break }
            // Another number starts another amount ("71% four years ago").
            if tokens[index].is(.cardinal), !endsCompound { break }
            words.append(index)
            index += 1
            if isPossessive(tokens[index - 1].lower) {
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
        // A token's `lower` is its whole text lower-cased unless the word was cut for length.
        let whole = tokens[head].end - tokens[head].start <= ClaimTokenizer.maximumTokenLength
        if isPossessive(whole ? tokens[head].lower : noun.lowercased()) { noun = String(noun.dropLast(2)) }
        return CountedNoun(noun: noun, modifiers: modifierText, first: words[0], end: head + 1)
    }

    /// Counting many: the first plural-looking word ("troops"), moving on when an -s plural follows
    /// an unmarked one ("personnel carriers"). Counting one thing or a measure: the first plain
    /// word, extended over following singular nouns ("police officer", "support package").
    private func headIndex(_ words: [Int], singular: Bool) -> Int? {
        func isPlain(_ index: Int) -> Bool {
            !tokens[index].capitalised && !isVerbForm(tokens[index]) && !tokens[index].is(.nonHeadAdjective)
        }
        if singular, var head = words.first(where: isPlain) {
            while let next = words.first(where: { $0 > head }), next == head + 1 || tokens[head + 1].reads("-"),
                  isPlain(next), !looksPlural(tokens[next]), !isPossessive(tokens[head].lower) {
                head = next
            }
            return head
        }
        for (position, index) in words.enumerated() where !tokens[index].is(.nonHeadAdjective) && looksPlural(tokens[index]) {
            if tokens[index].capitalised, index != words.last { continue }
            // "personnel carriers", "war crimes cases", "missing people": a plural noun or a
            // participle used as a modifier of the next plural.
            var head = position
            while head + 1 < words.count, words[head + 1] == words[head] + 1, isPlain(words[head + 1]) || tokens[words[head + 1]].is(.irregularPlural),
                  looksPlural(tokens[words[head + 1]]),
                  tokens[words[head + 1]].lower.endsWith("s") || tokens[words[head]].is(.participlePlural) {
                head += 1
            }
            return words[head]
        }
        return singular ? words.first(where: isPlain) : words.last(where: isPlain)
    }

    private func isPossessive(_ lower: String) -> Bool { lower.endsWith("’s") || lower.endsWith("'s") }

    private func looksPlural(_ token: ClaimToken) -> Bool {
        if token.is(.irregularPlural) { return true }
        let lower = token.lower
        guard lower.endsWith("s"), lower.count > 3 else { return false }
        return !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is") && !lower.endsWith("’s") && !lower.endsWith("'s")
    }

    private func isVerbForm(_ token: ClaimToken) -> Bool {
        (token.lower.endsWith("ed") || token.lower.endsWith("ing") || token.lower.endsWith("ly")) && !token.is(.irregularPlural)
    }

    @inline(__always)
    private func isHyphen(_ index: Int) -> Bool { tokens[index].reads("-") || tokens[index].reads("‑") }
}
