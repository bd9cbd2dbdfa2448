/// Decides whether a run of capitalised words is a name and of what type, from the
/// gazetteer first, then the words of the name itself, then the words around it.
struct NameClassifier {
    let gazetteer: Gazetteer
    let sentence: SentenceTokens

    func classify(_ range: Range<Int>, role: String?, forcedType: EntityType? = nil, headline: Bool, lowercaseWords: LowercaseWords) -> NameCandidate? {
        guard var range = trimmedHyphenParts(range), !range.isEmpty else { return nil }
        // "Bayern AGAIN": a word shouted in capitals after a name, in a sentence that is not
        // itself in capitals, is no part of the name.
        // "in just FOUR MINUTES": everyday words shouted in capitals in a sentence that is not
        // itself in capitals are no name, unless they end in a kind of organisation.
        if !headline, range.count >= 2, range.allSatisfy({ sentence.tokens[$0].isAllCaps }),
           range.allSatisfy({ gazetteer.commonWords.contains(sentence.key($0)) }),
           !gazetteer.organisationWords.contains(sentence.key(range.upperBound - 1)) {
            return nil
        }
        // Short capitals are acronyms ("Mistral AI", "Toyota USA"), so four letters at least.
        let shouted = sentence.tokens[range.upperBound - 1]
        if !headline, range.count >= 2, shouted.isAllCaps, shouted.end - shouted.start >= 4, !sentence.tokens[range.upperBound - 2].isAllCaps,
           gazetteer.commonWords.contains(sentence.key(range.upperBound - 1)) {
            return classify(range.lowerBound..<(range.upperBound - 1), role: role, forcedType: forcedType, headline: headline, lowercaseWords: lowercaseWords)
        }
        var start = sentence.tokens[range.lowerBound].start
        var end = sentence.tokens[range.upperBound - 1].end
        // "Russian-backed", "Kremlin-controlled": the name is the part before the hyphen.
        if range.count == 1, let cut = hyphenCut(range.lowerBound) {
            start = cut.start
            end = cut.end
        } else if range.count >= 2, let tail = sentence.lowercaseTail(range.upperBound - 1), gazetteer.isModifierTail(head: tail.head, tail: tail.tail) {
            // "San Francisco-based": the name ends at the hyphen.
            end = sentence.tokens[range.upperBound - 1].start + tail.head.unicodeScalars.count
        }
        // "Ferdinand Marcos Jr.": the suffix's dot belongs to the name.
        if range.count >= 2, ["jr", "sr"].contains(sentence.key(range.upperBound - 1)), sentence.isDot(range.upperBound) {
            end += 1
        }
        // "Mi-8", "ID.4", "Ascend 910C": a designation written onto the name is part of it.
        var designated = false
        if let listedEnd = listedNameEnd(after: range.upperBound - 1, { NameFolding.keyWithoutArticle(NameFolding.latin(string(start, end))) }) {
            end = listedEnd
        } else if let designationEnd = designationEnd(after: range.upperBound - 1) ?? modelNumberEnd(after: range.upperBound - 1, of: range) {
            end = designationEnd
            designated = true
        }
        let text = string(start, end)
        // Keys are Latin, so "Лавров" meets "Lavrov" in every lookup and merge.
        let key = NameFolding.keyWithoutArticle(NameFolding.latin(text, of: sentence.scalars[start..<end]))
        guard !key.isEmpty else { return nil }
        let wordKeys = range.count == 1 ? [key] : NameFolding.words(key)
        let first = range.lowerBound
        let entry = gazetteer.entry(key) ?? gazetteer.entryWithoutLegalSuffix(wordKeys) ?? companyWithTail(wordKeys)
        let isProduct = entry == nil && (designated || hasDesignationWord(range) || isMakerAndModel(wordKeys) || startsInCamelCase(range)
            || isProductAndTier(wordKeys))
        let opener = sentence.isSentenceStart(first)
        // "Von der Leyen said", "Abu Mohammed al-Jolani met": a particle opening the sentence
        // is part of the name.
        let openerIsParticle = range.count >= 2 && (ContextWords.surnameParticles.contains(wordKeys[0]) || ContextWords.arabicNameParticles.contains(wordKeys[0]))

        // Sentence openers: a capitalised common word in front of a name is not part of it —
        // one the story writes in lower case, or an everyday English word in front of a name
        // that no organisation, place or event word ends ("Residents Maria Lopez", but not
        // "Supreme Court" or "Golden Gate Bridge").
        // "Diabetes UK", "Cancer Research UK": a body named for a country in capitals keeps its
        // first word.
        let endsInCountryCode = range.count >= 2 && sentence.tokens[range.upperBound - 1].isAllCaps
            && gazetteer.entry(wordKeys[wordKeys.count - 1])?.kind == .country
        if range.count >= 2, opener, entry == nil, !openerIsParticle, wordKeys[0] != Self.operationWord, !endsInCountryCode,
           // Not in a Title Case headline, where every word is capitalised and "Trump Hails
           // Deal" may open with a name that is also a word.
           lowercaseWords.contains(wordKeys[0]) || !headline && gazetteer.commonWords.contains(wordKeys[0]) && !endsInKindWord(wordKeys),
           !gazetteer.givenNames.contains(wordKeys[0]), gazetteer.entry(wordKeys[0]) == nil {
            range = (first + 1)..<range.upperBound
            return classify(range, role: role, forcedType: forcedType, headline: headline, lowercaseWords: lowercaseWords)
        }
        // "a New York Democrat", "a Texas Republican": a party's member after the place they
        // represent; the place is the name.
        if range.count >= 2, entry == nil, wordKeys.count == range.count, ContextWords.partyMembers.contains(wordKeys[wordKeys.count - 1]),
           gazetteer.entry(wordKeys.dropLast().joined(separator: " "))?.type == .place {
            return classify(first..<(range.upperBound - 1), role: role, forcedType: forcedType, headline: headline, lowercaseWords: lowercaseWords)
        }
        // "Young Kenyans", "Ordinary Germans": a people's name in the plural after a capitalised
        // word is the people; the word before it describes them (no one's surname is a plural
        // people's name, while "Mark French" is someone). The word may be some small town's
        // name or a given name too ("Young").
        if range.count == 2, wordKeys.count == 2, entry == nil, wordKeys[1].hasSuffix("s"), gazetteer.entry(wordKeys[1])?.kind == .demonym,
           gazetteer.entry(wordKeys[0]).map({ $0.kind == .city || $0.kind == .region }) ?? true,
           !gazetteer.titleFirstWords.contains(wordKeys[0]) {
            return classify((first + 1)..<range.upperBound, role: role, forcedType: forcedType, headline: headline, lowercaseWords: lowercaseWords)
        }
        // "Buying Ridley & Marsh": a capitalised gerund opening the sentence is a verb.
        if range.count >= 2, opener, entry == nil, Self.isGerund(wordKeys[0]), !gazetteer.givenNames.contains(wordKeys[0]),
           gazetteer.entry(wordKeys[0]) == nil {
            return classify((first + 1)..<range.upperBound, role: role, forcedType: forcedType, headline: headline, lowercaseWords: lowercaseWords)
        }
        // "the governor of Minas Ana Ruiz": after "of", an unknown word then a given name and
        // more is the place or body governed, then the person; the person is kept.
        if range.count >= 3, !opener, entry == nil, !openerIsParticle, sentence.lowercaseWord(first - 1) == "of",
           // A place's name may also be someone's ("Minas", "Jordan"): the place wins here.
           gazetteer.entry(wordKeys[0]).map({ $0.type == .place }) ?? !gazetteer.givenNames.contains(wordKeys[0]),
           gazetteer.givenNames.contains(wordKeys[1]),
           !gazetteer.organisationWords.contains(wordKeys[wordKeys.count - 1]) {
            return classify((first + 1)..<range.upperBound, role: role, forcedType: forcedType, headline: headline, lowercaseWords: lowercaseWords)
        }
        // "Seismologist Naoshi Hirata": an occupation in "-ist" or "-ician" opening the sentence.
        if range.count >= 3, opener, entry == nil, !openerIsParticle, wordKeys.count == range.count,
           wordKeys[0].hasSuffix("ist") || wordKeys[0].hasSuffix("ician"), wordKeys[0].utf8.count >= 6,
           !gazetteer.givenNames.contains(wordKeys[0]), gazetteer.entry(wordKeys[0]) == nil {
            return classify((first + 1)..<range.upperBound, role: role, forcedType: forcedType, headline: headline, lowercaseWords: lowercaseWords)
        }
        // "Volunteer Rita Almeida": an occupation in front of a given name at a sentence start.
        if range.count >= 3, opener, entry == nil, !openerIsParticle, gazetteer.entry(wordKeys[0]) == nil,
           !gazetteer.givenNames.contains(wordKeys[0]), gazetteer.givenNames.contains(wordKeys[1]) {
            return classify((first + 1)..<range.upperBound, role: role, forcedType: forcedType, headline: headline, lowercaseWords: lowercaseWords)
        }
        if entry == nil, isPortfolio(range, wordKeys: wordKeys) { return nil }
        if range.count == 1 {
            // "Separately, ...": an everyday word opening the sentence before a comma is a word,
            // even when an appositive after the comma reads like a role.
            if opener, entry == nil, sentence.isComma(first + 1), !sentence.tokens[first].isAllCaps, gazetteer.commonWords.contains(key) {
                return nil
            }
            var letters = 0
            for scalar in sentence.scalars[start..<end] where NameTokenizer.isLetter(scalar) { letters += 1 }
            // "H20" and "A320" are models, however few letters they have ("Q3" is a quarter).
            let isModelNumber = isProduct && end - start >= 3
            if letters < 2, entry?.kind != .organisation, !isModelNumber { return nil }
            // "US" and "WHO" in capitals are names; "Us" and "Who" are words.
            let isAcronym = sentence.tokens[first].isAllCaps && !headline
            if gazetteer.notNames.contains(key) && !isAcronym || gazetteer.titles.contains(key) { return nil }
            // "AI", "CEO", "EVs": capitals that abbreviate a common noun are no name.
            if ContextWords.commonNounAcronyms.contains(key), isCapitalsAcronym(start, end) { return nil }
            // A capitalised opener the story also writes in lower case is a word ("Police",
            // "Deal"), even if some town bears the name; countries and peoples still count.
            let kind = entry?.kind
            if opener || headline, lowercaseWords.contains(key),
               kind != .country && kind != .demonym && kind != .organisation { return nil }
            // In a Title Case headline a party or body named by a word the story also writes in
            // lower case ("Labour Shortage", "Reform Plan") is that word.
            if headline, !isAcronym, kind == .organisation || kind == .product, lowercaseWords.contains(key) { return nil }
        }
        if gazetteer.titleFirstWords.contains(sentence.key(first)), sentence.phrase(range, isIn: gazetteer.titles) { return nil }

        var candidate = NameCandidate(start: start, end: end, text: text, key: key, wordKeys: wordKeys, type: .other,
                                      evidence: .guess, role: role, canonical: nil, needsConfirmation: false)
        let (type, evidence, canonical) = forcedType.map { ($0, TypeEvidence.known, nil) }
            ?? (isProduct ? (.other, .known, nil) : decideType(range, key: key, entry: entry, wordKeys: wordKeys, role: role, lowercaseWords: lowercaseWords))
        candidate.type = type
        candidate.evidence = evidence
        candidate.canonical = canonical
        candidate.gazetteerKind = entry?.kind
        candidate.wordOffsets = range.compactMap { index in
            let token = sentence.tokens[index]
            guard token.kind == .word, token.end > start, token.start < end else { return nil }
            return max(token.start, start)..<min(token.end, end)
        }

        // An acronym of three or more capitals opening a body sentence ("UEFA said") is a
        // name: common words are not written in capitals outside headlines.
        let isBodyAcronym = !headline && sentence.tokens[first].isAllCaps && end - start >= 3
        // "Météo-France", "Radio-Canada": a capital after a hyphen is no sentence opener's.
        let isCapitalisedCompound = range.count == 1 && !headline && isHyphenatedCapitals(start, end)
        if range.count == 1, evidence < .known, opener || headline, !isBodyAcronym, !isCapitalisedCompound {
            candidate.needsConfirmation = true
        }
        if headline, evidence < .known, range.count > 1, lowercaseWords.contains(wordKeys[0]) {
            candidate.needsConfirmation = true
        }
        return candidate
    }

