/// Finds name candidates in one article: capitalised runs of words, split and trimmed into
/// names, with titles taken off as roles, then typed by `NameClassifier`.
///
/// Works on tokens of one sentence at a time, so a name never crosses a sentence.
struct MentionRecognizer: Sendable {
    let gazetteer: Gazetteer
    private let tokenizer = NameTokenizer()

    init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// Candidates in text order. `lowercaseWords` (words the story writes in lower case) helps
    /// decide whether a capitalised sentence opener is a name.
    func candidates(in article: Article, lowercaseWords: LowercaseWords) -> [NameCandidate] {
        var result: [NameCandidate] = []
        var tokens: [NameToken] = []
        forEachSentence(of: article, tokens: &tokens) { span, tokens in
            let sentence = SentenceTokens(scalars: article.scalars, tokens: tokens)
            let isHeadline = article.paragraph(containing: span.start)?.kind == .heading || sentence.looksLikeHeadline
            let classifier = NameClassifier(gazetteer: gazetteer, sentence: sentence)
            for run in capitalisedRuns(sentence, lowercaseWords: lowercaseWords) {
                var pieces = split(run, in: sentence)
                if isHeadline { pieces = pieces.flatMap { headlinePieces($0, in: sentence) } }
                for piece in pieces {
                    if let candidate = classifier
                        .classify(piece.range, role: piece.role, forcedType: piece.type, headline: isHeadline, lowercaseWords: lowercaseWords) {
                        var candidate = candidate
                        if piece.unconfirmed { candidate.needsConfirmation = true }
                        result.append(candidate)
                    }
                }
            }
        }
        return result
    }

    /// Words the article writes in lower case (outside sentence openers), as folded keys.
    func lowercaseWords(in article: Article, into set: inout LowercaseWords) {
        var tokens: [NameToken] = []
        let scalars = article.scalars
        forEachSentence(of: article, tokens: &tokens) { _, tokens in
            for token in tokens where token.kind == .word && !token.isCapitalised {
                let scalar = scalars[token.start]
                if NameTokenizer.isLetter(scalar), !NameTokenizer.isUpper(scalar) {
                    set.insert(scalars[token.start..<token.end])
                }
            }
        }
    }

    /// Calls `body` with each analysable sentence that has tokens, tokenised into `tokens`:
    /// one array's storage serves the whole article, and no sentence's tokens outlive it.
    private func forEachSentence(of article: Article, tokens: inout [NameToken], _ body: (TextSpan, [NameToken]) -> Void) {
        for span in article.sentences where article.paragraph(containing: span.start)?.kind != .embed {
            tokenizer.tokens(article.scalars, in: Self.clamped(span, to: article.scalars.count), into: &tokens)
            if !tokens.isEmpty { body(span, tokens) }
        }
    }

    /// The most words a name may have, connectors included.
    static let longestRun = 12

    /// A sentence span made safe to index: inside the text, never reversed.
    static func clamped(_ span: TextSpan, to count: Int) -> Range<Int> {
        let start = max(0, min(span.start, count))
        return start..<max(start, min(span.end, count))
    }

    // MARK: - Runs

    /// Maximal runs of capitalised words, joined across name particles and organisation
    /// connectors; a possessive ends a run.
    private func capitalisedRuns(_ sentence: SentenceTokens, lowercaseWords: LowercaseWords) -> [Range<Int>] {
        let tokens = sentence.tokens
        var runs: [Range<Int>] = []
        // Room for the few runs of a usual sentence in one allocation, not three as it grows.
        runs.reserveCapacity(4)
        var index = 0
        while index < tokens.count {
            if isLetterName(sentence, index) {
                runs.append(index..<(index + 1))
                index += 1
                continue
            }
            // "S&P": single capitals joined by an ampersand start a run when they make a known
            // name ("R&D" and "Q&A" do not).
            guard sentence.isCapitalisedWord(index) || isKnownAmpersandInitials(sentence, index) else { index += 1; continue }
            let start = leadingParticles(sentence, before: index)
            var end = index + 1
            // Real names are short; a cap keeps odd text ("Kyiv Kyiv Kyiv ...") linear.
            while end < tokens.count, end - start < Self.longestRun,
                  !tokens[end - 1].hasPossessive || possessiveInsideName(sentence, end - 1, lowercaseWords: lowercaseWords),
                  !hasModifierTail(sentence, end - 1) {
                if sentence.isCapitalisedWord(end), !hasModifierTail(sentence, end) {
                    end += 1
                    continue
                }
                // "San Francisco-based": the modified word ends the name it belongs to.
                if sentence.isCapitalisedWord(end), hasModifierTail(sentence, end) {
                    end += 1
                    break
                }
                // "John F. Kennedy", "J. K. Rowling", "V. Narayanan": an initial's dot goes on
                // to the next word of the name.
                if sentence.isDot(end), isInitial(sentence, end - 1), sentence.isCapitalisedWord(end + 1) {
                    end += 2
                    continue
                }
                if let joined = connectorJoin(sentence, runStart: start, at: end) {
                    end = joined
                    continue
                }
                if ampersandJoins(sentence, runStart: start, at: end) {
                    end += 2
                    continue
                }
                if let joined = commaListInsideName(sentence, runStart: start, at: end) {
                    end = joined
                    continue
                }
                break
            }
            runs.append(start..<end)
            index = end
        }
        return runs
    }

