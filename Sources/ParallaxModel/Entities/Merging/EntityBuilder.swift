/// Turns merged groups of names into `Entity` values and id-stamped `Mention`s.
///
/// Mentions are tallied by node, not by surface string: a node already stands for one
/// spelling of one name, so each mention costs array updates, and strings are compared only
/// among the few surfaces of its own node.
struct EntityBuilder {
    /// One surface form of one node: how often written, and when within its group.
    private struct Surface {
        var text: String
        var count: Int
        /// The group's mention number of its first and last sighting.
        var first: Int
        var last: Int
        /// Words of the last mention written so.
        var words: Int
    }

    /// Per group: mentions seen, count and strongest evidence per type, roles per article.
    private struct Tally {
        var seen = 0
        /// Indexed by `typeIndex`.
        var types = [(count: Int, evidence: TypeEvidence)](repeating: (0, .guess), count: EntityBuilder.typeOrder.count)
        /// Roles in the order written, one entry per run of mentions from one article.
        var roles: [(article: Int, roles: [String])] = []
        var articles: [Int] = []
    }

    func build(candidates: [[NameCandidate]], mentionNodes: [[Int]], nodes: [EntityMerger.Node],
               groups: inout NodeGroups, articles: [Article]) -> EntityAnalysis {
        // Groups in order of first appearance across the articles in story order.
        var groupOfRoot = [Int](repeating: -1, count: nodes.count)
        var groupCount = 0
        var nodeGroup = [Int](repeating: 0, count: nodes.count)
        for row in mentionNodes {
            for node in row {
                let root = groups.find(node)
                if groupOfRoot[root] < 0 {
                    groupOfRoot[root] = groupCount
                    groupCount += 1
                }
                nodeGroup[node] = groupOfRoot[root]
            }
        }
        var tallies = [Tally](repeating: Tally(), count: groupCount)
        var surfaces = [[Surface]](repeating: [], count: nodes.count)
        for (articleIndex, list) in candidates.enumerated() {
            // By index, so no candidate is copied (retaining its strings and arrays) per mention.
            for position in list.indices {
                let node = mentionNodes[articleIndex][position]
                let text = list[position].text, words = list[position].wordKeys.count
                let group = nodeGroup[node]
                // Mutated in place: copying a tally out and back would copy its arrays per mention.
                tallies[group].seen += 1
                let seen = tallies[group].seen
                if let known = surfaces[node].firstIndex(where: { $0.text == text }) {
                    surfaces[node][known].count += 1
                    surfaces[node][known].last = seen
                    surfaces[node][known].words = words
                } else {
                    surfaces[node].append(Surface(text: text, count: 1, first: seen, last: seen, words: words))
                }
                let type = Self.typeIndex(list[position].type)
                tallies[group].types[type].count += 1
                tallies[group].types[type].evidence = max(tallies[group].types[type].evidence, list[position].evidence)
                if let role = list[position].role {
                    if tallies[group].roles.last?.article != articleIndex { tallies[group].roles.append((articleIndex, [])) }
                    let last = tallies[group].roles.count - 1
                    if !tallies[group].roles[last].roles.contains(role) { tallies[group].roles[last].roles.append(role) }
                }
                if tallies[group].articles.last != articleIndex { tallies[group].articles.append(articleIndex) }
            }
        }
        func articleID(_ index: Int) -> String { index < articles.count ? articles[index].id : "a\(index + 1)" }
        // A group's surfaces gathered from its nodes: a spelling under two nodes (two types, say)
        // counts once, first and last across both.
        var groupSurfaces = [[Surface]](repeating: [], count: groupCount)
        for node in nodes.indices {
            let group = nodeGroup[node]
            for surface in surfaces[node] {
                if let known = groupSurfaces[group].firstIndex(where: { $0.text == surface.text }) {
                    var merged = groupSurfaces[group][known]
                    merged.count += surface.count
                    merged.first = min(merged.first, surface.first)
                    if surface.last > merged.last {
                        merged.last = surface.last
                        merged.words = surface.words
                    }
                    groupSurfaces[group][known] = merged
                } else {
                    groupSurfaces[group].append(surface)
                }
            }
        }
        let entities = tallies.enumerated().map { index, tally in
            let name = preferredName(groupSurfaces[index])
            var type = EntityType.other
            var best: (count: Int, evidence: TypeEvidence)?
            for (typeIndex, seen) in tally.types.enumerated() where seen.count > 0 {
                let candidate = Self.typeOrder[typeIndex]
                if let current = best {
                    if seen.evidence != current.evidence { if seen.evidence < current.evidence { continue } }
                    else if seen.count != current.count { if seen.count < current.count { continue } }
                    else if candidate.rawValue > type.rawValue { continue }
                }
                best = seen
                type = candidate
            }
            var roles: [String: [String]] = [:]
            for entry in tally.roles {
                let id = articleID(entry.article)
                for role in entry.roles where !(roles[id]?.contains(role) ?? false) { roles[id, default: []].append(role) }
            }
            return Entity(
                id: "e\(index + 1)",
                name: name,
                type: type,
                variants: groupSurfaces[index].map(\.text).filter { $0 != name }.sorted(),
                roles: roles,
                articles: tally.articles.map(articleID)
            )
        }
        // A mention takes its entity's type, so a guessed type never contradicts the entity.
        let entityIDs = entities.map(\.id), entityTypes = entities.map(\.type)
        var mentions: [[Mention]] = []
        mentions.reserveCapacity(candidates.count)
        for (articleIndex, list) in candidates.enumerated() {
            var row: [Mention] = []
            row.reserveCapacity(list.count)
            for position in list.indices {
                let group = nodeGroup[mentionNodes[articleIndex][position]]
                row.append(Mention(span: TextSpan(list[position].start, list[position].end), text: list[position].text,
                                   type: entityTypes[group], role: list[position].role, entityID: entityIDs[group]))
            }
            mentions.append(row)
        }
        return EntityAnalysis(mentions: mentions, entities: entities)
    }

    /// Types by `typeIndex`; which type goes where does not matter, only that the two agree.
    private static let typeOrder: [EntityType] = [.person, .org, .place, .group, .other]

    /// A type's place in `typeOrder`, without building `allCases` per mention.
    private static func typeIndex(_ type: EntityType) -> Int {
        switch type {
        case .person: 0
        case .org: 1
        case .place: 2
        case .group: 3
        case .other: 4
        }
    }

    /// The most frequent of the fullest forms (most words); ties go to the earliest seen.
    private func preferredName(_ surfaces: [Surface]) -> String {
        let best = surfaces.max { a, b in
            if a.words != b.words { return a.words < b.words }
            if a.count != b.count { return a.count < b.count }
            return a.first > b.first
        }
        return best?.text ?? ""
    }
}
