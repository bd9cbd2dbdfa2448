import Foundation

/// What linking produces: claims with their cluster ids set, the clusters and their links.
public struct LinkResult: Sendable {
    public var claims: [[Claim]]
    public var clusters: [ClaimCluster]
    public var links: [ClaimLink]

    public init(claims: [[Claim]], clusters: [ClaimCluster], links: [ClaimLink]) {
        self.claims = claims
        self.clusters = clusters
        self.links = links
    }
}

/// Groups claims from different articles that state the same quantity, with verdicts.
///
/// 1. Each quantity claim gets features (unit dimension, counted-noun class, modifiers, the
///    entities and capitalised words of its sentence, casualty wording, speaker).
/// 2. Claims are blocked by unit and noun class, then by order of magnitude, so only plausible
///    pairs are ever compared.
/// 3. Pairs that pass the hard rules are scored; the best pairs are merged first (greedy
///    agglomeration) as long as every cross pair in the merged group stays compatible and each
///    article contributes one claim.
/// 4. An article that restates a clustered quantity with the same range (a repeated sentence,
///    "50,000 troops" again later) joins that cluster too: it is the same claim, and leaving it
///    out would hide that the article commits to it twice. Links still pair only different articles.
public struct ClaimLinker: Sendable {
    public init() {}

    public func link(_ claims: [[Claim]], articles: [Article], mentions: [[Mention]]) -> LinkResult {
        var builder = FeatureBuilder()
        var features: [ClaimFeatures] = []
        for (articleIndex, articleClaims) in claims.enumerated() where articleIndex < articles.count {
            let articleMentions = articleIndex < mentions.count ? mentions[articleIndex] : []
            for (claimIndex, claim) in articleClaims.enumerated() {
                if let feature = builder.features(for: claim, article: articles[articleIndex], articleIndex: articleIndex,
                                                  claimIndex: claimIndex, mentions: articleMentions) {
                    features.append(feature)
                }
            }
        }
        let edges = candidateEdges(features)
        var groups = Agglomeration(features: features)
        for edge in edges { groups.merge(edge.a, edge.b) }
        return assemble(groups.clusters(), features: features, claims: claims)
    }

    struct Edge {
        var a: Int
        var b: Int
        var score: Double
    }

    /// Scored pairs that pass the hard rules, best first; comparisons stay inside blocks and
    /// neighbouring magnitude buckets (a factor of two each).
    func candidateEdges(_ features: [ClaimFeatures]) -> [Edge] {
        var buckets: [String: [Int: [Int]]] = [:]
        for (index, feature) in features.enumerated() {
            let magnitude = Int((log2(max(feature.point, 1e-9))).rounded(.down))
            buckets[feature.block, default: [:]][magnitude, default: []].append(index)
        }
        var edges: [Edge] = []
        for block in buckets.keys.sorted() {
            guard let byMagnitude = buckets[block] else { continue }
            for magnitude in byMagnitude.keys.sorted() {
                guard let members = byMagnitude[magnitude] else { continue }
                for near in magnitude...(magnitude + 1) {
                    guard let others = byMagnitude[near] else { continue }
                    for a in members {
                        for b in others where near != magnitude || b > a {
                            let first = features[a], second = features[b]
                            guard PairScorer.compatible(first, second) else { continue }
                            let score = PairScorer.score(first, second)
                            if score >= PairScorer.threshold { edges.append(Edge(a: min(a, b), b: max(a, b), score: score)) }
                        }
                    }
                }
            }
        }
        edges.sort { $0.score != $1.score ? $0.score > $1.score : ($0.a != $1.a ? $0.a < $1.a : $0.b < $1.b) }
        return edges
    }

    /// Turns groups of feature indices into clusters, links and claims with cluster ids.
    func assemble(_ groups: [[Int]], features: [ClaimFeatures], claims: [[Claim]]) -> LinkResult {
        var claims = claims
        var clusters: [ClaimCluster] = []
        var links: [ClaimLink] = []
        // Story order: by the first member's article, then position.
        let ordered = groups.map { $0.sorted { (features[$0].article, features[$0].index) < (features[$1].article, features[$1].index) } }
            .sorted { (features[$0[0]].article, features[$0[0]].index) < (features[$1[0]].article, features[$1[0]].index) }
        for group in ordered {
            let id = "k\(clusters.count + 1)"
            var members: [Claim] = []
            for index in group {
                let feature = features[index]
                claims[feature.article][feature.index].clusterID = id
                members.append(claims[feature.article][feature.index])
            }
            var groupLinks: [ClaimLink] = []
            for i in members.indices {
                for j in members.indices where j > i && members[i].articleID != members[j].articleID {
                    let a = features[group[i]], b = features[group[j]]
                    groupLinks.append(ClaimLink(a: members[i].id, b: members[j].id,
                                                verdict: PairScorer.verdict(low: a.low, high: a.high, low: b.low, high: b.high)))
                }
            }
            let verdict: Verdict = groupLinks.contains { $0.verdict == .conflict } ? .conflict : .agree
            let stated = members.map { claim -> (Double, Double) in
                if let value = claim.value { return (value, value) }
                let low = claim.low ?? 0, high = claim.high ?? low
                return (low, high >= HedgeTable.unbounded ? low : high)
            }
            clusters.append(ClaimCluster(
                id: id, claims: members.map(\.id), verdict: verdict,
                low: stated.map(\.0).min() ?? 0, high: stated.map(\.1).max() ?? 0,
                unit: members.first?.unit ?? "count", label: Self.label(members)
            ))
            links += groupLinks
        }
        return LinkResult(claims: claims, clusters: clusters, links: links)
    }

    /// The most informative short subject among the members: most frequent, then longest (≤ 6 words).
    static func label(_ members: [Claim]) -> String {
        var counts: [String: Int] = [:]
        for claim in members {
            guard let subject = claim.subject, subject.split(separator: " ").count <= 6 else { continue }
            counts[subject, default: 0] += 1
        }
        if let best = counts.sorted(by: { ($0.value, $0.key.count, $1.key) > ($1.value, $1.key.count, $0.key) }).first {
            if best.value == 1, let longest = counts.keys.sorted(by: { ($0.count, $1) > ($1.count, $0) }).first { return longest }
            return best.key
        }
        return members.first?.noun ?? members.first?.unit ?? "quantity"
    }
}