    private func decideType(_ range: Range<Int>, key: String, entry: GazetteerEntry?, wordKeys: [String], role: String?,
                            lowercaseWords: LowercaseWords) -> (EntityType, TypeEvidence, String?) {
        // "regulator FOCA": capitals after a kind of organisation are an acronym, not the
        // town of that spelling.
        if let entry, entry.kind == .city || entry.kind == .region, range.count == 1,
           sentence.tokens[range.lowerBound].isAllCaps, followsOrganisationNoun(range) {
            return (.org, .known, nil)
        }
        // "a chemist at Cambridge", "studied at Oxford": the town's university.
        if let entry, entry.kind == .city, range.count == 1, let university = gazetteer.universityTowns[key],
           followsWorkplaceAt(range, verbs: ContextWords.universityVerbs) || isUniversityModifier(range) {
            return (.org, .known, university)
        }
        // "Liverpool beat Chelsea 2-1": a town's name is its club in a match report.
        if let entry, entry.kind == .city, range.count == 1, let club = gazetteer.clubTowns[key], isClubInMatch(range) {
            return (.org, .known, club)
        }
        // "Mr Ford", "Ms Shell": a courtesy title makes a company's name a person's.
        if let entry, entry.kind == .company, range.count == 1, let role, Self.courtesyTitles.contains(NameFolding.key(role)) {
            return (.person, .known, nil)
        }
        // "Antofagasta, a London-listed miner": an appositive naming a kind of business makes a
        // town's name the company's.
        if let entry, entry.kind == .city || entry.kind == .region, range.count == 1, hasOrganisationAppositive(range) {
            return (.org, .known, nil)
        }
        if let entry {
            return (entry.type, .known, entry.canonical)
        }
        let lastKey = wordKeys.last ?? key
        let firstKey = wordKeys.first ?? key
        // "of", "for" or a possessive inside ("King's College London") ties an organisation
        // word anywhere in the name to the whole name.
        let hasOfOrFor = wordKeys.contains { $0 == "of" || $0 == "for" || $0 == "on" || $0.hasSuffix("'s") || $0.hasSuffix("'") }
        // "Finance Bill", "Online Safety Bill": a bill before parliament, not a man called Bill;
        // "Petroleum Industry Act": a law, whatever kind of body its first word names.
        if wordKeys.count >= 2, lastKey == "bill" || lastKey == "act", !gazetteer.givenNames.contains(firstKey) { return (.other, .known, nil) }
        if wordKeys.count >= 2, gazetteer.organisationWords.contains(lastKey) || gazetteer.organisationWords.contains(firstKey)
            || hasOfOrFor && wordKeys.contains(where: gazetteer.organisationWords.contains) {
            return (.org, .known, nil)
        }
        // "Ridley & Marsh", "Rothschild & Co": firms, not people.
        if range.contains(where: sentence.isAmpersand) { return (.org, .known, nil) }
        // "the vaccine, Plasmovax,", "the drug Zelvira": a product named after its kind.
        if isNamedProduct(range) { return (.other, .context, nil) }
        // "Operation Spiderweb", "Operation Iron Swords": a named military operation.
        // "Abenomics", "Bidenomics": a leader's economic policy.
        if wordKeys.count == 1, key.hasSuffix("nomics") { return (.other, .context, nil) }
        if wordKeys.count >= 2, ContextWords.businessUnitWords.contains(lastKey), !gazetteer.givenNames.contains(firstKey) {
            return (.org, .known, nil)
        }
        if ContextWords.eventWords.contains(lastKey) || wordKeys.count >= 2 && wordKeys.dropLast().last == "war"
            || wordKeys.count >= 2 && firstKey == Self.operationWord {
            return (.other, .known, nil)
        }
        if wordKeys.count >= 2, ContextWords.placeDesignators.contains(lastKey) {
            return (.place, .known, nil)
        }
        // "KM Sinar Bangun", "HMS Victory": a ship, named with its prefix.
        if wordKeys.count >= 2, sentence.tokens[range.lowerBound].isAllCaps, ContextWords.shipPrefixes.contains(firstKey) {
            return (.other, .known, nil)
        }
        // "Lake Toba", "Mount Kenya": a place named after its kind.
        if wordKeys.count >= 2, ContextWords.placeHeads.contains(firstKey), !sentence.tokens[range.lowerBound].isAllCaps {
            return (.place, .known, nil)
        }
        if role != nil { return (.person, .known, nil) }
        // "the Commission", "the Ministry": an organisation word alone stands for a longer name.
        if wordKeys.count == 1, gazetteer.organisationWords.contains(key) { return (.org, .context, nil) }
        // "an analyst at Jefferies", "a professor at the Sorbonne": an employer; "the law firm
        // Clifford Chance", "shipping group Maersk": a firm, whatever given name it starts with.
        if followsWorkplaceAt(range) { return (.org, .context, nil) }
        // Strong enough to type the same name elsewhere in the story ("written to NAV Portugal",
        // "Foundem, a small British price-comparison site,").
        if followsOrganisationNoun(range) || hasOrganisationAppositive(range) || namesNewsOutlet(range) { return (.org, .known, nil) }
        if !gazetteer.givenNames.contains(firstKey), hasOrganisationContext(range) { return (.org, .known, nil) }
        // Given names too: "(Novo)" after a politician is a party, however many Novos there are.
        if isBracketedAfterName(range) { return (.org, .context, nil) }
        if let after = sentence.lowercaseWord(range.upperBound),
           ContextWords.businessNounsAfterNames.contains(after) || ContextWords.organisationNouns.contains(after) || after == "start-up" {
            // "a Berkshire start-up", "a Leeds firm": one word after "a" says where the business is.
            let article = sentence.lowercaseWord(range.lowerBound - 1)
            if wordKeys.count == 1, article == "a" || article == "an" { return (.place, .context, nil) }
            // "the Liberty Ostrava steelworks", "the John Lewis group": a kind of business after
            // the name, whatever given name it starts with.
            if ContextWords.businessNounsAfterNames.contains(after) { return (.org, .context, nil) }
        }
        // "through the Kerem Shalom crossing": "the" before and a place noun after make a
        // place, whatever given name it starts with (people are not written with "the").
        if sentence.lowercaseWord(range.lowerBound - 1) == "the", let after = sentence.lowercaseWord(range.upperBound),
           ContextWords.placeNouns.contains(after) {
            return (.place, ContextWords.areaNouns.contains(after) ? .known : .context, nil)
        }
        // "the Tomari nuclear plant", "the Ramstein air base", "the Jenin refugee camp": a kind
        // of site between the name and the place noun.
        if sentence.lowercaseWord(range.lowerBound - 1) == "the", let kind = sentence.lowercaseWord(range.upperBound),
           ContextWords.siteKinds.contains(kind) {
            var next = range.upperBound + 1
            if let word = sentence.lowercaseWord(next), ContextWords.siteKinds.contains(word) { next += 1 }
            if let noun = sentence.lowercaseWord(next), ContextWords.placeNouns.contains(noun) || noun == "camp" || noun == "camps" {
                return (.place, .context, nil)
            }
        }
        if wordKeys.count >= 2, gazetteer.givenNames.contains(firstKey), gazetteer.entry(lastKey)?.type != .group {
            return (.person, .known, nil)
        }
        // "Parks Canada", "Team USA", "Radio Canada": a name ending in a country, with no given
        // name before it ("Luís Montenegro"), is a body of that country.
        if wordKeys.count >= 2, gazetteer.entry(lastKey)?.kind == .country { return (.org, .context, nil) }
        let before1 = sentence.lowercaseWord(range.lowerBound - 1)
        let before2 = sentence.lowercaseWord(range.lowerBound - 2)
        let after1 = sentence.lowercaseWord(range.upperBound)
        // "the Tohoku region", "the Kursk oblast": a word for an area of land makes a place
        // as surely as the gazetteer would, even in a story that also names "Tohoku Electric".
        if let after1, ContextWords.areaNouns.contains(after1) { return (.place, .known, nil) }
        if let after1, ContextWords.placeNouns.contains(after1) { return (.place, .context, nil) }
        // "its Blackwell chips", "the Zelvira vaccine": an unknown name before a kind of product
        // names the product.
        if let after1, ContextWords.productNouns.contains(after1) || ContextWords.productNounsAfterNames.contains(after1),
           wordKeys.count <= 2, !gazetteer.givenNames.contains(firstKey), !sentence.tokens[range.lowerBound].isAllCaps {
            // Capitals are an operator's acronym ("a TAP jet"), not a model's name.
            return (.other, .context, nil)
        }
        if let before1, before1 == "of", let before2, ContextWords.placeNouns.contains(before2) { return (.place, .context, nil) }
        // "AtmoSud", "TotalEnergies": a capital inside one word, after more than a surname's
        // prefix ("McDonald", "DeSantis"), is a brand's or body's spelling.
        if wordKeys.count == 1, range.count == 1, hasInnerCapital(range.lowerBound) { return (.org, .context, nil) }
        if let after1, ContextWords.speechVerbs.contains(after1) {
            return (wordKeys.count == 1 && sentence.tokens[range.lowerBound].isAllCaps ? .org : .person, .context, nil)
        }
        if before1 == "to", before2 == "according" {
            return (sentence.tokens[range.lowerBound].isAllCaps ? .org : .person, .context, nil)
        }
        // "data from Dataforce", "estimates by Kpler": the source of figures is a body.
        if let before1, before1 == "from" || before1 == "by", let before2, ContextWords.figureSources.contains(before2) {
            return (.org, .context, nil)
        }
        if let before1, ContextWords.placePrepositions.contains(before1), wordKeys.count <= 2 {
            // "speaking to RNZ": unknown capitals are a body's acronym, not a town.
            if wordKeys.count == 1, isCapitalsAcronym(start(of: range), end(of: range)), key.count >= 3 { return (.org, .context, nil) }
            return (.place, .context, nil)
        }
        // "Left Bloc", "Civic Platform": an unknown name ending in a word the story also writes
        // in lower case is more often an organisation than a person with such a surname.
        if wordKeys.count >= 2, !gazetteer.givenNames.contains(firstKey), lowercaseWords.contains(lastKey),
           !ContextWords.speechVerbs.contains(lastKey), !ContextWords.nameParticles.contains(lastKey) {
            return (.org, .guess, nil)
        }
        if wordKeys.count >= 2, let shape = nonPersonShape(wordKeys, startIndex: range.lowerBound) { return (shape, .guess, nil) }
        if wordKeys.count >= 2 { return (.person, .guess, nil) }
        // "his son Diego": a given name alone, with nothing saying otherwise, is someone.
        if gazetteer.givenNames.contains(key) { return (.person, .guess, nil) }
        // An unknown single capitalised word with no context: in news most often a company,
        // agency or outlet (people and places usually come with a title or preposition).
        return (.org, .guess, nil)
    }

