/// Every cross-article pair of claims inside each cluster, with its verdict: the `links` of the
/// JSON contract, in contract order (cluster by cluster, then by member position).
///
/// Links are never stored. A cluster of k claims has up to k²/2 of them (millions in a story of
/// thousands of articles), and each verdict follows from the two claims' bounds. Building this
/// view resolves each cluster's members once, O(claims); pairs are then produced on demand.
/// Ids a cluster lists but no article holds are skipped; a claim id held twice resolves to its
/// first holder.
public struct StoryLinks: Sequence, Sendable {
    struct Member: Sendable {
        var id: String
        var bounds: LinkBounds
    }

    struct Position: Sendable {
        var cluster: Int
        var member: Int
    }

    /// Per cluster, its resolvable members in the cluster's claim order.
    let members: [[Member]]
    /// Where each clustered claim id first appears.
    let positions: [String: Position]
    /// How many links there are, counted without visiting them.
    public let count: Int

    public init(clusters: [ClaimCluster], claims: [[Claim]]) {
        var wanted: [String: [Position]] = [:]
        for (clusterIndex, cluster) in clusters.enumerated() {
            for (memberIndex, id) in cluster.claims.enumerated() {
                wanted[id, default: []].append(Position(cluster: clusterIndex, member: memberIndex))
            }
        }
        var slots: [[Member?]] = clusters.map { Array(repeating: nil, count: $0.claims.count) }
        for (article, articleClaims) in claims.enumerated() {
            for claim in articleClaims {
                guard let places = wanted.removeValue(forKey: claim.id) else { continue }
                // The linker's rule: a claim without a range counts as 0...0.
                let bounds = LinkBounds(article: article, low: claim.low ?? 0, high: claim.high ?? 0)
                for place in places { slots[place.cluster][place.member] = Member(id: claim.id, bounds: bounds) }
            }
        }
        members = slots.map { $0.compactMap { $0 } }
        var positions: [String: Position] = [:]
        var count = 0
        for (clusterIndex, clusterMembers) in members.enumerated() {
            var perArticle: [Int: Int] = [:]
            for (memberIndex, member) in clusterMembers.enumerated() {
                if positions[member.id] == nil { positions[member.id] = Position(cluster: clusterIndex, member: memberIndex) }
                perArticle[member.bounds.article, default: 0] += 1
            }
            // All pairs minus the pairs from one article.
            let sameArticlePairs = perArticle.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
            count += clusterMembers.count * (clusterMembers.count - 1) / 2 - sameArticlePairs
        }
        self.positions = positions
        self.count = count
    }

    public var isEmpty: Bool { count == 0 }

    public func makeIterator() -> Iterator { Iterator(members: members) }

    /// Walks the pairs of each cluster in member order, skipping pairs from one article.
    public struct Iterator: IteratorProtocol {
        let members: [[Member]]
        var cluster = 0
        var first = 0
        var second = 0

        init(members: [[Member]]) { self.members = members }

        public mutating func next() -> ClaimLink? {
            while cluster < members.count {
                let group = members[cluster]
                second += 1
                if second >= group.count {
                    // The next turn moves `second` on to the pair (first, first + 1).
                    first += 1
                    second = first
                    if first + 1 >= group.count {
                        cluster += 1
                        first = 0
                        second = 0
                    }
                    continue
                }
                let a = group[first], b = group[second]
                if a.bounds.article == b.bounds.article { continue }
                return StoryLinks.link(a, b)
            }
            return nil
        }
    }

    /// The links touching one claim, in contract order; empty when it is in no cluster.
    public func links(of claimID: String) -> [ClaimLink] {
        guard let position = positions[claimID] else { return [] }
        let group = members[position.cluster], own = group[position.member]
        return group.enumerated().compactMap { index, other in
            guard other.bounds.article != own.bounds.article else { return nil }
            return index < position.member ? Self.link(other, own) : Self.link(own, other)
        }
    }

    /// The verdict of the link between two claims, or nil when they are not linked.
    public func verdict(between a: String, _ b: String) -> Verdict? {
        guard let first = positions[a], let second = positions[b], first.cluster == second.cluster else { return nil }
        let one = members[first.cluster][first.member], other = members[second.cluster][second.member]
        guard one.bounds.article != other.bounds.article else { return nil }
        return Self.link(one, other).verdict
    }

    /// Per linked claim: `.conflict` when any of its links conflicts, else `.agree`. O(claims).
    public func verdictsByClaim() -> [String: Verdict] {
        var verdicts: [String: Verdict] = [:]
        for group in members {
            for (member, verdict) in zip(group, ClusterVerdicts.memberVerdicts(group.map(\.bounds))) {
                guard let verdict else { continue }
                if verdicts[member.id] != .conflict { verdicts[member.id] = verdict }
            }
        }
        return verdicts
    }

    static func link(_ a: Member, _ b: Member) -> ClaimLink {
        let verdict = PairScorer.verdict(low: a.bounds.low, high: a.bounds.high, low: b.bounds.low, high: b.bounds.high)
        return ClaimLink(a: a.id, b: b.id, verdict: verdict)
    }
}