    /// A single capital letter, as an initial is written.
    private func isInitial(_ sentence: SentenceTokens, _ index: Int) -> Bool {
        index >= 0 && index < sentence.tokens.count && sentence.tokens[index].kind == .word
            && sentence.tokens[index].end - sentence.tokens[index].start == 1 && sentence.tokens[index].isCapitalised
    }

    /// "von der Leyen", "da Silva": lower-case surname particles before a name that starts
    /// with them, written without the given name. Returns where the run starts.
    private func leadingParticles(_ sentence: SentenceTokens, before index: Int) -> Int {
        var start = index
        while start > 0, index - start < 2, sentence.tokens[start - 1].kind == .word, !sentence.tokens[start - 1].isCapitalised,
              ContextWords.surnameParticles.contains(sentence.key(start - 1)) {
            start -= 1
        }
        return start
    }

    private func isKnownAmpersandInitials(_ sentence: SentenceTokens, _ index: Int) -> Bool {
        guard sentence.isCapitalisedShortWord(index), sentence.isAmpersand(index + 1), sentence.isCapitalisedShortWord(index + 2),
              sentence.tokens[index + 2].end - sentence.tokens[index].start <= 5 else { return false }
        return gazetteer.entry(NameFolding.key(sentence.text(index..<(index + 3)))) != nil
    }

    /// "a post on X": a one-letter name the gazetteer lists as an organisation, standing
    /// alone (not "Malcolm X" or "Plan X", which capitals around it decide).
    private func isLetterName(_ sentence: SentenceTokens, _ index: Int) -> Bool {
        let token = sentence.tokens[index]
        guard token.kind == .word, token.end - token.start == 1, token.isCapitalised,
              !sentence.isCapitalisedShortWord(index - 1), !sentence.isCapitalisedShortWord(index + 1),
              !sentence.isSentenceStart(index) else { return false }
        return gazetteer.entry(sentence.key(index))?.kind == .organisation
    }

    /// "King's College London", "Workers' Party": a possessive common noun (one the story also
    /// writes in lower case, a plural, or a word such as "People's" or "King's") before
    /// capitalised words that include an organisation word is part of the name; "Ukraine's
    /// Defence Ministry" or "Tusk's Civic Platform" are not.
    private func possessiveInsideName(_ sentence: SentenceTokens, _ index: Int, lowercaseWords: LowercaseWords) -> Bool {
        let key = sentence.key(index)
        // "St James' Park", "St Peter's Square", "St Mary's Hospital": a saint's name in the
        // possessive before a kind of place or institution.
        let saint = index >= 1 && sentence.isDot(index - 1) ? index - 2 : index - 1
        if saint >= 0, sentence.tokens[saint].kind == .word, ContextWords.saintWords.contains(sentence.key(saint)),
           sentence.isCapitalisedWord(index + 1), !sentence.tokens[index + 1].hasPossessive {
            let next = sentence.key(index + 1)
            if ContextWords.placeDesignators.contains(next) || gazetteer.organisationWords.contains(next) { return true }
        }
        guard !key.isEmpty, gazetteer.entry(key) == nil,
              lowercaseWords.contains(key) || sentence.isPluralPossessive(index) || ContextWords.possessiveNameHeads.contains(key)
        else { return false }
        var next = index + 1
        while next - index <= 4, sentence.isCapitalisedWord(next) {
            if gazetteer.organisationWords.contains(sentence.key(next)) { return true }
            if sentence.tokens[next].hasPossessive { return false }
            next += 1
        }
        return false
    }

    /// "Russian-occupied" stands alone: the run ends there.
    private func hasModifierTail(_ sentence: SentenceTokens, _ index: Int) -> Bool {
        guard let parts = sentence.lowercaseTail(index) else { return false }
        return gazetteer.isModifierTail(head: parts.head, tail: parts.tail)
    }

