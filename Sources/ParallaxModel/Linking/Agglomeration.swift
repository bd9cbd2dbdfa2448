/// Greedy merging of restatement nodes into clusters, with the constraints that keep a cluster
/// one quantity: one node per article, and every pair of bundles compatible (complete linkage).
///
/// Nodes are grouped into bundles of identical statements (same block, range, groups, event and
/// noun class): identical statements from different articles always belong together, so a bundle
/// is merged first and compared to other bundles once, through its first node. This keeps a
/// 1,000-article story with the same figure in every article linear instead of quadratic.
///
/// An agglomeration holds one block's nodes: edges never cross blocks, so blocks are merged
/// independently (and concurrently) with the same result as one pass over the whole story.
struct Agglomeration {
    let nodes: [ClaimFeatures]
    /// Bundle of each node.
    let bundleOf: [Int]
    /// First node of each bundle, its representative.
    let representatives: [Int]
    /// Cluster of each node. A cluster is named by its first node, which heads its member list.
    private var owner: [Int32]
    /// Members of a cluster as a linked list through the nodes (-1 ends it), with its last node
    /// and its size (0 once merged away): a cluster of one, the most common by far, holds no array.
    private var next: [Int32]
    private var tail: [Int32]
    private var size: [Int32]
    /// Sorted ids, not hash sets: most checks pit one small cluster against a large one. Left
    /// empty for a cluster of one, whose only article and bundle are its node's.
    private var articles: [SortedIDs]
    /// Bundles present in each cluster.
    private var bundles: [SortedIDs]

    init(nodes: [ClaimFeatures]) {
        self.nodes = nodes
        var signatures: [BundleSignature: Int] = [:]
        var bundleOf: [Int] = []
        var representatives: [Int] = []
        bundleOf.reserveCapacity(nodes.count)
        for (index, node) in nodes.enumerated() {
            let signature = BundleSignature(node, index: index)
            if let bundle = signatures[signature] {
                bundleOf.append(bundle)
            } else {
                signatures[signature] = representatives.count
                bundleOf.append(representatives.count)
                representatives.append(index)
            }
        }
        self.bundleOf = bundleOf
        self.representatives = representatives
        owner = nodes.indices.map { Int32(truncatingIfNeeded: $0) }
        next = Array(repeating: -1, count: nodes.count)
        tail = owner
        size = Array(repeating: 1, count: nodes.count)
        articles = Array(repeating: .empty, count: nodes.count)
        bundles = Array(repeating: .empty, count: nodes.count)
        // Identical statements from different articles: one cluster per bundle to start with.
        for index in nodes.indices where representatives[bundleOf[index]] != index {
            merge(representatives[bundleOf[index]], index)
        }
    }

    /// The bundle representatives sorted by value (then by index), the order edges are sought in.
    func representativesByValue() -> [Int] {
        // Sorted through a plain array of values: reaching into the feature objects from the
        // comparator retained and released them on every comparison.
        let points = representatives.map { nodes[$0].point }
        return representatives.indices.sorted { (points[$0], representatives[$0]) < (points[$1], representatives[$1]) }
            .map { representatives[$0] }
    }

    /// Merges the clusters of nodes `a` and `b` when no article appears in both and every
    /// bundle pair across them is compatible.
    mutating func merge(_ a: Int, _ b: Int) {
        let left = Int(owner[a]), right = Int(owner[b])
        guard left != right, size[left] > 0, size[right] > 0, !sharesArticle(left, right), bundlesCompatible(left, right) else { return }
        let (keep, drop) = size[left] >= size[right] ? (left, right) : (right, left)
        // Taken out of storage before growing, so the growing set is not shared and is changed in
        // place: copying a story-sized set for every node that joins it was quadratic.
        var mergedArticles = takeArticleSet(keep), mergedBundles = takeBundleSet(keep)
        mergedArticles.formUnion(takeArticleSet(drop))
        mergedBundles.formUnion(takeBundleSet(drop))
        var node = drop
        while node >= 0 {
            owner[node] = Int32(truncatingIfNeeded: keep)
            node = Int(next[node])
        }
        next[Int(tail[keep])] = Int32(truncatingIfNeeded: drop)
        tail[keep] = tail[drop]
        size[keep] += size[drop]
        size[drop] = 0
        articles[keep] = mergedArticles
        bundles[keep] = mergedBundles
    }

