/// Greedy merging of claims into clusters, with the constraints that keep a cluster one quantity.
struct Agglomeration {
    let features: [ClaimFeatures]
    /// Cluster of each feature index.
    private var owner: [Int]
    /// Members of each cluster id (only live clusters are non-empty).
    private var members: [[Int]]
    /// Articles present in each cluster.
    private var articles: [Set<Int>]
    /// The restatement node of each feature: claims of one article stating one quantity.
    private var node: [Int]

    init(features: [ClaimFeatures]) {
        self.features = features
        owner = Array(features.indices)
        members = features.indices.map { [$0] }
        articles = features.map { [$0.article] }
        node = Array(features.indices)
        joinRestatements()
        node = owner
    }

    /// One article stating the same quantity twice ("50,000 troops" … "around 50,000") is one
    /// node from the start: both claims belong to whatever cluster it joins. A restatement has the
    /// same block and the same value, or a vague amount that contains the other's value
    /// ("nearly 50,000 troops" … "tens of thousands"), and compatible modifiers.
    private mutating func joinRestatements() {
        var byBlock: [String: [Int]] = [:]
        for (index, feature) in features.enumerated() {
            let key = "\(feature.article)|\(feature.block)"
            var joined = false
            for representative in byBlock[key, default: []] where Self.restates(features[representative], feature) {
                let cluster = owner[representative]
                owner[index] = cluster
                members[cluster].append(index)
                members[index] = []
                articles[index] = []
                joined = true
                break
            }
            if !joined { byBlock[key, default: []].append(index) }
        }
    }

    private static func restates(_ a: ClaimFeatures, _ b: ClaimFeatures) -> Bool {
        // Within one article only an explicit clash of groups separates two statements of one value;
        // a vague amount must also name the same group to restate an exact one.
        if !a.groupStems.isEmpty, !b.groupStems.isEmpty, a.groupStems.isDisjoint(with: b.groupStems) { return false }
        if a.event != b.event { return false }
        if a.point == b.point { return true }
        let aVague = a.isVague, bVague = b.isVague
        if aVague != bVague, PairScorer.sameGroup(a, b) {
            let vague = aVague ? a : b, exact = aVague ? b : a
            return exact.point >= vague.low && exact.point <= vague.high
        }
        return false
    }

    /// Merges the clusters of `a` and `b` when no article appears in both and every cross pair is compatible.
    mutating func merge(_ a: Int, _ b: Int) {
        let left = owner[a], right = owner[b]
        guard !members[left].isEmpty, !members[right].isEmpty else { return }
        guard left != right, articles[left].isDisjoint(with: articles[right]) else { return }
        // Complete linkage over restatement nodes: every node pair must have a compatible member pair.
        let leftNodes = Dictionary(grouping: members[left], by: { node[$0] })
        let rightNodes = Dictionary(grouping: members[right], by: { node[$0] })
        for (_, xs) in leftNodes {
            for (_, ys) in rightNodes {
                let linked = xs.contains { x in ys.contains { y in PairScorer.compatible(features[x], features[y]) } }
                if !linked { return }
            }
        }
        let (keep, drop) = members[left].count >= members[right].count ? (left, right) : (right, left)
        for index in members[drop] { owner[index] = keep }
        members[keep] += members[drop]
        members[drop] = []
        articles[keep].formUnion(articles[drop])
        articles[drop] = []
    }

    /// Clusters spanning at least two articles.
    func clusters() -> [[Int]] {
        members.indices.filter { articles[$0].count >= 2 }.map { members[$0] }
    }
}
