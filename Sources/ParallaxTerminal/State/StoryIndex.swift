import ParallaxModel

/// Where a claim lives: article index and index into `story.claims[article]`.
public struct ClaimRef: Hashable, Sendable {
    public var article: Int
    public var index: Int

    public init(article: Int, index: Int) {
        self.article = article
        self.index = index
    }
}

/// How a quantity claim stands against the other sources.
public enum ClaimState: String, Sendable {
    case agree, conflict, only
}

/// Lookups derived once from a story, so update and render never search the whole story.
public struct StoryIndex: Sendable {
    /// Quantity claims per article (indices into `story.claims[a]`): the ones a reader can select.
    public let selectable: [[Int]]
    public let claimRefs: [String: ClaimRef]
    public let states: [String: ClaimState]
    public let clusters: [ClaimCluster]
    /// Per cluster, per article: indices of that article's claims in the cluster.
    public let members: [String: [[Int]]]
    /// The story's links, derived on demand rather than listed (a big story has millions).
    private let links: StoryLinks
    /// Position of each cluster id in `clusters`.
    private let clusterPositions: [String: Int]
    /// Mentions of each entity id, as (article, index into `story.mentions[a]`).
    public let mentionsByEntity: [String: [(article: Int, index: Int)]]
    /// Entities sorted for the entities view: most widely reported first.
    public let entityOrder: [Int]
    /// Ids of the entities whose sources give them different offices, worked out once: the
    /// test folds and looks up every role, too much for every frame of the entities view.
    public let roleConflicts: Set<String>
    /// Display names of the sources, made unique with a number when two outlets share a name.
    public let sourceNames: [String]

    public init(story: Story) {
        var refs: [String: ClaimRef] = [:]
        var selectable: [[Int]] = []
        for (article, claims) in story.claims.enumerated() {
            var quantities: [Int] = []
            for (index, claim) in claims.enumerated() {
                refs[claim.id] = ClaimRef(article: article, index: index)
                if claim.kind == .quantity { quantities.append(index) }
            }
            selectable.append(quantities)
        }
        while selectable.count < story.articles.count { selectable.append([]) }
        self.selectable = selectable
        self.claimRefs = refs

        let links = story.links
        self.links = links
        let ownVerdicts = links.verdictsByClaim()

        var states: [String: ClaimState] = [:]
        var members: [String: [[Int]]] = [:]
        for cluster in story.clusters {
            var perArticle = Array(repeating: [Int](), count: story.articles.count)
            for id in cluster.claims {
                guard let ref = refs[id], ref.article < perArticle.count else { continue }
                perArticle[ref.article].append(ref.index)
                states[id] = (ownVerdicts[id] ?? cluster.verdict) == .conflict ? .conflict : .agree
            }
            members[cluster.id] = perArticle.map { $0.sorted() }
        }
        for claims in story.claims {
            for claim in claims where claim.kind == .quantity && states[claim.id] == nil {
                states[claim.id] = .only
            }
        }
        self.states = states
        self.members = members
        self.clusters = story.clusters
        self.clusterPositions = Dictionary(story.clusters.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })

        var mentionsByEntity: [String: [(article: Int, index: Int)]] = [:]
        for (article, mentions) in story.mentions.enumerated() {
            for (index, mention) in mentions.enumerated() {
                if let id = mention.entityID { mentionsByEntity[id, default: []].append((article, index)) }
            }
        }
        self.mentionsByEntity = mentionsByEntity
        self.roleConflicts = Set(story.entities.lazy.filter(\.hasRoleConflict).map(\.id))
        self.entityOrder = story.entities.indices.sorted { lhs, rhs in
            let a = story.entities[lhs], b = story.entities[rhs]
            if a.articles.count != b.articles.count { return a.articles.count > b.articles.count }
            let countA = mentionsByEntity[a.id]?.count ?? 0, countB = mentionsByEntity[b.id]?.count ?? 0
            return countA != countB ? countA > countB : lhs < rhs
        }

        var seen: [String: Int] = [:]
        for article in story.articles { seen[article.source, default: 0] += 1 }
        var numbering: [String: Int] = [:]
        self.sourceNames = story.articles.map { article in
            let name = article.source.isEmpty ? article.path : article.source
            guard (seen[article.source] ?? 0) > 1 else { return name }
            numbering[name, default: 0] += 1
            return "\(name) #\(numbering[name]!)"
        }
    }

    /// The verdict between two claims: their own link, else their cluster's verdict.
    public func verdict(between a: String, _ b: String, cluster: ClaimCluster?) -> Verdict? {
        links.verdict(between: a, b) ?? cluster?.verdict
    }

    public func cluster(id: String?) -> ClaimCluster? {
        guard let id, let position = clusterPositions[id] else { return nil }
        return clusters[position]
    }

    /// The cluster a claim belongs to (by the claim's own clusterID, else by membership).
    public func cluster(of claim: Claim) -> ClaimCluster? {
        if let found = cluster(id: claim.clusterID) { return found }
        return clusters.first { $0.claims.contains(claim.id) }
    }

    public func state(of claim: Claim) -> ClaimState? { states[claim.id] }
}
