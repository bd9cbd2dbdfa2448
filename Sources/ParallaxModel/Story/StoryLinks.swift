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

    /// Per cluster, its resolvable members in the cluster's claim order.
    let members: [[Member]]
    /// The first place each listed claim id appears: a slot in the clusters' id lists read one
    /// after another. One table entry per id, not per place: for a story of thousands of articles
    /// this view is built while the whole analysis is held, and its tables once set the peak.
    private let firstSlot: [String: Int32]
    /// Where each cluster's ids start among the slots.
    private let slotStarts: [Int]
    /// For each slot, its position among its cluster's resolved members, or -1.
    private let memberOfSlot: [Int32]
    /// How many links there are, counted without visiting them.
    public let count: Int

    public init(clusters: [ClaimCluster], claims: [[Claim]]) {
        var slotStarts: [Int] = []
        slotStarts.reserveCapacity(clusters.count)
        var slots = 0
        for cluster in clusters {
            slotStarts.append(slots)
            slots += cluster.claims.count
        }
        // An id listed in several places chains them, first to last: built from the back, the
        // table keeps the first place and each place points to the next.
        var firstSlot: [String: Int32] = [:]
        firstSlot.reserveCapacity(slots)
        var nextSlot = [Int32](repeating: -1, count: slots)
        for clusterIndex in clusters.indices.reversed() {
            let ids = clusters[clusterIndex].claims
            for memberIndex in ids.indices.reversed() {
                let slot = slotStarts[clusterIndex] + memberIndex
                nextSlot[slot] = firstSlot.updateValue(Int32(truncatingIfNeeded: slot), forKey: ids[memberIndex]) ?? -1
            }
        }
        var bounds = [LinkBounds?](repeating: nil, count: slots)
        for (article, articleClaims) in claims.enumerated() {
            for index in articleClaims.indices {
                // A claim id held twice resolves to its first holder: later ones find it resolved.
                guard let first = firstSlot[articleClaims[index].id], bounds[Int(first)] == nil else { continue }
                // The linker's rule: a claim without a range counts as 0...0.
                let resolved = LinkBounds(article: article, low: articleClaims[index].low ?? 0, high: articleClaims[index].high ?? 0)
                var slot = Int(first)
                while slot >= 0 {
                    bounds[slot] = resolved
                    slot = Int(nextSlot[slot])
                }
            }
        }
        var members: [[Member]] = []
        members.reserveCapacity(clusters.count)
        var memberOfSlot = [Int32](repeating: -1, count: slots)
        var count = 0
        for (clusterIndex, cluster) in clusters.enumerated() {
            var group: [Member] = []
            var perArticle: [Int: Int] = [:]
            for (memberIndex, id) in cluster.claims.enumerated() {
                let slot = slotStarts[clusterIndex] + memberIndex
                guard let resolved = bounds[slot] else { continue }
                memberOfSlot[slot] = Int32(truncatingIfNeeded: group.count)
                group.append(Member(id: id, bounds: resolved))
                perArticle[resolved.article, default: 0] += 1
            }
            // All pairs minus the pairs from one article.
            let sameArticlePairs = perArticle.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
            count += group.count * (group.count - 1) / 2 - sameArticlePairs
            members.append(group)
        }
        self.members = members
        self.firstSlot = firstSlot
        self.slotStarts = slotStarts
        self.memberOfSlot = memberOfSlot
        self.count = count
    }

    /// Where a claim id first appears among the resolved members: (cluster, member).
    private func position(of claimID: String) -> (cluster: Int, member: Int)? {
        guard let first = firstSlot[claimID] else { return nil }
        let slot = Int(first), member = Int(memberOfSlot[slot])
        guard member >= 0 else { return nil }
        // The last cluster starting at or before the slot holds it (empty clusters before it share its start).
        var low = 0, high = slotStarts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if slotStarts[middle] <= slot { low = middle } else { high = middle }
        }
        return (low, member)
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
        guard let position = position(of: claimID) else { return [] }
        let group = members[position.cluster], own = group[position.member]
        return group.enumerated().compactMap { index, other in
            guard other.bounds.article != own.bounds.article else { return nil }
            return index < position.member ? Self.link(other, own) : Self.link(own, other)
        }
    }

    /// The verdict of the link between two claims, or nil when they are not linked.
    public func verdict(between a: String, _ b: String) -> Verdict? {
        guard let first = position(of: a), let second = position(of: b), first.cluster == second.cluster else { return nil }
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
