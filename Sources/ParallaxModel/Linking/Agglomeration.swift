/// Greedy merging of restatement nodes into clusters, with the constraints that keep a cluster
/// one quantity: one node per article, and every pair of bundles compatible (complete linkage).
///
/// Nodes are grouped into bundles of identical statements (same block, range, groups, event and
/// noun class): identical statements from different articles always belong together, so a bundle
/// is merged first and compared to other bundles once, through its first node. This keeps a
/// 1,000-article story with the same figure in every article linear instead of quadratic.
struct Agglomeration {
    let nodes: [ClaimFeatures]
    /// Bundle of each node.
    let bundleOf: [Int]
    /// First node of each bundle, its representative.
    let representatives: [Int]
    /// Cluster of each node.
    private var owner: [Int]
    private var members: [[Int]]
    /// Sorted ids, not hash sets: most checks pit one small cluster against a large one.
    private var articles: [SortedIDs]
    /// Bundles present in each cluster.
    private var bundles: [SortedIDs]

    init(nodes: [ClaimFeatures]) {
        self.nodes = nodes
        var signatures: [BundleSignature: Int] = [:]
        var bundleOf: [Int] = []
        var representatives: [Int] = []
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
        owner = Array(nodes.indices)
        members = nodes.indices.map { [$0] }
        articles = nodes.map { SortedIDs(CollectionOfOne($0.article)) }
        bundles = bundleOf.map { SortedIDs(CollectionOfOne($0)) }
        // Identical statements from different articles: one cluster per bundle to start with.
        var firstOfBundle: [Int: Int] = [:]
        for index in nodes.indices {
            if let first = firstOfBundle[bundleOf[index]] { merge(first, index) } else { firstOfBundle[bundleOf[index]] = index }
        }
    }

    /// Merges the clusters of nodes `a` and `b` when no article appears in both and every
    /// bundle pair across them is compatible.
    mutating func merge(_ a: Int, _ b: Int) {
        let left = owner[a], right = owner[b]
        guard left != right, !members[left].isEmpty, !members[right].isEmpty,
              articles[left].isDisjoint(with: articles[right]) else { return }
        for x in bundles[left].ids {
            for y in bundles[right].ids where x != y && !compatibleBundles(x, y) { return }
        }
        let (keep, drop) = members[left].count >= members[right].count ? (left, right) : (right, left)
        for index in members[drop] { owner[index] = keep }
        members[keep] += members[drop]
        members[drop] = []
        articles[keep].formUnion(articles[drop])
        articles[drop] = .empty
        bundles[keep].formUnion(bundles[drop])
        bundles[drop] = .empty
    }

    /// Computed afresh each time: the rules are a few integer comparisons, cheaper than the
    /// hash-table memo that once held them (which nearly always missed).
    private func compatibleBundles(_ x: Int, _ y: Int) -> Bool {
        let a = nodes[representatives[x]], b = nodes[representatives[y]]
        // Representatives may share an article; compare them as if they did not.
        return a.article == b.article ? PairScorer.compatibleIgnoringArticle(a, b) : PairScorer.compatible(a, b)
    }

    /// Clusters spanning at least two articles, as node indices.
    func clusters() -> [[Int]] {
        members.indices.filter { articles[$0].count >= 2 }.map { members[$0] }
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