    /// Whether some article has a node in both clusters.
    private func sharesArticle(_ left: Int, _ right: Int) -> Bool {
        switch (size[left] == 1, size[right] == 1) {
        case (true, true): return nodes[left].article == nodes[right].article
        case (true, false): return articles[right].contains(nodes[left].article)
        case (false, true): return articles[left].contains(nodes[right].article)
        case (false, false): return !articles[left].isDisjoint(with: articles[right])
        }
    }

    /// The cluster's article set, leaving its slot empty (a cluster of one has none stored).
    private mutating func takeArticleSet(_ cluster: Int) -> SortedIDs {
        if size[cluster] == 1 { return SortedIDs(CollectionOfOne(nodes[cluster].article)) }
        defer { articles[cluster] = .empty }
        return articles[cluster]
    }

    /// The cluster's bundle set, leaving its slot empty.
    private mutating func takeBundleSet(_ cluster: Int) -> SortedIDs {
        if size[cluster] == 1 { return SortedIDs(CollectionOfOne(bundleOf[cluster])) }
        defer { bundles[cluster] = .empty }
        return bundles[cluster]
    }

    /// Every bundle of one cluster is compatible with every other bundle of the other. Read
    /// through local buffers rather than closures: closures over `self` copied the whole struct.
    private func bundlesCompatible(_ left: Int, _ right: Int) -> Bool {
        let leftSingle = size[left] == 1, rightSingle = size[right] == 1
        let leftOnly = Int32(truncatingIfNeeded: bundleOf[left]), rightOnly = Int32(truncatingIfNeeded: bundleOf[right])
        let leftIDs = bundles[left].ids, rightIDs = bundles[right].ids
        for i in 0..<(leftSingle ? 1 : leftIDs.count) {
            let x = leftSingle ? leftOnly : leftIDs[i]
            for j in 0..<(rightSingle ? 1 : rightIDs.count) {
                let y = rightSingle ? rightOnly : rightIDs[j]
                if x != y, !compatibleBundles(Int(x), Int(y)) { return false }
            }
        }
        return true
    }

    /// Computed afresh each time: the rules are a few integer comparisons, cheaper than the
    /// hash-table memo that once held them (which nearly always missed).
    private func compatibleBundles(_ x: Int, _ y: Int) -> Bool {
        let a = nodes[representatives[x]], b = nodes[representatives[y]]
        // Representatives may share an article; compare them as if they did not.
        return a.article == b.article ? PairScorer.compatibleIgnoringArticle(a, b) : PairScorer.compatible(a, b)
    }

    /// Clusters spanning at least two articles (a cluster never holds two nodes of one article),
    /// as node indices in the order they joined.
    func clusters() -> [[Int]] {
        size.indices.filter { size[$0] >= 2 }.map { head in
            var members: [Int] = []
            members.reserveCapacity(Int(size[head]))
            var node = head
            while node >= 0 {
                members.append(node)
                node = Int(next[node])
            }
            return members
        }
    }
}

/// What makes two statements identical for bundling. Shares never bundle (their topic words,
/// which are not part of the signature, must be compared), so they carry their node index.
struct BundleSignature: Hashable {
    var block: Int
    var low: Double
    var high: Double
    var groups: SortedIDs
    var event: Int
    var nounClass: Int
    var unique: Int

    init(_ node: ClaimFeatures, index: Int) {
        block = node.block
        low = node.low
        high = node.high
        groups = node.groups
        event = node.event
        nounClass = node.nounClass
        unique = node.dimension == .percent ? index : -1
    }
}
