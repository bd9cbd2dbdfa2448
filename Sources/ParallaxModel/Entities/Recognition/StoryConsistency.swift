/// Makes recognition consistent across a story: a name typed with good evidence in one place
/// lends its type to weaker sightings of the same name; "Syrskyi" after "Oleksandr Syrskyi"
/// is the same person; an acronym defined once ("Institute for the Study of War (ISW)")
/// stands for its long form everywhere; unconfirmed sentence openers are dropped.
struct StoryConsistency {
    /// Expansion of an acronym defined in the text.
    struct Acronym {
        var type: EntityType
        var longForm: String
    }

    func apply(_ candidates: [[NameCandidate]], articles: [Article]) -> [[NameCandidate]] {
        let acronyms = definedAcronyms(candidates, articles: articles)
        var bestType: [String: (type: EntityType, evidence: TypeEvidence)] = [:]
        var personWords: Set<String> = []
        var confirmed: Set<String> = []
        for candidate in candidates.joined() {
            if !candidate.needsConfirmation { confirmed.insert(candidate.key) }
            if let old = bestType[candidate.key], old.evidence >= candidate.evidence { continue }
            bestType[candidate.key] = (candidate.type, candidate.evidence)
        }
        for candidate in candidates.joined() where candidate.wordKeys.count >= 2 && bestType[candidate.key]?.type == .person {
            if let last = candidate.wordKeys.last { personWords.insert(last) }
        }

        return candidates.map { list in
            // Surnames of people named in full in this article: "Sams" after "Mykhailo Sams"
            // is the analyst, whatever small town shares the name.
            var articleSurnames: Set<String> = []
            for candidate in list where candidate.type == .person && candidate.wordKeys.count >= 2 {
                if let last = candidate.wordKeys.last { articleSurnames.insert(last) }
            }
            return list.compactMap { original in
                var candidate = original
                if let acronym = acronyms[candidate.key] {
                    candidate.type = acronym.type
                    candidate.canonical = candidate.canonical ?? acronym.longForm
                    candidate.evidence = .known
                    candidate.needsConfirmation = false
                }
                if candidate.evidence < .known {
                    if let best = bestType[candidate.key], best.evidence > candidate.evidence {
                        candidate.type = best.type
                        candidate.evidence = best.evidence
                    } else if candidate.wordKeys.count == 1, personWords.contains(candidate.key) {
                        candidate.type = .person
                        candidate.evidence = .context
                    }
                }
                if candidate.gazetteerKind == .city, candidate.wordKeys.count == 1, articleSurnames.contains(candidate.key) {
                    candidate.type = .person
                    candidate.canonical = nil
                    candidate.evidence = .context
                }
                if candidate.needsConfirmation {
                    let isSurname = candidate.wordKeys.count == 1 && personWords.contains(candidate.key)
                    guard confirmed.contains(candidate.key) || isSurname else { return nil }
                }
                return candidate
            }
        }
    }

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
                      let initial = short.key.first, long.key.first == initial
                else { continue }
                result[short.key] = Acronym(type: long.type, longForm: long.canonical ?? long.text)
            }
        }
        return result
    }
}
