import Foundation

/// What linking produces: claims with their cluster ids set, and the clusters.
public struct LinkResult: Sendable {
    public var claims: [[Claim]]
    public var clusters: [ClaimCluster]

    public init(claims: [[Claim]], clusters: [ClaimCluster]) {
        self.claims = claims
        self.clusters = clusters
    }

    /// Every cross-article pair inside each cluster, worked out on demand (see `StoryLinks`).
    public var links: StoryLinks { StoryLinks(clusters: clusters, claims: claims) }
}

/// Groups claims from different articles that state the same quantity, with verdicts.
///
/// 1. Each quantity claim gets features (unit dimension, counted-noun class, modifiers, the
///    entities and capitalised words of its sentence, casualty wording, speaker).
/// 2. Claims are blocked by unit and noun class, then by order of magnitude, so only plausible
///    pairs are ever compared.
/// 3. Pairs that pass the hard rules are scored; the best pairs are merged first (greedy
///    agglomeration) as long as every cross pair in the merged group stays compatible and each
///    article contributes one node. Identical statements are bundled and compared once.
/// Before all this, one article's restatements of a quantity become one node (RestatementGrouper):
/// the repeated figure joins the same cluster, since leaving it out would hide that the article
/// commits to it twice; links still pair only claims from different articles.
public struct ClaimLinker: Sendable {
    /// Whether features are built and blocks linked on all cores; the result is the same either way.
    public var concurrent: Bool

    public init(concurrent: Bool = true) {
        self.concurrent = concurrent
    }

    /// `claims` is consumed: given the last reference, the cluster ids are written in place rather
    /// than into a copy of every claim.
    public func link(_ claims: consuming [[Claim]], articles: [Article], mentions: [[Mention]]) -> LinkResult {
        let result = clusters(consume claims, articles: articles, mentions: mentions)
        // The features and edges are gone by now; most of them were freed on worker threads.
        FreedMemory.release()
        return result
    }

    private func clusters(_ claims: consuming [[Claim]], articles: [Article], mentions: [[Mention]]) -> LinkResult {
        let features = StoryFeatures.build(claims: claims, articles: articles, mentions: mentions, concurrent: concurrent)
        let nodes = RestatementGrouper.nodes(features)
        let blocks = Self.blocks(nodes)
        // Largest blocks first, so that no core is left with a big block at the end; each block's
        // clusters land at its own index, so the order of the work does not show in the result.
        let order = blocks.indices.sorted { (blocks[$0].count, $1) > (blocks[$1].count, $0) }
        let clustersByBlock = Concurrent.map(order.count, enabled: concurrent) { position in
            Self.clusters(ofBlock: blocks[order[position]], nodes: nodes)
        }
        return assemble(clustersByBlock.flatMap { $0 }, nodes: nodes, claims: consume claims)
    }

    /// Node indices by block, ascending within each block, blocks in order of first appearance.
    static func blocks(_ nodes: [ClaimFeatures]) -> [[Int]] {
        var blockIndex: [Int: Int] = [:]
        var blocks: [[Int]] = []
        for (index, node) in nodes.enumerated() {
            if let known = blockIndex[node.block] {
                blocks[known].append(index)
            } else {
                blockIndex[node.block] = blocks.count
                blocks.append([index])
            }
        }
        return blocks
    }

    /// The clusters of one block, as node indices of the story.
    ///
    /// Edges only join nodes of one block, and a merge only looks at the two clusters it joins:
    /// merging block by block gives the same clusters as one best-first pass over every edge,
    /// with only the edges of the blocks being merged in memory (they are the largest transient).
    /// The block's nodes are numbered from 0 in story order, so ties between edges break the same way.
    static func clusters(ofBlock block: [Int], nodes: [ClaimFeatures]) -> [[Int]] {
        let local = block.map { nodes[$0] }
        var groups = Agglomeration(nodes: local)
        for edge in candidateEdges(groups.representativesByValue(), nodes: local) { groups.merge(Int(edge.a), Int(edge.b)) }
        return groups.clusters().map { cluster in cluster.map { block[$0] } }
    }

    /// Node indices as 32 bits: a large block holds millions of edges at once, and 16 bytes
    /// each instead of 24 is a third less of the largest transient of linking.
    struct Edge {
        var a: Int32
        var b: Int32
        var score: Double

        init(a: Int, b: Int, score: Double) {
            self.a = Int32(truncatingIfNeeded: a)
            self.b = Int32(truncatingIfNeeded: b)
            self.score = score
        }
    }

