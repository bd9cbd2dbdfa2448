/// Makes recognition consistent across a story: a name typed with good evidence in one place
/// lends its type to weaker sightings of the same name; "Syrskyi" after "Oleksandr Syrskyi"
/// is the same person; an acronym defined once ("Institute for the Study of War (ISW)")
/// stands for its long form everywhere; unconfirmed openers and headline words are dropped
/// unless the story names them elsewhere.
struct StoryConsistency {
    let gazetteer: Gazetteer

    /// Expansion of an acronym defined in the text.
    struct Acronym {
        var type: EntityType
        var longForm: String
    }

    /// What the whole story says about names, gathered before any candidate is changed.
    private struct StoryNames {
        var bestType: [String: (type: EntityType, evidence: TypeEvidence)] = [:]
        var confirmed: Set<String> = []
        var personSurnames: Set<String> = []
        /// Skeletons of those surnames, so "Zelenskiy" opening a sentence is confirmed by
        /// "Volodymyr Zelensky" elsewhere.
        var surnameSkeletons: Set<String> = []
        /// First words of multi-word organisation names ("hanseong" of "Hanseong Semiconductor").
        var organisationHeads: Set<String> = []
        /// Towns the story names as their club in a match report ("Leeds beat Burnley 3-1").
        var clubTowns: Set<String> = []
        /// First words of people's full names that are not given names: family names written
        /// first ("xi" of "Xi Jinping"), which a story goes on to use alone.
        var familyNamesFirst: Set<String> = []

        /// Every distinct key of the story's candidates, and what is known of each: a candidate
        /// looks its key up once instead of hashing it into every set above.
        var ids = StringIDs()
        var facts: [KeyFacts] = []
        /// Fingerprints of the confirmed names of two or more words, so a word before a name
        /// is tried as part of it without building the longer key first.
        var confirmedLongFingerprints = FingerprintSet()

        /// The surname of a person named in full, or a transliteration of one.
        func isSurname(_ key: String) -> Bool {
            personSurnames.contains(key) || familyNamesFirst.contains(key)
                || key.count >= 5 && surnameSkeletons.contains(NameSimilarity.skeleton(key))
        }

        /// What the story says about `key`: looked up for a key the story's candidates have,
        /// worked out from the sets for one cut or joined from them.
        func facts(_ key: String, acronyms: [String: Acronym], nicknames: [String: Acronym]) -> KeyFacts {
            if let id = ids.existingID(key) { return facts[id] }
            return KeyFacts(key, names: self, acronyms: acronyms, nicknames: nicknames)
        }
    }

    /// Everything the rewrite asks about one key, answered once per distinct key.
    private struct KeyFacts {
        var bestType: (type: EntityType, evidence: TypeEvidence)?
        var confirmed: Bool
        var personSurname: Bool
        var isSurname: Bool
        var organisationHead: Bool
        var acronym: Acronym?
        var nickname: Acronym?

        init(_ key: String, names: StoryNames, acronyms: [String: Acronym], nicknames: [String: Acronym]) {
            bestType = names.bestType[key]
            confirmed = names.confirmed.contains(key)
            personSurname = names.personSurnames.contains(key)
            isSurname = names.isSurname(key)
            organisationHead = names.organisationHeads.contains(key)
            acronym = acronyms[key]
            nickname = nicknames[key]
        }
    }

    /// Takes the candidates over and rewrites them a chunk of articles at a time, each chunk's
    /// articles on all cores, so a long story never holds two full copies of its candidates.
    /// With `concurrent` false the articles are rewritten one by one; the result is the same.
    func apply(_ candidates: consuming [[NameCandidate]], articles: [Article], concurrent: Bool = true) -> [[NameCandidate]] {
        var result = candidates
        let acronyms = definedAcronyms(result, articles: articles)
        let nicknames = statedNicknames(result, articles: articles)
        let names = storyNames(result, acronyms: acronyms, nicknames: nicknames)
        var chunkStart = 0
        while chunkStart < result.count {
            let chunk = chunkStart..<min(result.count, chunkStart + Self.articlesPerChunk)
            var lists: [[NameCandidate]] = []
            lists.reserveCapacity(chunk.count)
            for articleIndex in chunk {
                lists.append(result[articleIndex])
                result[articleIndex] = []
            }
            let taken = lists
            lists = []
            let rewritten = Concurrent.map(chunk.count, enabled: concurrent) { offset in
                let articleIndex = chunk.lowerBound + offset
                let scalars = articleIndex < articles.count ? articles[articleIndex].scalars : []
                return rewrite(taken[offset], scalars: scalars, acronyms: acronyms, nicknames: nicknames, names: names)
            }
            for (offset, list) in rewritten.enumerated() { result[chunk.lowerBound + offset] = list }
            chunkStart = chunk.upperBound
        }
        return result
    }

