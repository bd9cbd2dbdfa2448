/// Titles and roles written with a name: "President Leila Haddad", "Minister of Employment
/// Ana Ruiz", "Presiding Judge Ana Ferraz", "the Labour MP", "defence minister Rasa Lind".
/// The title becomes the piece's role and stays out of the name's span.
extension MentionRecognizer {
    func takeRoles(_ piece: Piece, in sentence: SentenceTokens) -> [Piece] {
        let range = piece.range
        // A run ending in an organisation or place word is one name even if it starts like a
        // title ("General Staff", "Presidential Office").
        if range.count >= 2, let last = range.last {
            let key = sentence.key(last)
            if gazetteer.organisationWords.contains(key) || ContextWords.placeDesignators.contains(key) {
                return [piece]
            }
        }
        if sentence.phraseEntry(range, in: gazetteer) != nil { return [piece] }
        // A title at the start, or after a leading known name ("Ukrainian President ...").
        for titleStart in range.lowerBound..<min(range.upperBound, range.lowerBound + gazetteer.longestName + 1) {
            // "King's College": a title in the possessive names something else.
            guard gazetteer.titleFirstWords.contains(sentence.key(titleStart)), !sentence.tokens[titleStart].hasPossessive else { continue }
            guard titleStart == range.lowerBound || sentence.phraseEntry(range.lowerBound..<titleStart, in: gazetteer) != nil else { continue }
            // "Federal Health Minister": a town sharing a word that opens titles is part of the role.
            if titleStart == range.lowerBound + 1, gazetteer.titleFirstWords.contains(sentence.key(range.lowerBound)),
               sentence.phraseEntry(range.lowerBound..<titleStart, in: gazetteer)?.kind == .city {
                continue
            }
            guard var titleEnd = longestTitle(in: sentence, from: titleStart, limit: range.upperBound) else { continue }
            titleEnd = portfolioEnd(after: titleEnd, limit: range.upperBound, in: sentence)
            // "Deputy Prosecutor Helena Vos": titles in a row are one role; a form of address
            // after it ("Prime Minister Sir Keir Starmer") leaves the name but not into the role.
            var roleEnd = titleEnd
            while titleEnd < range.upperBound - 1, let next = longestTitle(in: sentence, from: titleEnd, limit: range.upperBound),
                  next < range.upperBound {
                if !(next == titleEnd + 1 && RoleOffice.office(sentence.text(titleEnd..<next)) == nil) { roleEnd = next }
                titleEnd = next
            }
            var result: [Piece] = []
            if titleStart > range.lowerBound { result.append(Piece(range: range.lowerBound..<titleStart)) }
            if titleEnd < range.upperBound, sentence.tokens[titleEnd].kind == .word, sentence.key(titleEnd) == "of" {
                // "President of Ukraine": no person follows; the place stands alone.
                if titleEnd + 1 < range.upperBound { result.append(Piece(range: (titleEnd + 1)..<range.upperBound)) }
            } else if titleEnd < range.upperBound {
                result.append(Piece(range: titleEnd..<range.upperBound, role: sentence.text(titleStart..<roleEnd)))
            }
            return result
        }
        if let split = titleInside(range, in: sentence) { return split }
        // "the Labour MP": a title after a party or place name is not part of it.
        if range.count >= 2, let last = range.last, ContextWords.titlesAfterNames.contains(sentence.key(last)) {
            return takeRoles(Piece(range: range.lowerBound..<last, role: piece.role, type: piece.type), in: sentence)
        }
        // A lower-case title just before the name ("president Vladimir Putin", "Gen. Syrskyi").
        if piece.role == nil, let role = titleBefore(range.lowerBound, in: sentence) ?? appositiveRole(around: range, in: sentence) {
            return [Piece(range: range, role: role)]
        }
        return [piece]
    }