    /// If lower-case words at `at` connect the run to more capitalised words, the index after
    /// those connectors; nil when the run should end here.
    private func connectorJoin(_ sentence: SentenceTokens, runStart: Int, at: Int) -> Int? {
        var next = at
        while next < sentence.tokens.count, next - at < 2, sentence.tokens[next].kind == .word,
              !sentence.tokens[next].isCapitalised {
            next += 1
        }
        guard next > at, next < sentence.tokens.count, sentence.isCapitalisedWord(next) else { return nil }
        // One connector (nearly always) or two; no arrays of keys are built for either.
        let single: String? = next - at == 1 ? sentence.key(at) : nil
        // "Ursula von der Leyen", "Luiz Inácio Lula da Silva", "Ruud van den Berg".
        if (at..<next).allSatisfy({ ContextWords.nameParticles.contains(sentence.key($0)) }), sentence.key(at) != "la" || at > runStart {
            return next
        }
        // Known multi-word names ("Bosnia and Herzegovina", "Trinidad and Tobago").
        for length in 1...3 where next + length <= sentence.tokens.count {
            if sentence.phraseEntry(runStart..<(next + length), in: gazetteer) != nil { return next }
        }
        let run = runStart..<at
        // "Medicines and Healthcare products Regulatory Agency": after an "and" already inside
        // the name, one lower-case word may sit between capitalised words that go on to end in
        // a kind of organisation.
        if let single, single != "and", single != "in", run.contains(where: { sentence.key($0) == "and" }),
           isLowercaseNameWord(single), capitalisedRunEndsInOrganisationWord(sentence, from: next) {
            return next
        }
        // "Commission on Human Rights", "Council on Foreign Relations": "on" inside a body's
        // name already under way, before words that are no place or day ("the Commission on
        // Ukraine" is a subject, "the Council on Monday" a date).
        if single == "on", run.contains(where: { gazetteer.organisationWords.contains(sentence.key($0)) }),
           gazetteer.entry(sentence.key(next)) == nil, !gazetteer.isCalendarWord(sentence.key(next)) {
            return next
        }
        // "and" / "in" inside a long organisation name: "Department of Social Welfare and
        // Development", "Organization for Security and Co-operation in Europe", or before the
        // organisation word that ends it ("Risk Reduction and Management Council").
        if single == "and" || single == "in" {
            // "... International Studies in Washington": "in" and a city or region end the
            // name; a country or continent may belong to it ("... Co-operation in Europe").
            if single == "in", let kind = gazetteer.entry(sentence.key(next))?.kind, kind == .city || kind == .region { return nil }
            let insideOfName = run.contains { sentence.key($0) == "of" || sentence.key($0) == "for" }
                && run.contains { gazetteer.organisationWords.contains(sentence.key($0)) }
            // "Shares in Calloway Airways": "in" joins only inside a name already under way.
            // "Hyundai and General Motors": a run that is already a known name is a list item.
            // "Discover Airlines and City Airlines": two names that each end in a kind of
            // organisation are a list.
            let beforeOrganisationWord = single == "and"
                && (capitalisedRunEndsInOrganisationWord(sentence, from: next) || lowercaseWordThenOrganisationWord(sentence, from: next))
                && !isListOfBodies(sentence, run: run, nextRunFrom: next)
                && gazetteer.entry(sentence.phraseKey(run)) == nil && gazetteer.entry(sentence.key(runStart))?.kind != .company
            return insideOfName || beforeOrganisationWord ? next : nil
        }
        guard (at..<next).allSatisfy({ ContextWords.organisationConnectors.contains(sentence.key($0)) }) else { return nil }
        if run.contains(where: { gazetteer.organisationWords.contains(sentence.key($0)) }) { return next }
        let withNext = runStart..<(next + 1)
        if sentence.phrase(withNext, isIn: gazetteer.titlePrefixes) || sentence.phrase(withNext, isIn: gazetteer.titles) { return next }
        // "Minister of Employment Ana Ruiz": a title goes on through "of" into its portfolio.
        if single == "of", gazetteer.titles.contains(sentence.key(at - 1)) { return next }
        return nil
    }