    /// Articles rewritten together: enough to keep both cores busy, few enough that the copies
    /// in flight stay small.
    private static let articlesPerChunk = 64

    /// One article's candidates, made consistent with what the whole story says.
    private func rewrite(_ list: [NameCandidate], scalars: [Unicode.Scalar], acronyms: [String: Acronym],
                         nicknames: [String: Acronym], names: StoryNames) -> [NameCandidate] {
        var expanded: [NameCandidate] = []
        expanded.reserveCapacity(list.count)
        for candidate in list {
            // Most candidates are confirmed single names: keep them without building parts.
            if !candidate.needsConfirmation, !Self.containsHyphen(candidate.key) {
                expanded.append(candidate)
            } else {
                expanded.append(contentsOf: confirmedParts(candidate, names: names, scalars: scalars, acronyms: acronyms, nicknames: nicknames))
            }
        }
        for index in expanded.indices {
            restoreDroppedWord(&expanded[index], after: index > 0 ? expanded[index - 1].end : 0, names: names, scalars: scalars)
        }
        // A place named like a person named in full in this article is the person:
        // "Montenegro" after "Prime Minister Luís Montenegro".
        // Worked out once per name: retyping changes types, never words.
        let surnames = expanded.map { $0.wordKeys.count >= 2 ? surname($0) : nil }
        var articleSurnames: Set<String> = []
        for index in expanded.indices where expanded[index].type == .person {
            if let surname = surnames[index] { articleSurnames.insert(surname) }
        }
        for index in expanded.indices {
            let facts = names.facts(expanded[index].key, acronyms: acronyms, nicknames: nicknames)
            retype(&expanded[index], facts: facts)
            if let nickname = facts.nickname, expanded[index].wordKeys.count == 1,
               expanded[index].evidence < .known || expanded[index].type == nickname.type {
                expanded[index].type = nickname.type
                expanded[index].canonical = nickname.longForm
                expanded[index].evidence = max(expanded[index].evidence, .context)
            }
            // A town the story names as its club in a match report is the club wherever no
            // place preposition puts it on the map ("up to Newcastle", but "born in Newcastle").
            // Once one town is a club, the story is a sports report: other clubs' towns are clubs too.
            if expanded[index].type == .place, !names.clubTowns.isEmpty, gazetteer.clubTowns[expanded[index].key] != nil,
               expanded[index].gazetteerKind == .city,
               !followsPlacePreposition(expanded[index].start, scalars: scalars) {
                expanded[index].type = .org
                expanded[index].canonical = gazetteer.clubTowns[expanded[index].key]
                expanded[index].evidence = .context
            }
            if expanded[index].type == .place, expanded[index].wordKeys.count == 1, articleSurnames.contains(expanded[index].key) {
                expanded[index].type = .person
                expanded[index].canonical = nil
                expanded[index].evidence = .context
            }
        }
        coordinate(&expanded, scalars: scalars)
        resolveShortForms(&expanded, surnames: surnames)
        return expanded
    }

    /// Whether the word before `start` is "in", "at", "near" or another preposition of place.
    private func followsPlacePreposition(_ start: Int, scalars: [Unicode.Scalar]) -> Bool {
        var end = min(start, scalars.count)
        while end > 0, scalars[end - 1] == " " { end -= 1 }
        var begin = end
        while begin > 0, end - begin < 12, NameTokenizer.isLetter(scalars[begin - 1]) { begin -= 1 }
        guard begin < end else { return false }
        return Self.placeWordsBeforeTowns.contains(NameFolding.key(NameFolding.string(scalars[begin..<end])))
    }

