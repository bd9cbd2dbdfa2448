/// A plain-text report of a story for people (`parallax analyze --format text`).
public enum AnalysisText {
    public static func render(_ story: Story) -> String {
        var out = ""
        for (index, article) in story.articles.enumerated() {
            out += "\(article.id)  \(article.source)"
            if let title = article.title { out += " — \(title)" }
            out += "\n    \(article.path): \(article.sentences.count) sentences, \(story.mentions[index].count) names, \(story.claims[index].filter { $0.kind == .quantity }.count) quantities\n"
            for warning in article.warnings { out += "    warning: \(warning)\n" }
        }
        if !story.entities.isEmpty {
            out += "\nEntities\n"
            for entity in story.entities {
                out += "  \(entity.id)  \(entity.type.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0)) \(entity.name)"
                if !entity.variants.isEmpty { out += "  (also: \(entity.variants.joined(separator: ", ")))" }
                out += "  in \(entity.articles.joined(separator: " "))\n"
                if entity.hasRoleConflict {
                    let roles = entity.roles.keys.sorted(by: AnalysisJSON.articleOrder).map { "\($0): \(entity.roles[$0, default: []].joined(separator: ", "))" }
                    out += "        role conflict: \(roles.joined(separator: "; "))\n"
                }
            }
        }
        if !story.clusters.isEmpty {
            let claimsByID = Dictionary(story.claims.flatMap { $0 }.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let sourceByArticle = Dictionary(story.articles.map { ($0.id, $0.source) }, uniquingKeysWith: { first, _ in first })
            out += "\nClaims compared across sources\n"
            for cluster in story.clusters {
                out += "  \(cluster.id)  \(cluster.verdict == .conflict ? "CONFLICT" : "agree   ")  \(cluster.label)\n"
                for id in cluster.claims {
                    guard let claim = claimsByID[id] else { continue }
                    out += "        \(sourceByArticle[claim.articleID] ?? claim.articleID): \(claim.text)\n"
                }
            }
        }
        if !story.warnings.isEmpty {
            out += "\nWarnings\n"
            for warning in story.warnings { out += "  \(warning)\n" }
        }
        return out
    }
}