    /// Names that no one is called, with nothing else saying what they are: a country's name
    /// then more ("Italia Viva", "US Treasuries": a body), or three words or more with no given
    /// name among them and two everyday words ("European Flood Awareness System"). A town's name
    /// first says nothing: small towns share names with people ("Eden Hazard", "Pinto Luz").
    private func nonPersonShape(_ wordKeys: [String], startIndex: Int) -> EntityType? {
        let first = wordKeys[0]
        // "the Western Pacific", "Northern Kivu": a direction before a place is a place.
        if wordKeys.count == 2, ContextWords.compassWords.contains(first), gazetteer.entry(wordKeys[1])?.type == .place { return .place }
        guard !gazetteer.givenNames.contains(first) else { return nil }
        // "the Clock End", "the Vaal Triangle": no one is written with "the" before the name.
        if sentence.lowercaseWord(startIndex - 1) == "the" { return .org }
        // "Swiss Re", "French Connection": a people's name opening a name is a firm's.
        if let kind = gazetteer.entry(first)?.kind, kind == .country || kind == .demonym { return .org }
        if wordKeys.count >= 3, !wordKeys.contains(where: gazetteer.givenNames.contains),
           wordKeys.filter({ gazetteer.commonWords.contains($0) }).count >= 2 {
            return .org
        }
        return nil
    }