    /// Scored pairs of one block's representatives (sorted by value) that pass the hard rules,
    /// best first. Each is compared only with the next few within a factor of three: only close
    /// values can be one quantity (the hard rules allow ±40%), and it keeps a story with hundreds
    /// of distinct figures near-linear.
    static func candidateEdges(_ members: [Int], nodes: [ClaimFeatures]) -> [Edge] {
        var edges: [Edge] = []
        // Read once: the window test below runs for every pair considered.
        let points = members.map { nodes[$0].point }
        for (position, a) in members.enumerated() {
            let first = nodes[a]
            // Temperatures can be zero or negative: compare them by difference, not by ratio.
            let limit = first.dimension == .temperature ? first.point + PairScorer.temperatureWindow : first.point * Self.valueWindow
            var next = position + 1
            while next < members.count, next - position <= Self.neighbours, points[next] <= limit {
                let b = members[next]
                next += 1
                let second = nodes[b]
                guard PairScorer.compatible(first, second) else { continue }
                let score = PairScorer.score(first, second)
                if score >= PairScorer.threshold { edges.append(Edge(a: min(a, b), b: max(a, b), score: score)) }
            }
        }
        edges.sort { $0.score != $1.score ? $0.score > $1.score : ($0.a != $1.a ? $0.a < $1.a : $0.b < $1.b) }
        return edges
    }

    /// How many higher-valued neighbours each representative is compared with.
    static let neighbours = 48
    /// The largest ratio of values ever compared.
    static let valueWindow = 3.0

    /// Turns groups of nodes into clusters and claims with cluster ids. Links are not listed:
    /// `StoryLinks` derives them from the clusters, and the cluster verdict takes O(k).
    func assemble(_ groups: [[Int]], nodes: [ClaimFeatures], claims: consuming [[Claim]]) -> LinkResult {
        // Members as (article, claim index) in story order; clusters ordered by their first member.
        let ordered = groups.map { group in
            group.flatMap { node in nodes[node].claims.map { (nodes[node].article, $0) } }.sorted { $0 < $1 }
        }.sorted { $0[0] < $1[0] }
        for (position, group) in ordered.enumerated() {
            let id = Self.clusterID(position)
            for (article, index) in group { claims[article][index].clusterID = id }
        }
        let linked = claims
        // Each cluster reads only its own members, so they are built on all cores, in cluster order.
        let clusters = Concurrent.map(ordered.count, enabled: concurrent) { position in
            Self.cluster(id: Self.clusterID(position), members: ordered[position], claims: linked)
        }
        return LinkResult(claims: linked, clusters: clusters)
    }

    /// "k1", "k2", ... in cluster order.
    static func clusterID(_ position: Int) -> String { "k\(position + 1)" }

    /// One cluster of `members` (article, claim index): its verdict, stated range, unit and label.
    static func cluster(id: String, members group: [(Int, Int)], claims: [[Claim]]) -> ClaimCluster {
        let members = group.map { claims[$0.0][$0.1] }
        let bounds = zip(group, members).map { LinkBounds(article: $0.0, low: $1.low ?? 0, high: $1.high ?? 0) }
        let stated = members.map { claim -> (Double, Double) in
            if let value = claim.value { return (value, value) }
            let low = claim.low ?? 0, high = claim.high ?? low
            return (low, high >= HedgeTable.unbounded ? low : high)
        }
        return ClaimCluster(
            id: id, claims: members.map(\.id), verdict: ClusterVerdicts.verdict(bounds),
            low: stated.map(\.0).min() ?? 0, high: stated.map(\.1).max() ?? 0,
            unit: members.first?.unit ?? "count", label: label(members)
        )
    }

    /// The most informative short subject among the members (≤ 6 words): the most frequent, then
    /// the longest, then the first in alphabetical order.
    static func label(_ members: [Claim]) -> String {
        var counts: [String: Int] = [:]
        for claim in members {
            // A bare unit code ("s", "USD") says nothing to a reader; the fallback below does better.
            guard let subject = claim.subject, subject != claim.unit, wordCount(subject) <= 6 else { continue }
            counts[subject, default: 0] += 1
        }
        // One pass, each subject's length worked out once: sorting them measured every length
        // (a walk over its characters) in every comparison.
        var best: (subject: String, count: Int, length: Int)?
        for (subject, count) in counts {
            let length = subject.count
            if let current = best, (count, length) < (current.count, current.length)
                || ((count, length) == (current.count, current.length) && subject > current.subject) { continue }
            best = (subject, count, length)
        }
        return best?.subject ?? members.first?.noun ?? dimensionName(members.first?.unit)
    }

    /// Words separated by spaces, counted over the bytes: splitting by `Character` ran grapheme
    /// breaking over every member's subject.
    static func wordCount(_ text: String) -> Int {
        var count = 0, inWord = false
        for byte in text.utf8 {
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    /// What a quantity in `unit` measures, for a cluster with no better label.
    static func dimensionName(_ unit: String?) -> String {
        switch unit {
        case "s": return "duration"
        case "km": return "distance"
        case "km2": return "area"
        case "kg": return "mass"
        case "m/s": return "speed"
        case "m3": return "volume"
        case "percent": return "share"
        case nil, "count": return "quantity"
        case let code?: return code.count == 3 && code == code.uppercased() ? "amount in \(code)" : "quantity"
        }
    }
}
