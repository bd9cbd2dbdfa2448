import Foundation

/// The schema.org article description many news pages embed as JSON-LD.
enum JSONLinkedData {
    /// Types whose `headline` is the article's own (not a breadcrumb or a website).
    static let articleTypes: Set<String> = [
        "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
        "liveblogposting", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
    ]

    static func read(_ json: String, into metadata: inout ArticleMetadata) {
        guard let value = try? JSONSerialization.jsonObject(with: Data(json.utf8)) else { return }
        var pending: [Any] = [value]
        var visited = 0
        // Breadth-first through arrays and @graph, bounded so odd pages stay cheap.
        while let next = pending.first, visited < 200 {
            pending.removeFirst()
            visited += 1
            if let array = next as? [Any] {
                pending += array
                continue
            }
            guard let object = next as? [String: Any] else { continue }
            if let graph = object["@graph"] { pending.append(graph) }
            guard isArticle(object["@type"]) else { continue }
            assign(&metadata.title, object["headline"])
            assign(&metadata.date, object["datePublished"])
            assign(&metadata.url, object["url"])
            if let publisher = object["publisher"] as? [String: Any] { assign(&metadata.source, publisher["name"]) }
            return
        }
    }

    private static func isArticle(_ type: Any?) -> Bool {
        if let name = type as? String { return articleTypes.contains(name.lowercased()) }
        if let names = type as? [Any] { return names.contains { isArticle($0) } }
        return false
    }

    private static func assign(_ field: inout String?, _ value: Any?) {
        guard field == nil, let string = value as? String else { return }
        let trimmed = string.trimmingCharacters(in: .whitespacesAndNewlines)
        if !trimmed.isEmpty { field = trimmed }
    }
}