    /// "an analyst at Jefferies", "Analysts at the Sorbonne": a worker (or one of `verbs`,
    /// "studied at") then "at", so the name is where they work.
    private func followsWorkplaceAt(_ range: Range<Int>, verbs: Set<String> = []) -> Bool {
        let atIndex = sentence.lowercaseWord(range.lowerBound - 1) == "the" ? range.lowerBound - 2 : range.lowerBound - 1
        // The worker may open the sentence ("Analysts at Clifford Chance expect ...").
        guard sentence.lowercaseWord(atIndex) == "at", atIndex >= 1, sentence.tokens[atIndex - 1].kind == .word else { return false }
        let worker = sentence.key(atIndex - 1)
        return ContextWords.workplaceNouns.contains(worker) || verbs.contains(worker)
    }

    /// "Minister Delegate for Artificial Intelligence and Digital Affairs", "Commissioner for
    /// Trade": capitalised words after a title and "for" (and after "and" in such a list) name a
    /// portfolio, not a body or a person, unless a given name says someone follows.
    private func isPortfolio(_ range: Range<Int>, wordKeys: [String]) -> Bool {
        guard !wordKeys.contains(where: gazetteer.givenNames.contains) else { return false }
        var index = range.lowerBound - 1
        for _ in 0..<3 {
            guard let word = sentence.lowercaseWord(index) else { return false }
            if word == "for" {
                return index >= 1 && sentence.tokens[index - 1].kind == .word && Self.portfolioHolders.contains(sentence.key(index - 1))
            }
            guard word == "and" else { return false }
            index -= 1
            while index >= 0, sentence.tokens[index].kind == .word, sentence.tokens[index].isCapitalised { index -= 1 }
        }
        return false
    }