    private static let placeWordsBeforeTowns: Set<String> = [
        "in", "at", "on", "near", "outside", "around", "across", "through", "towards", "toward", "of", "inside",
    ]

    private func storyNames(_ candidates: [[NameCandidate]], acronyms: [String: Acronym], nicknames: [String: Acronym]) -> StoryNames {
        var names = StoryNames()
        // Per distinct key, numbered by `ids`: the best type, whether confirmed, and the first
        // confirmed candidate of two or more words (by indices, not a copy: copying a candidate
        // retains its strings and arrays). Long names are looked at once per spelling.
        var bestTypes: [(type: EntityType, evidence: TypeEvidence)] = []
        var confirmedIDs: [Bool] = []
        var longNames: [(list: Int, index: Int)?] = []
        for (listIndex, list) in candidates.enumerated() {
            for index in list.indices {
                let id = names.ids.id(list[index].key)
                let evidence = list[index].evidence
                if list[index].type == .org, list[index].gazetteerKind == .city, gazetteer.clubTowns[list[index].key] != nil {
                    names.clubTowns.insert(list[index].key)
                }
                if id == bestTypes.count {
                    bestTypes.append((list[index].type, evidence))
                    confirmedIDs.append(false)
                    longNames.append(nil)
                } else if bestTypes[id].evidence < evidence {
                    bestTypes[id] = (list[index].type, evidence)
                }
                if !list[index].needsConfirmation {
                    confirmedIDs[id] = true
                    if list[index].wordKeys.count >= 2, longNames[id] == nil { longNames[id] = (listIndex, index) }
                }
            }
        }
        names.bestType.reserveCapacity(bestTypes.count)
        for (id, best) in bestTypes.enumerated() {
            let key = names.ids[id]
            names.bestType[key] = best
            guard confirmedIDs[id] else { continue }
            names.confirmed.insert(key)
            if key.utf8.contains(UInt8(ascii: " ")) { names.confirmedLongFingerprints.insert(SortedNameTable.fingerprint(key)) }
        }
        for (id, position) in longNames.enumerated() {
            guard let position else { continue }
            let key = names.ids[id]
            let candidate = candidates[position.list][position.index]
            switch names.bestType[key]?.type {
            case .person?:
                if let surname = surname(candidate) {
                    names.personSurnames.insert(surname)
                    names.surnameSkeletons.insert(NameSimilarity.skeleton(surname))
                    // "Jolani" for "al-Jolani": the Arabic article is written or dropped at will.
                    if let hyphen = surname.firstIndex(of: "-"), ContextWords.arabicArticles.contains(String(surname[..<hyphen])) {
                        let bare = String(surname[surname.index(after: hyphen)...])
                        names.personSurnames.insert(bare)
                        names.surnameSkeletons.insert(NameSimilarity.skeleton(bare))
                    }
                }
                if let first = candidate.wordKeys.first, !gazetteer.givenNames.contains(first), !gazetteer.notNames.contains(first) {
                    names.familyNamesFirst.insert(first)
                }
            case .org?:
                if let first = candidate.wordKeys.first, let last = candidate.wordKeys.last,
                   gazetteer.organisationWords.contains(last) {
                    names.organisationHeads.insert(first)
                }
            default: break
            }
        }
        let facts = names.ids.strings.map { KeyFacts($0, names: names, acronyms: acronyms, nicknames: nicknames) }
        names.facts = facts
        return names
    }

