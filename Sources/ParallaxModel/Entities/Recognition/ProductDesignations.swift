/// Names of products and models, told by their shape: a designation with digits ("A320",
/// "H20", "Mi-8", "ID.4", "Ascend 910C") or a maker's name before a model's ("Porsche
/// Taycan", "Airbus A350").
extension NameClassifier {
    /// The end offset of a designation written onto the name's last word with no space: a
    /// hyphen or dot and a number ("Mi-8", "Covid-19", "ID.4"); or, after a space, a number
    /// with letters in it ("Ascend 910C"). Nil when none follows.
    func designationEnd(after last: Int) -> Int? {
        let tokens = sentence.tokens
        guard last >= 0, last < tokens.count, tokens[last].kind == .word, !tokens[last].hasPossessive else { return nil }
        let joiner = last + 1, number = last + 2
        if number < tokens.count, tokens[joiner].kind == .punctuation, tokens[joiner].start == tokens[last].end,
           sentence.scalars[tokens[joiner].start] == "-" || sentence.scalars[tokens[joiner].start] == ".",
           tokens[number].kind == .number, tokens[number].start == tokens[joiner].end,
           // "ID.4" but not "in 2024.5": the word must be capitalised.
           tokens[last].isCapitalised {
            return tokens[number].end
        }
        if joiner < tokens.count, tokens[joiner].kind == .number, tokens[joiner].start == tokens[last].end + 1,
           hasLetter(tokens[joiner].start..<tokens[joiner].end), tokens[last].isCapitalised {
            return tokens[joiner].end
        }
        return nil
    }

    /// The end offset of a known name that goes on past the run with a number or a single
    /// capital ("Serie A", "Nikkei 225", "Ligue 1"), which capitals alone do not join.
    func listedNameEnd(after last: Int, key: String) -> Int? {
        let tokens = sentence.tokens
        let next = last + 1
        guard next < tokens.count, tokens[next].start == tokens[last].end + 1, !tokens[last].hasPossessive,
              tokens[next].kind == .number || tokens[next].kind == .word && tokens[next].end - tokens[next].start == 1 && tokens[next].isCapitalised
        else { return nil }
        return gazetteer.entry(key + " " + sentence.key(next)) != nil ? tokens[next].end : nil
    }

    /// A word mixing capitals and digits ("A320", "H100", "S24"): a model, not a person.
    func hasDesignationWord(_ range: Range<Int>) -> Bool {
        range.contains { index in
            let token = sentence.tokens[index]
            guard token.kind == .word else { return false }
            return sentence.scalars[token.start..<token.end].contains(where: NameTokenizer.isDigit)
        }
    }

    /// "Porsche Taycan", "Chevrolet Bolt": a company's name and then a model's, which is no
    /// organisation word ("Volkswagen Financial Services"), country ("Samsung America") or
    /// person ("Tesla chief Elon Musk" is cut by its title before this).
    func isMakerAndModel(_ wordKeys: [String]) -> Bool {
        guard wordKeys.count >= 2, wordKeys.count <= 3, gazetteer.entry(wordKeys[0])?.kind == .company,
              let last = wordKeys.last,
              // "Allianz Arena", "Volvo Ocean Race": a place or an event named after its sponsor.
              !ContextWords.placeDesignators.contains(last), !ContextWords.eventWords.contains(last) else { return false }
        return wordKeys.dropFirst().allSatisfy { word in
            // Models are often named after towns ("Cayenne", "Tucson"); not after countries.
            let entry = gazetteer.entry(word)
            return !gazetteer.organisationWords.contains(word) && (entry == nil || entry?.kind == .city) && !gazetteer.givenNames.contains(word)
                && !ContextWords.organisationConnectors.contains(word) && !ContextWords.legalSuffixes.contains(word)
        }
    }

    private func hasLetter(_ offsets: Range<Int>) -> Bool {
        sentence.scalars[offsets].contains(where: NameTokenizer.isLetter)
    }
}