    /// Offices held "for" a portfolio ("Minister for Trade", "Commissioner for Energy"); not a
    /// spokesperson, who speaks for a body ("a spokesman for Lufthansa").
    static let portfolioHolders: Set<String> = [
        "minister", "ministers", "secretary", "commissioner", "delegate", "state", "undersecretary",
        "under-secretary", "envoy", "rapporteur", "czar", "tsar", "representative",
    ]

    private func start(of range: Range<Int>) -> Int { sentence.tokens[range.lowerBound].start }
    private func end(of range: Range<Int>) -> Int { sentence.tokens[range.upperBound - 1].end }

    /// A capitalised word with one more capital after three lower-case letters or more, not
    /// after a surname's prefix.
    private func hasInnerCapital(_ index: Int) -> Bool {
        let token = sentence.tokens[index]
        guard token.kind == .word, !token.isAllCaps, NameTokenizer.isUpper(sentence.scalars[token.start]) else { return false }
        var offset = token.start + 1
        while offset < token.end, NameTokenizer.isLetter(sentence.scalars[offset]), !NameTokenizer.isUpper(sentence.scalars[offset]) { offset += 1 }
        guard offset < token.end, offset - token.start >= 3, NameTokenizer.isUpper(sentence.scalars[offset]),
              offset + 1 < token.end, !NameTokenizer.isUpper(sentence.scalars[offset + 1]) else { return false }
        let prefix = NameFolding.key(sentence.scalars[token.start..<offset])
        return !Self.surnamePrefixes.contains(prefix)
    }

