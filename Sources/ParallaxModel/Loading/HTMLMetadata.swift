import Foundation

/// Title, outlet, URL and date from a page's `<meta>`, JSON-LD, `<link>`, `<title>`, `<time>`
/// and the "saved from url=" comment browsers write into saved pages. Open Graph wins, then
/// JSON-LD, then the rest.
enum HTMLMetadata {
    static func read(_ tokens: [HTMLToken]) -> ArticleMetadata {
        var openGraph = ArticleMetadata()
        var linkedData = ArticleMetadata()
        var fallback = ArticleMetadata()
        var inTitle = false
        var inLinkedData = false
        var titleText: [Unicode.Scalar] = []
        for token in tokens {
            switch token.kind {
            case .startTag:
                switch token.name {
                case "meta":
                    let key = (token.attribute("property") ?? token.attribute("name") ?? token.attribute("itemprop") ?? "").lowercased()
                    guard let content = token.attribute("content") else { continue }
                    switch key {
                    case "og:title": set(&openGraph.title, content)
                    case "og:site_name": set(&openGraph.source, content)
                    case "og:url": set(&openGraph.url, content)
                    case "article:published_time": set(&openGraph.date, content)
                    case "date", "pubdate", "publish-date", "dc.date", "dc.date.issued", "datepublished": set(&fallback.date, content)
                    case "twitter:title": set(&fallback.title, content)
                    case "application-name": set(&fallback.source, content)
                    default: break
                    }
                case "link":
                    let relations = (token.attribute("rel") ?? "").lowercased().split(separator: " ")
                    if relations.contains("canonical"), let href = token.attribute("href") { set(&fallback.url, href) }
                case "title":
                    inTitle = true
                case "script":
                    inLinkedData = token.attribute("type")?.lowercased() == "application/ld+json"
                case "time":
                    if let datetime = token.attribute("datetime") { set(&fallback.date, datetime) }
                default:
                    break
                }
            case .text where inLinkedData:
                inLinkedData = false
                JSONLinkedData.read(String(scalarsOf: token.text), into: &linkedData)
            case .text where inTitle:
                titleText.append(contentsOf: HTMLEntities.decode(token.text))
            case .endTag where token.name == "title":
                inTitle = false
                if fallback.title == nil {
                    set(&fallback.title, String(scalarsOf: Normalizer.paragraphText(titleText[...])[...]))
                }
            case .comment:
                if fallback.url == nil, let url = savedFromURL(token.text) { fallback.url = url }
            default:
                break
            }
        }
        openGraph.fillMissing(from: linkedData)
        openGraph.fillMissing(from: fallback)
        return openGraph
    }

    private static func set(_ field: inout String?, _ value: String) {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if field == nil, !trimmed.isEmpty { field = trimmed }
    }

    /// `saved from url=(0042)https://example.com/...` → the URL.
    private static func savedFromURL(_ comment: ArraySlice<Unicode.Scalar>) -> String? {
        let text = String(scalarsOf: comment.prefix(4_000))
        guard let marker = text.range(of: "saved from url=") else { return nil }
        var rest = text[marker.upperBound...]
        if rest.hasPrefix("("), let close = rest.firstIndex(of: ")") { rest = rest[rest.index(after: close)...] }
        let trimmed = String(rest.prefix { !$0.isWhitespace })
        return trimmed.isEmpty ? nil : trimmed
    }
}