    /// "Ridley & Marsh", "Rothschild & Co", "Hygiene & Tropical Medicine": an ampersand
    /// between capitalised words is inside a firm's or institution's name; between two
    /// countries or peoples ("France & Germany") it is a list.
    private func ampersandJoins(_ sentence: SentenceTokens, runStart: Int, at: Int) -> Bool {
        guard sentence.isAmpersand(at), sentence.isCapitalisedWord(at + 1) || sentence.isCapitalisedShortWord(at + 1) else { return false }
        func listable(_ key: String) -> Bool {
            guard let kind = gazetteer.entry(key)?.kind else { return false }
            return kind == .country || kind == .demonym || kind == .continent
        }
        return !listable(sentence.phraseKey(runStart..<at)) && !listable(sentence.key(at + 1))
    }

    /// "Ministry of Health, Labour and Welfare", "Ministry of Housing, Communities and Local
    /// Government": a portfolio list after "of" inside a body's name, its items unknown words,
    /// the last after "and". Returns where the words after "and" begin.
    private func commaListInsideName(_ sentence: SentenceTokens, runStart: Int, at: Int) -> Int? {
        guard at < sentence.tokens.count, sentence.tokens[at].kind == .punctuation, sentence.scalars[sentence.tokens[at].start] == ",",
              !sentence.tokens[at - 1].hasPossessive else { return nil }
        let run = runStart..<at
        guard run.contains(where: { sentence.key($0) == "of" }), run.contains(where: { gazetteer.organisationWords.contains(sentence.key($0)) })
        else { return nil }
        var index = at + 1
        var items = 0
        while index < sentence.tokens.count, index - at <= 8 {
            guard sentence.isCapitalisedWord(index), isPortfolioWord(sentence.key(index)) else { return nil }
            while sentence.isCapitalisedWord(index + 1), !sentence.tokens[index].hasPossessive { index += 1 }
            items += 1
            index += 1
            if sentence.lowercaseWord(index) == "and" {
                let last = index + 1
                guard sentence.isCapitalisedWord(last), isPortfolioWord(sentence.key(last)), items <= 3 else { return nil }
                return last
            }
            // Another item: ", Communities, ...".
            guard index < sentence.tokens.count, sentence.tokens[index].kind == .punctuation,
                  sentence.scalars[sentence.tokens[index].start] == ",", !sentence.tokens[index - 1].hasPossessive else { return nil }
            index += 1
        }
        return nil
    }

    /// A word that may name a portfolio ("Labour", "Communities"): no place or people, which
    /// would make the list one of places ("Ministry of Health, Rome and Milan").
    private func isPortfolioWord(_ key: String) -> Bool {
        guard let entry = gazetteer.entry(key) else { return true }
        return entry.type != .place && entry.type != .group && entry.type != .person
    }

    /// "Discover Airlines and City Airlines", "Alpha Bank and Beta Bank": each side a name of
    /// two words or more ending in a word for a business, or both in the same word. ("Food and
    /// Drug Administration" is one name: "Food" alone is no business.)
    private func isListOfBodies(_ sentence: SentenceTokens, run: Range<Int>, nextRunFrom next: Int) -> Bool {
        guard run.count >= 2, let last = run.last else { return false }
        var end = next
        while sentence.isCapitalisedWord(end + 1), !sentence.tokens[end].hasPossessive { end += 1 }
        guard end > next else { return false }
        let before = sentence.key(last)
        return ContextWords.companyTailWords.contains(before) || before == sentence.key(end)
    }

    /// A lower-case word that may stand inside an official name ("products" of "Healthcare
    /// products Regulatory Agency"): a plain word, not a verb of speech or a past tense.
    private func isLowercaseNameWord(_ key: String) -> Bool {
        key.utf8.count >= 3 && !key.hasSuffix("ed") && !ContextWords.speechVerbs.contains(key)
            && !ContextWords.organisationConnectors.contains(key) && !ContextWords.placePrepositions.contains(key)
            && key.unicodeScalars.allSatisfy(NameTokenizer.isLetter)
    }

    /// "Healthcare products Regulatory Agency": capitalised words, one lower-case name word,
    /// then capitalised words ending in a kind of organisation.
    private func lowercaseWordThenOrganisationWord(_ sentence: SentenceTokens, from start: Int) -> Bool {
        var index = start
        while sentence.isCapitalisedWord(index + 1), !sentence.tokens[index].hasPossessive { index += 1 }
        guard !sentence.tokens[index].hasPossessive, let word = sentence.lowercaseWord(index + 1), isLowercaseNameWord(word),
              sentence.isCapitalisedWord(index + 2) else { return false }
        return capitalisedRunEndsInOrganisationWord(sentence, from: index + 2)
    }