    /// Written joined before a capital in surnames ("MacArthur", "DiCaprio", "LaGuardia").
    static let surnamePrefixes: Set<String> = ["mac", "fitz", "van", "von", "del", "della", "des", "les", "ten", "ter"]

    /// Two or more parts joined by hyphens, each starting with a capital letter.
    private func isHyphenatedCapitals(_ start: Int, _ end: Int) -> Bool {
        var parts = 0
        var partStart = true
        for offset in start..<end {
            let scalar = sentence.scalars[offset]
            if scalar == "-" || scalar == "\u{2010}" {
                partStart = true
            } else if partStart {
                guard NameTokenizer.isUpper(scalar) else { return false }
                parts += 1
                partStart = false
            }
        }
        return parts >= 2
    }

    /// Capitals throughout, allowing a plural "s" ("EVs"): an acronym, not "Ai" the surname.
    private func isCapitalsAcronym(_ start: Int, _ end: Int) -> Bool {
        var capitals = 0
        for offset in start..<end {
            let scalar = sentence.scalars[offset]
            if NameTokenizer.isUpper(scalar) { capitals += 1 } else if !(offset == end - 1 && scalar == "s") { return false }
        }
        return capitals >= 2
    }

    /// Whether the name's last word says what kind of thing it names (an organisation, a place,
    /// an event, a legal form): then its first word belongs to it, however common.
    private func endsInKindWord(_ wordKeys: [String]) -> Bool {
        guard let last = wordKeys.last else { return false }
        return gazetteer.organisationWords.contains(last) || ContextWords.placeDesignators.contains(last)
            || ContextWords.eventWords.contains(last) || ContextWords.legalSuffixes.contains(last)
            || ContextWords.companyTailWords.contains(last)
    }