    /// A candidate as it stands, or the parts of it the story confirms: "Lavrov" out of the
    /// headline run "Lavrov Dismisses", "Putin" and "Trump" out of "Putin-Trump".
    private func confirmedParts(_ candidate: NameCandidate, names: StoryNames, scalars: [Unicode.Scalar],
                                acronyms: [String: Acronym], nicknames: [String: Acronym]) -> [NameCandidate] {
        func isConfirmed(_ key: String) -> Bool {
            let known = names.ids.existingID(key).map { names.facts[$0].confirmed || names.facts[$0].personSurname }
                ?? (names.confirmed.contains(key) || names.personSurnames.contains(key))
            return known || gazetteer.entry(key) != nil
        }
        if candidate.needsConfirmation {
            // "Ostrand said" opening a sentence, after "Ostrand Foods" elsewhere, is the firm.
            let facts = names.facts(candidate.key, acronyms: acronyms, nicknames: nicknames)
            let isShortForm = candidate.wordKeys.count == 1 && (facts.isSurname || facts.organisationHead)
            if facts.confirmed || isShortForm {
                var kept = candidate
                kept.needsConfirmation = false
                return [kept]
            }
            guard candidate.wordOffsets.count >= 2 else { return hyphenatedParts(candidate, scalars: scalars, isConfirmed: isConfirmed) ?? [] }
            var parts: [NameCandidate] = []
            var index = 0
            let words = candidate.wordOffsets
            while index < words.count {
                var end = words.count
                while end > index {
                    var part = make(words[index].lowerBound, words[end - 1].upperBound, like: candidate, scalars: scalars)
                    if isConfirmed(part.key), !gazetteer.notNames.contains(part.key) {
                        // The part is typed as the story types it, not as the longer run was.
                        if part.evidence < .known, let best = names.bestType[part.key] {
                            part.type = best.type
                            part.evidence = best.evidence
                        }
                        parts.append(part)
                        break
                    }
                    end -= 1
                }
                index = max(end, index + 1)
            }
            return parts
        }
        return hyphenatedParts(candidate, scalars: scalars, isConfirmed: isConfirmed) ?? [candidate]
    }

    /// Hyphenated pairs of names ("Armenia-Azerbaijan", "Putin-Trump"), when every part is a
    /// name the story or the gazetteer knows.
    private func hyphenatedParts(_ candidate: NameCandidate, scalars: [Unicode.Scalar], isConfirmed: (String) -> Bool) -> [NameCandidate]? {
        guard candidate.wordOffsets.count == 1, Self.hasHyphen(candidate.text), gazetteer.entry(candidate.key) == nil else { return nil }
        var parts: [NameCandidate] = []
        var partStart = candidate.start
        for offset in candidate.start...candidate.end where offset == candidate.end || scalars[offset] == "-" {
            if offset > partStart { parts.append(make(partStart, offset, like: candidate, scalars: scalars)) }
            partStart = offset + 1
        }
        return parts.count >= 2 && parts.allSatisfy({ isConfirmed($0.key) }) ? parts : nil
    }

    /// `facts` are those of the candidate's key, which retyping leaves as it is.
    private func retype(_ candidate: inout NameCandidate, facts: KeyFacts) {
        if let acronym = facts.acronym {
            candidate.type = acronym.type
            // Defined in the text, the acronym beats a town of the same spelling ("KEMRI").
            if candidate.gazetteerKind != .organisation { candidate.canonical = acronym.longForm }
            candidate.evidence = .known
        }
        if candidate.evidence < .known {
            if let best = facts.bestType, best.evidence > candidate.evidence {
                candidate.type = best.type
                candidate.evidence = best.evidence
            } else if candidate.wordKeys.count == 1, facts.isSurname {
                candidate.type = .person
                candidate.evidence = .context
            }
        }
        // "Hanseong" after "Hanseong Semiconductor" is the company, whatever old city name
        // it shares; a country name stays a country ("Korea" in "Korea Exchange").
        // An unknown name its own words make a place ("the Tohoku region") stays one.
        if candidate.wordKeys.count == 1, facts.organisationHead,
           candidate.gazetteerKind == nil && !(candidate.type == .place && candidate.evidence == .known)
            || candidate.gazetteerKind == .city && candidate.canonical.map(NameFolding.key) != candidate.key {
            candidate.type = .org
            candidate.canonical = nil
            candidate.evidence = .context
        }
        // "Ribera" after "Teresa Ribera" is the commissioner, not the Spanish town; "Ford"
        // after "Harrison Ford" the actor, not the carmaker.
        if candidate.wordKeys.count == 1, candidate.gazetteerKind == .city || candidate.gazetteerKind == .company,
           facts.personSurname {
            candidate.type = .person
            candidate.canonical = nil
            candidate.evidence = .context
        }
    }

