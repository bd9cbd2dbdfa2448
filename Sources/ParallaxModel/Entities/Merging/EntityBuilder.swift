/// Turns merged groups of names into `Entity` values and id-stamped `Mention`s.
struct EntityBuilder {
    func build(candidates: [[NameCandidate]], mentionNodes: [[Int]], nodes: [EntityMerger.Node],
               groups: inout NodeGroups, articles: [Article]) -> EntityAnalysis {
        // Groups in order of first appearance across the articles in story order.
        var order: [Int] = []
        var groupIndex: [Int: Int] = [:]
        for row in mentionNodes {
            for node in row {
                let root = groups.find(node)
                if groupIndex[root] == nil {
                    groupIndex[root] = order.count
                    order.append(root)
                }
            }
        }
        struct Tally {
            var surfaces: [String: (count: Int, first: Int, words: Int)] = [:]
            /// Count and strongest evidence per type.
            var types: [EntityType: (count: Int, evidence: TypeEvidence)] = [:]
            var roles: [String: [String]] = [:]
            var articles: [Int] = []
            var seen = 0
        }
        var tallies = [Tally](repeating: Tally(), count: order.count)
        var mentions: [[Mention]] = []
        for (articleIndex, list) in candidates.enumerated() {
            let articleID = articleIndex < articles.count ? articles[articleIndex].id : "a\(articleIndex + 1)"
            var row: [Mention] = []
            for (position, candidate) in list.enumerated() {
                let group = groupIndex[groups.find(mentionNodes[articleIndex][position])] ?? 0
                // Mutated in place: copying a tally out and back would copy its arrays per mention.
                tallies[group].seen += 1
                let seen = tallies[group].seen
                let previous = tallies[group].surfaces[candidate.text]
                tallies[group].surfaces[candidate.text] = ((previous?.count ?? 0) + 1, previous?.first ?? seen, candidate.wordKeys.count)
                let seenType = tallies[group].types[candidate.type]
                tallies[group].types[candidate.type] = ((seenType?.count ?? 0) + 1, max(seenType?.evidence ?? .guess, candidate.evidence))
                if let role = candidate.role, !(tallies[group].roles[articleID]?.contains(role) ?? false) {
                    tallies[group].roles[articleID, default: []].append(role)
                }
                if tallies[group].articles.last != articleIndex { tallies[group].articles.append(articleIndex) }
                row.append(Mention(span: TextSpan(candidate.start, candidate.end), text: candidate.text,
                                   type: candidate.type, role: candidate.role, entityID: "e\(group + 1)"))
            }
            mentions.append(row)
        }
        let entities = tallies.enumerated().map { index, tally in
            let name = preferredName(tally.surfaces)
            let type = tally.types.max { a, b in
                if a.value.evidence != b.value.evidence { return a.value.evidence < b.value.evidence }
                if a.value.count != b.value.count { return a.value.count < b.value.count }
                return a.key.rawValue > b.key.rawValue
            }?.key ?? .other
            return Entity(
                id: "e\(index + 1)",
                name: name,
                type: type,
                variants: tally.surfaces.keys.filter { $0 != name }.sorted(),
                roles: tally.roles,
                articles: tally.articles.map { $0 < articles.count ? articles[$0].id : "a\($0 + 1)" }
            )
        }
        // A mention takes its entity's type, so a guessed type never contradicts the entity.
        for articleIndex in mentions.indices {
            for mentionIndex in mentions[articleIndex].indices {
                if let id = mentions[articleIndex][mentionIndex].entityID, let number = Int(id.dropFirst()), number >= 1, number <= entities.count {
                    mentions[articleIndex][mentionIndex].type = entities[number - 1].type
                }
            }
        }
        return EntityAnalysis(mentions: mentions, entities: entities)
    }

    /// The most frequent of the fullest forms (most words); ties go to the earliest seen.
    private func preferredName(_ surfaces: [String: (count: Int, first: Int, words: Int)]) -> String {
        let best = surfaces.max { a, b in
            if a.value.words != b.value.words { return a.value.words < b.value.words }
            if a.value.count != b.value.count { return a.value.count < b.value.count }
            return a.value.first > b.value.first
        }
        return best?.key ?? ""
    }
}