    /// Starts the name of a military operation, and belongs to it ("Operation Spiderweb").
    static let operationWord = "operation"

    /// "Oxford's Jenner Institute", "an Oxford-led study": a university town owning one of
    /// the university's bodies, or leading research.
    private func isUniversityModifier(_ range: Range<Int>) -> Bool {
        let index = range.upperBound - 1
        if let tail = sentence.lowercaseTail(index), tail.tail == "led" { return true }
        guard sentence.tokens[index].hasPossessive else { return false }
        var next = range.upperBound
        while sentence.isCapitalisedWord(next), next - range.upperBound < 5 {
            if gazetteer.organisationWords.contains(sentence.key(next)) { return true }
            if sentence.tokens[next].hasPossessive { break }
            next += 1
        }
        return false
    }

    static let courtesyTitles: Set<String> = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady"]

    private func followsOrganisationNoun(_ range: Range<Int>) -> Bool {
        guard let noun = sentence.lowercaseWord(range.lowerBound - 1) else { return false }
        return ContextWords.organisationNouns.contains(noun)
    }

    static let appositiveStops: Set<String> = [
        "at", "of", "in", "for", "with", "from", "on", "by", "who", "which", "that", "whose", "and", "or", "to",
    ]

    /// "Foundem, a small British price-comparison site": a comma, "a" or "an", and within five
    /// words a kind of organisation.
    private func hasOrganisationAppositive(_ range: Range<Int>) -> Bool {
        var index = range.upperBound
        guard index < sentence.tokens.count, sentence.tokens[index].kind == .punctuation,
              sentence.scalars[sentence.tokens[index].start] == "," else { return false }
        index += 1
        // "the group formerly known as ..." too; a possessive stops it ("the firm's lawyer").
        guard let article = sentence.lowercaseWord(index), article == "a" || article == "an" || article == "the" else { return false }
        index += 1
        var words = 0
        while index < sentence.tokens.count, words < 6 {
            let token = sentence.tokens[index]
            if token.kind == .punctuation {
                // Hyphens join the words of a compound ("price-comparison site").
                guard sentence.scalars[token.start] == "-" else { return false }
                index += 1
                continue
            }
            guard token.kind == .word, !token.hasPossessive else { return false }
            // The appositive's head comes before any preposition: "Bill Chen, a partner at the
            // law firm ..." is a person.
            if let word = sentence.lowercaseWord(index), Self.appositiveStops.contains(word) { return false }
            if let word = sentence.lowercaseWord(index),
               ContextWords.organisationNouns.contains(word) || ContextWords.appositiveOrganisationNouns.contains(word) {
                return true
            }
            words += 1
            index += 1
        }
        return false
    }