    /// A guessed name listed with a well-typed one shares its type: "in Kaohsiung and
    /// Pingtung", "Micron, Intel and Hanseong".
    private func coordinate(_ result: inout [NameCandidate], scalars: [Unicode.Scalar]) {
        // Compared as scalars: building a string per pair of neighbours costs an allocation.
        func joined(_ aEnd: Int, _ bStart: Int) -> Bool {
            guard bStart > aEnd, bStart - aEnd <= 6, bStart <= scalars.count else { return false }
            let between = scalars[aEnd..<bStart]
            return Self.listSeparators.contains { $0.elementsEqual(between) }
        }
        for index in result.indices where result[index].evidence == .guess {
            for other in [index - 1, index + 1] where result.indices.contains(other) && result[other].evidence >= .context {
                let (first, second) = other < index ? (other, index) : (index, other)
                if joined(result[first].end, result[second].start) {
                    result[index].type = result[other].type
                    result[index].evidence = .context
                    break
                }
            }
        }
    }

    private static let listSeparators: [[Unicode.Scalar]] = [" and ", ", ", " or ", ", and ", " & "].map { Array($0.unicodeScalars) }

    /// Within one article, a one-word person or organisation points at the one longer name
    /// it shortens ("Santos" → "Jose Santos" in an article naming no other Santos). A person
    /// may also be called by a given name alone, as features and tabloids call ordinary
    /// people ("Pauline Hartley, 61, ... Pauline said"): when the word is nobody's surname
    /// in the article and one person there has that given name.
    /// `surnames` are `surname` of each candidate of two or more words.
    private func resolveShortForms(_ list: inout [NameCandidate], surnames: [String?]) {
        struct ShortForm: Hashable {
            var isPerson: Bool
            var word: String
            var isGivenName = false
        }
        /// The long form a short one points at, and whether another long form shares it.
        // Most articles name few people or organisations in full: the table is sized to them,
        // and not built at all when there are none.
        var longNameCount = 0
        for index in list.indices where list[index].wordKeys.count >= 2 && (list[index].type == .person || list[index].type == .org) {
            longNameCount += 1
        }
        guard longNameCount > 0 else { return }
        var longForms: [ShortForm: (longForm: String, several: Bool)] = [:]
        longForms.reserveCapacity(longNameCount * 2)
        for index in list.indices where list[index].wordKeys.count >= 2 {
            let shortForms: [ShortForm]
            switch list[index].type {
            case .person:
                guard let surname = surnames[index] else { continue }
                let given = list[index].wordKeys[0]
                shortForms = [ShortForm(isPerson: true, word: surname)]
                    + (given != surname && gazetteer.givenNames.contains(given) ? [ShortForm(isPerson: true, word: given, isGivenName: true)] : [])
            case .org:
                let words = list[index].wordKeys
                shortForms = [ShortForm(isPerson: false, word: words[0]), ShortForm(isPerson: false, word: words[words.count - 1])]
            default: continue
            }
            let key = list[index].key
            for shortForm in shortForms {
                if let known = longForms[shortForm] {
                    if !known.several, known.longForm != key { longForms[shortForm] = (known.longForm, true) }
                } else {
                    longForms[shortForm] = (key, false)
                }
            }
        }
        guard !longForms.isEmpty else { return }
        for index in list.indices {
            let type = list[index].type
            // Only people and organisations have long forms to point at.
            guard type == .person || type == .org,
                  list[index].wordKeys.count == 1, list[index].canonical == nil || type == .person
            else { continue }
            let surnameMatch = longForms[ShortForm(isPerson: type == .person, word: list[index].key)]
            let givenMatch = type == .person && surnameMatch == nil ? longForms[ShortForm(isPerson: true, word: list[index].key, isGivenName: true)] : nil
            guard let match = surnameMatch ?? givenMatch, !match.several else { continue }
            // A city named like the person (gazetteer "Sams") is the person here.
            let kind = list[index].gazetteerKind
            if type == .person || kind == nil || kind == .city {
                list[index].canonical = match.longForm
            }
        }
    }