    private func capitalisedRunEndsInOrganisationWord(_ sentence: SentenceTokens, from start: Int) -> Bool {
        var index = start
        while sentence.isCapitalisedWord(index + 1), !sentence.tokens[index].hasPossessive { index += 1 }
        return gazetteer.organisationWords.contains(sentence.key(index))
    }

    // MARK: - Splitting

    struct Piece {
        var range: Range<Int>
        var role: String?
        /// Set when the words before the name decide its type ("Typhoon" → an event).
        var type: EntityType?
        /// Headline words that only the rest of the story can confirm as a name.
        var unconfirmed = false
    }

    /// In a Title Case or ALL CAPS headline every word is capitalised, so capitals prove
    /// nothing: gazetteer names stand alone; the other words are kept, unconfirmed, for the
    /// story to confirm ("Lavrov Dismisses" → "Lavrov" once the body names him).
    private func headlinePieces(_ piece: Piece, in sentence: SentenceTokens) -> [Piece] {
        var pieces: [Piece] = []
        var pendingStart: Int?
        var index = piece.range.lowerBound
        func flushPending(upTo end: Int) {
            if let start = pendingStart, start < end {
                let isFirst = start == piece.range.lowerBound
                pieces.append(Piece(range: start..<end, role: isFirst ? piece.role : nil, type: isFirst ? piece.type : nil, unconfirmed: true))
            }
            pendingStart = nil
        }
        while index < piece.range.upperBound {
            var known: Int?
            var end = min(piece.range.upperBound, index + gazetteer.longestName)
            while end > index {
                if sentence.phraseEntry(index..<end, in: gazetteer) != nil { known = end; break }
                end -= 1
            }
            if let known {
                flushPending(upTo: index)
                let isFirst = index == piece.range.lowerBound
                pieces.append(Piece(range: index..<known, role: isFirst ? piece.role : nil, type: isFirst ? piece.type : nil))
                index = known
            } else {
                if pendingStart == nil { pendingStart = index }
                index += 1
            }
        }
        flushPending(upTo: piece.range.upperBound)
        return pieces
    }

    /// Cuts a run into names: drops sentence-opening function words, calendar words and a
    /// leading "The"; takes titles off as roles; splits "Ukrainian President Volodymyr
    /// Zelensky" into the group and the person.
    private func split(_ run: Range<Int>, in sentence: SentenceTokens) -> [Piece] {
        var pieces: [Piece] = []
        // The words kept so far always follow each other: a skipped word either comes before
        // any is kept or ends the piece.
        var current: Range<Int>?
        var stormName = false
        // Looked up only when a month or weekday is in the run: most runs have none.
        lazy var isKnownName = run.count >= 2 && gazetteer.entry(sentence.phraseKey(run)) != nil
        // Roles are taken off each piece as it is cut: no second array of the pieces, and a
        // run of one piece (nearly all) returns the array `takeRoles` built.
        func flush() {
            if let current {
                let piece = Piece(range: current, type: stormName ? .other : nil)
                if piece.type != nil {
                    pieces.append(piece)
                } else if pieces.isEmpty {
                    pieces = takeRoles(piece, in: sentence)
                } else {
                    pieces.append(contentsOf: takeRoles(piece, in: sentence))
                }
            }
            current = nil
            stormName = false
        }
        for index in run {
            let key = sentence.key(index)
            if current == nil, ContextWords.stormWords.contains(key), index + 1 < run.upperBound {
                stormName = true
                continue
            }
            // "Slaughter and May" is a firm, whatever month it ends in.
            if gazetteer.isCalendarWord(key), !isKnownName { flush(); continue }
            if current == nil, sentence.tokens[index].kind == .word, key == "the", !officialNameStartsWithThe(index, run: run, in: sentence) { continue }
            if current == nil, sentence.isSentenceStart(index), gazetteer.notNames.contains(key), !sentence.tokens[index].isAllCaps { continue }
            current = (current?.lowerBound ?? index)..<(index + 1)
        }
        flush()
        return pieces
    }

    /// "The Hague", "The Gambia": a capitalised "The" before a place whose name in the
    /// gazetteer starts with it belongs to the name.
    private func officialNameStartsWithThe(_ index: Int, run: Range<Int>, in sentence: SentenceTokens) -> Bool {
        guard sentence.tokens[index].isCapitalised, index + 1 < run.upperBound else { return false }
        var end = min(run.upperBound, index + 1 + gazetteer.longestName)
        while end > index + 1 {
            if let entry = sentence.phraseEntry((index + 1)..<end, in: gazetteer) {
                return entry.type == .place && entry.canonical.hasPrefix("The ")
            }
            end -= 1
        }
        return false
    }
}