    private func isNamedProduct(_ range: Range<Int>) -> Bool {
        var before = range.lowerBound - 1
        if before >= 0, sentence.tokens[before].kind == .punctuation, sentence.scalars[sentence.tokens[before].start] == "," {
            // The appositive must close with a comma or the sentence's end, not run on.
            let after = range.upperBound
            guard after >= sentence.tokens.count || sentence.tokens[after].kind == .punctuation else { return false }
            before -= 1
        }
        guard let noun = sentence.lowercaseWord(before) else { return false }
        return ContextWords.productNouns.contains(noun)
    }

    /// "Buying", "Speaking": a word in "-ing" long enough not to be a short name.
    static func isGerund(_ key: String) -> Bool {
        key.utf8.count >= 6 && key.hasSuffix("ing")
    }

    /// Drops a trailing lower-case connector that may have been joined ("of" at the end).
    private func trimmedHyphenParts(_ range: Range<Int>) -> Range<Int>? {
        var upper = range.upperBound
        while upper > range.lowerBound, !sentence.tokens[upper - 1].isCapitalised { upper -= 1 }
        return range.lowerBound..<upper
    }

    /// For a single token with a hyphen next to a lower-case part, the capitalised part's span
    /// ("Russian" in "Russian-backed", "Kremlin" in "pro-Kremlin"); nil when no cut applies.
    private func hyphenCut(_ index: Int) -> (start: Int, end: Int)? {
        let token = sentence.tokens[index]
        let scalars = sentence.scalars
        var parts: [(start: Int, end: Int)] = []
        var partStart = token.start
        for offset in token.start..<token.end where scalars[offset] == "-" || scalars[offset] == "\u{2010}" {
            parts.append((partStart, offset))
            partStart = offset + 1
        }
        guard !parts.isEmpty else { return nil }
        parts.append((partStart, token.end))
        if gazetteer.entry(NameFolding.key(string(token.start, token.end))) != nil { return nil }
        if let tail = sentence.lowercaseTail(index), !gazetteer.isModifierTail(head: tail.head, tail: tail.tail),
           NameTokenizer.isUpper(scalars[token.start]) {
            return nil
        }
        let capitalised = parts.filter { NameTokenizer.isUpper(scalars[$0.start]) }
        // Every part capitalised ("Ivano-Frankivsk", "Commander-In-Chief"): one name.
        if capitalised.count == parts.count { return nil }
        guard let first = capitalised.first, let last = capitalised.last else { return nil }
        return (first.start, last.end)
    }

    private func string(_ start: Int, _ end: Int) -> String {
        NameFolding.string(sentence.scalars[start..<end])
    }
}