    /// "Presiding Judge Ana Ferraz", "Health Cabinet Secretary Mary Otieno": capitalised
    /// words ending in a title's last word, then a name. The name must be a given name and
    /// more, or two words, so "Peter Bishop" keeps its surname.
    private func titleInside(_ range: Range<Int>, in sentence: SentenceTokens) -> [Piece]? {
        guard range.count >= 3 else { return nil }
        // "German Transport Minister Patrick Schnieder": a people's or country's name before
        // the role is a name of its own, not part of the role.
        var nation: Range<Int>?
        if let kind = gazetteer.entry(sentence.key(range.lowerBound))?.kind, kind == .demonym || kind == .country,
           !sentence.tokens[range.lowerBound].hasPossessive {
            nation = range.lowerBound..<(range.lowerBound + 1)
        }
        let roleStart = nation?.upperBound ?? range.lowerBound
        for titleEnd in stride(from: range.upperBound - 1, to: roleStart, by: -1) {
            guard gazetteer.titleLastWords.contains(sentence.key(titleEnd - 1)) else { continue }
            let nameWords = range.upperBound - titleEnd
            let prefix = roleStart..<titleEnd
            // "Transport Minister Schnieder": a surname alone after a portfolio of everyday
            // words and a title ("Chairman Peter Bishop" keeps its surname: a given name).
            let portfolioOfWords = prefix.count >= 2
                && prefix.dropLast().allSatisfy({ gazetteer.commonWords.contains(sentence.key($0)) && !gazetteer.givenNames.contains(sentence.key($0)) })
            guard nameWords >= 2 || gazetteer.givenNames.contains(sentence.key(titleEnd)) || portfolioOfWords else { continue }
            guard prefix.allSatisfy({ sentence.tokens[$0].kind == .word && !sentence.tokens[$0].hasPossessive }),
                  !gazetteer.givenNames.contains(sentence.key(roleStart)),
                  // A word that opens titles ("Federal" of "Federal Judge") may share a small
                  // town's name: "Federal Transport Minister" is still a role.
                  prefix.allSatisfy({ gazetteer.entry(sentence.key($0)) == nil || gazetteer.titleFirstWords.contains(sentence.key($0)) })
            else { return nil }
            // "Health Secretary Dr Amara Osei": the form of address leaves the role.
            var roleEnd = titleEnd
            while roleEnd - 1 > prefix.lowerBound, RoleOffice.office(sentence.key(roleEnd - 1)) == nil { roleEnd -= 1 }
            let person = Piece(range: titleEnd..<range.upperBound, role: sentence.text(prefix.lowerBound..<roleEnd))
            return nation.map { [Piece(range: $0), person] } ?? [person]
        }
        return nil
    }

    /// Where a role such as "Minister of Employment" or "Chief of Naval Operations" ends and
    /// the name begins: the name keeps the last two words ("Ana Ruiz"), or three when the
    /// first of them is a given name ("Maria Luisa Ruiz"); a lone word after the portfolio
    /// is a surname ("Minister of Defence Kovac").
    func portfolioEnd(after titleEnd: Int, limit: Int, in sentence: SentenceTokens) -> Int {
        guard titleEnd < limit, sentence.tokens[titleEnd].kind == .word, sentence.key(titleEnd) == "of" else { return titleEnd }
        let rest = limit - (titleEnd + 1)
        guard rest >= 2 else { return titleEnd }
        var nameWords = rest >= 3 ? 2 : 1
        if rest >= 4, gazetteer.givenNames.contains(sentence.key(limit - 3)) { nameWords = 3 }
        return limit - nameWords
    }

    private func longestTitle(in sentence: SentenceTokens, from start: Int, limit: Int) -> Int? {
        guard gazetteer.titleFirstWords.contains(sentence.key(start)) else { return nil }
        var best: Int?
        var end = start
        while end < limit, end - start < gazetteer.longestTitle + 1 {
            end += 1
            var withDot = end
            if withDot < sentence.tokens.count, sentence.isDot(withDot) { withDot += 1 }
            if sentence.phrase(start..<withDot, isIn: gazetteer.titles) { best = withDot }
            if sentence.phrase(start..<end, isIn: gazetteer.titles) { best = max(best ?? end, end) }
        }
        return best
    }

    private func titleBefore(_ start: Int, in sentence: SentenceTokens) -> String? {
        let last = start - 1 >= 0 && sentence.isDot(start - 1) ? start - 2 : start - 1
        guard last >= 0, gazetteer.titleLastWords.contains(sentence.key(last)) else { return nil }
        var best: String?
        var from = start - 1
        while from >= 0, start - from <= gazetteer.longestTitle + 1 {
            if sentence.tokens[from].hasPossessive { break }
            if sentence.tokens[from].kind != .punctuation || sentence.isDot(from) {
                if sentence.tokens[from].kind == .word, sentence.phrase(from..<start, isIn: gazetteer.titles) {
                    best = sentence.text(from..<start)
                }
            } else {
                break
            }
            from -= 1
        }
        return best
    }
}
