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
    /// `key` is asked for only when a number or capital follows: most names have none.
    func listedNameEnd(after last: Int, _ key: () -> String) -> Int? {
        let tokens = sentence.tokens
        let next = last + 1
        guard next < tokens.count, tokens[next].start == tokens[last].end + 1, !tokens[last].hasPossessive,
              tokens[next].kind == .number || tokens[next].kind == .word && tokens[next].end - tokens[next].start == 1 && tokens[next].isCapitalised
        else { return nil }
        return gazetteer.entry(key() + " " + sentence.key(next)) != nil ? tokens[next].end : nil
    }

    /// The end offset of a model number after a company's or camel-case brand's name
    /// ("Boeing 737", "iPhone 16"): one to four digits, not a year, not a share ("Nokia 3%").
    func modelNumberEnd(after last: Int, of range: Range<Int>) -> Int? {
        let tokens = sentence.tokens
        let next = last + 1
        guard next < tokens.count, tokens[next].kind == .number, tokens[next].start == tokens[last].end + 1,
              !tokens[last].hasPossessive else { return nil }
        let digits = sentence.scalars[tokens[next].start..<tokens[next].end]
        guard digits.count <= 4, digits.allSatisfy(NameTokenizer.isDigit) else { return nil }
        if digits.count == 4, let first = digits.first, first == "1" || first == "2" { return nil }
        // "Nokia 3%", "Boeing 737s": something written onto the number makes it no model's;
        // a comma or full stop closing the clause does not ("Mistral Large 3, the ...").
        if next + 1 < tokens.count, tokens[next + 1].start == tokens[next].end, !closesClause(next + 1) { return nil }
        let kind = gazetteer.entry(sentence.phraseKey(range))?.kind
        // "Mistral Large 3": a tier word then a version number is a model, whoever makes it.
        let tiered = range.count >= 2 && ContextWords.productTierWords.contains(sentence.key(range.upperBound - 1))
        let brand = startsInCamelCase(range) || kind == .company || kind == .product || tiered
        return brand ? tokens[next].end : nil
    }

    /// "iPhone Air", "eBay": a name whose first letter is small and a later one capital (not
    /// a surname particle, which is a word of its own: "da Silva", "von der Leyen").
    func startsInCamelCase(_ range: Range<Int>) -> Bool {
        guard let first = range.first, sentence.tokens[first].kind == .word,
              !ContextWords.surnameParticles.contains(sentence.key(first)) else { return false }
        return !NameTokenizer.isUpper(sentence.scalars[sentence.tokens[first].start])
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
        guard wordKeys.count >= 2, wordKeys.count <= 3, isMaker(wordKeys[0]), let last = wordKeys.last,
              // "Allianz Arena", "Volvo Ocean Race": a place or an event named after its sponsor.
              !ContextWords.placeDesignators.contains(last), !ContextWords.eventWords.contains(last) else { return false }
        return wordKeys.dropFirst().allSatisfy { word in
            // Models are often named after towns ("Cayenne", "Tucson"); not after countries.
            let entry = gazetteer.entry(word)
            let isOrganisationWord = gazetteer.organisationWords.contains(word) && !ContextWords.productWords.contains(word)
            return !isOrganisationWord && !ContextWords.companyTailWords.contains(word) && !ContextWords.businessUnitWords.contains(word)
                && (entry == nil || entry?.kind == .city) && !gazetteer.givenNames.contains(word)
                && !ContextWords.organisationConnectors.contains(word) && !ContextWords.legalSuffixes.contains(word)
        }
    }

    /// "ChatGPT Plus", "Gemini Ultra": a known product and its tier.
    func isProductAndTier(_ wordKeys: [String]) -> Bool {
        // The tier words first: they rule out almost every name without a table lookup.
        guard wordKeys.count >= 2, wordKeys.dropFirst().allSatisfy(ContextWords.productTierWords.contains) else { return false }
        return gazetteer.entry(wordKeys[0])?.kind == .product
    }

    /// A listed company, or a hand-listed organisation written in lower case ("Apple",
    /// "Google"); not an acronym of a public body ("UN Women", "EU Council").
    private func isMaker(_ key: String) -> Bool {
        guard let entry = gazetteer.entry(key), entry.type == .org else { return false }
        return entry.kind == .company || entry.kind == .organisation && key.utf8.count > 3
    }

    /// "Toyota Motor", "Sony Group": a listed company and a word saying what it does is the
    /// company itself; its canonical name, so the two merge.
    func companyWithTail(_ wordKeys: [String]) -> GazetteerEntry? {
        guard wordKeys.count == 2, ContextWords.companyTailWords.contains(wordKeys[1]) || ContextWords.legalSuffixes.contains(wordKeys[1]),
              let entry = gazetteer.entry(wordKeys[0]), entry.kind == .company else { return nil }
        return entry
    }

    /// A comma, colon, semicolon, closing bracket or sentence end after which no digit follows.
    private func closesClause(_ index: Int) -> Bool {
        let token = sentence.tokens[index]
        guard token.kind == .punctuation, token.end - token.start == 1 else { return false }
        let scalar = sentence.scalars[token.start]
        guard [",", ":", ";", ")", ".", "!", "?"].contains(scalar) else { return false }
        let after = index + 1
        return after >= sentence.tokens.count || sentence.tokens[after].start > token.end
    }

    private func hasLetter(_ offsets: Range<Int>) -> Bool {
        sentence.scalars[offsets].contains(where: NameTokenizer.isLetter)
    }
}