    /// Whether a key has a hyphen, read from its bytes.
    private static func containsHyphen(_ key: String) -> Bool {
        var key = key
        return key.withUTF8 { $0.contains(UInt8(ascii: "-")) }
    }

    /// `text.contains("-")`: ASCII text is searched by byte; other text as a `String` search
    /// (Foundation's, thousands of instructions a call), which may see a hyphen with a
    /// combining mark on it as another character.
    private static func hasHyphen(_ text: String) -> Bool {
        var text = text
        let ascii: Bool? = text.withUTF8 { bytes in
            var hyphen = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte == UInt8(ascii: "-") { hyphen = true }
            }
            return hyphen
        }
        return ascii ?? text.contains("-")
    }

    /// The word a person is called by alone: the last, ignoring "Jr."; the first when the
    /// given name is hyphenated, as Korean names are written family name first ("Park
    /// Min-jun" → "Park").
    private func surname(_ candidate: NameCandidate) -> String? {
        // The first and last words that are no suffix, and whether there are two: no array of them.
        var first: String?, last: String?, several = false
        for word in candidate.wordKeys where !ContextWords.generationalSuffixes.contains(word) {
            if first == nil { first = word } else { several = true }
            last = word
        }
        guard let last, several else { return last }
        return Self.hasHyphen(last) && !Self.lastWordIsDoubleBarrelled(candidate.text) ? first : last
    }

    /// "Sayo-Kolingba" (both parts capitalised) is one surname; "Min-jun" is a given name.
    static func lastWordIsDoubleBarrelled(_ text: String) -> Bool {
        guard let lastWord = text.unicodeScalars.split(separator: " ").last,
              let hyphen = lastWord.firstIndex(of: "-") else { return false }
        let next = lastWord.index(after: hyphen)
        return next < lastWord.endIndex && NameTokenizer.isUpper(lastWord[next])
    }

    /// "Luiz Inacio Lula da Silva and Javier Milei shook hands": a capitalised word just before
    /// a name, left out of it as a sentence opener, belongs to it when the story names the
    /// longer form elsewhere ("President Luiz Inácio Lula da Silva").
    private func restoreDroppedWord(_ candidate: inout NameCandidate, after previousEnd: Int, names: StoryNames, scalars: [Unicode.Scalar]) {
        let space = candidate.start - 1
        guard space > previousEnd, space < scalars.count, scalars[space] == " " else { return }
        var wordStart = space
        while wordStart > previousEnd, NameTokenizer.isLetter(scalars[wordStart - 1]) { wordStart -= 1 }
        guard wordStart < space, NameTokenizer.isUpper(scalars[wordStart]), space - wordStart <= 30,
              wordStart == 0 || !NameTokenizer.isLetter(scalars[wordStart - 1]) else { return }
        // Most words before a name make no confirmed name with it: the fingerprint says so first.
        if let fingerprint = Self.fingerprint(ofWord: scalars[wordStart..<space], before: candidate.key),
           !names.confirmedLongFingerprints.contains(fingerprint) { return }
        let longer = NameFolding.key(scalars[wordStart..<space]) + " " + candidate.key
        guard names.confirmed.contains(longer) else { return }
        var restored = make(wordStart, candidate.end, like: candidate, scalars: scalars)
        restored.type = candidate.type
        restored.evidence = max(restored.evidence, candidate.evidence)
        restored.role = candidate.role
        candidate = restored
    }

    /// `SortedNameTable.fingerprint` of the word's key, a space and `key`, built without the
    /// string; nil for a word with non-ASCII letters, whose key only `NameFolding` can fold.
    private static func fingerprint(ofWord word: ArraySlice<Unicode.Scalar>, before key: String) -> UInt64? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in word {
            var value = scalar.value
            guard value < 0x80 else { return nil }
            if value >= 0x41 && value <= 0x5A { value += 32 }
            hash = (hash ^ UInt64(value)) &* 0x100_0000_01b3
        }
        hash = (hash ^ UInt64(UInt8(ascii: " "))) &* 0x100_0000_01b3
        var key = key
        return key.withUTF8 { bytes in
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return hash
        }
    }

    private func make(_ start: Int, _ end: Int, like model: NameCandidate, scalars: [Unicode.Scalar]) -> NameCandidate {
        let text = NameFolding.string(scalars[start..<end])
        let key = NameFolding.keyWithoutArticle(text)
        let entry = gazetteer.entry(key)
        return NameCandidate(start: start, end: end, text: text, key: key, wordKeys: NameFolding.words(key),
                             type: entry?.type ?? model.type, evidence: entry == nil ? .guess : .known, role: start == model.start ? model.role : nil,
                             canonical: entry?.canonical, needsConfirmation: false, wordOffsets: [start..<end], gazetteerKind: entry?.kind)
    }

    /// "Mohamed Hamdan Dagalo, known as Hemedti": a one-word name the text says stands for the
    /// name right before it, wherever the story uses it.
    func statedNicknames(_ candidates: [[NameCandidate]], articles: [Article]) -> [String: Acronym] {
        var result: [String: Acronym] = [:]
        for (articleIndex, list) in candidates.enumerated() where articleIndex < articles.count {
            let scalars = articles[articleIndex].scalars
            for index in list.indices.dropFirst() {
                let short = list[index], long = list[index - 1]
                guard short.wordKeys.count == 1, long.wordKeys.count >= 2, long.type == .person || long.type == .org,
                      short.start > long.end, short.start - long.end <= 16, short.start <= scalars.count else { continue }
                let between = scalars[long.end..<short.start]
                guard Self.nicknameLinks.contains(where: { $0.elementsEqual(between) }) else { continue }
                result[short.key] = Acronym(type: long.type, longForm: long.canonical ?? long.text)
            }
        }
        return result
    }

    private static let nicknameLinks: [[Unicode.Scalar]] = [", known as ", " known as ", ", nicknamed ", ", better known as "]
        .map { Array($0.unicodeScalars) }

    /// Acronyms written in brackets right after their long form: "Long Name (LN)".
    func definedAcronyms(_ candidates: [[NameCandidate]], articles: [Article]) -> [String: Acronym] {
        var result: [String: Acronym] = [:]
        for (articleIndex, list) in candidates.enumerated() where articleIndex < articles.count {
            let scalars = articles[articleIndex].scalars
            for index in list.indices.dropFirst() {
                let short = list[index], long = list[index - 1]
                guard long.wordKeys.count >= 2, short.wordKeys.count == 1,
                      short.start - long.end <= 2, short.start - long.end >= 1,
                      scalars[short.start - 1] == "(",
                      short.text.unicodeScalars.allSatisfy({ !NameTokenizer.isLetter($0) || NameTokenizer.isUpper($0) }),
                      let initial = short.key.first
                else { continue }
                // An organisation's acronym may spell its name in another language: "Socialist
                // Workers' Party (PSOE)", "Kurdistan Workers' Party (PKK)"; unless the capitals
                // are a name of their own ("(AFP)").
                let known = gazetteer.entry(short.key)
                if let known, known.type == .org, long.type == .org, NameFolding.keyWithoutArticle(known.canonical) != long.key {
                    // A listed acronym: the name written before it is the listed organisation
                    // ("Socialist Workers' Party (PSOE)" is the "Spanish Socialist Workers' Party").
                    result[long.key] = Acronym(type: .org, longForm: known.canonical)
                    continue
                }
                let foreignAcronym = long.type == .org && short.key.count >= 3 && known == nil
                guard long.key.first == initial || foreignAcronym else { continue }
                // A person's capitals in brackets are a party ("Ana Ruiz (MDB)") unless they spell
                // the person's initials ("John Fitzgerald Kennedy (JFK)").
                if long.type == .person, short.key != String(long.wordKeys.compactMap(\.first)) { continue }
                result[short.key] = Acronym(type: long.type, longForm: long.canonical ?? long.text)
            }
        }
        return result
    }
}
