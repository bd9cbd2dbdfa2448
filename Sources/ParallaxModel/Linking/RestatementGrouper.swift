/// Joins one article's statements of the same quantity into one node before linking.
///
/// One article stating a quantity twice ("50,000 troops" … "around 50,000") is one node: both
/// claims belong to whatever cluster it joins, and the article still counts once. A restatement
/// has the same block and the same value, or is a vague amount that contains the other's value
/// ("nearly 50,000 troops" … "tens of thousands") and names the same group.
enum RestatementGrouper {
    static func nodes(_ features: [ClaimFeatures]) -> [ClaimFeatures] {
        var nodes: [ClaimFeatures] = []
        var byBlock: [Int: [Int]] = [:]
        var currentArticle = -1
        for feature in features {
            if feature.article != currentArticle {
                byBlock.removeAll(keepingCapacity: true)
                currentArticle = feature.article
            }
            if let position = byBlock[feature.block]?.first(where: { restates(nodes[$0], feature) }) {
                nodes[position] = nodes[position].merged(with: feature)
            } else {
                byBlock[feature.block, default: []].append(nodes.count)
                nodes.append(feature)
            }
        }
        return nodes
    }

    static func restates(_ a: ClaimFeatures, _ b: ClaimFeatures) -> Bool {
        // Within one article only an explicit clash of groups separates two statements of one value;
        // a vague amount must also name the same group to restate an exact one.
        if !a.groups.isEmpty, !b.groups.isEmpty, a.groups.isDisjoint(with: b.groups) { return false }
        if a.event != b.event || a.pastYears != b.pastYears { return false }
        if a.point == b.point { return true }
        if a.isVague != b.isVague, PairScorer.sameGroup(a, b) {
            let vague = a.isVague ? a : b, exact = a.isVague ? b : a
            return exact.point >= vague.low && exact.point <= vague.high
        }
        return false
    }
}
