import Foundation

/// The recognised metadata keys of front matter and JSON objects, by field.
/// Keys are compared in lower case; when several are present the first listed wins.
enum MetadataKeys {
    static let title = ["title", "headline"]
    static let source = ["source", "outlet", "site", "publisher", "publication"]
    static let date = ["date", "published", "published_at", "pubdate"]
    static let url = ["url", "link", "canonical_url"]
    static let text: [String] = ["text", "content", "body"]

    /// Stores `value` into the field `key` names, if it names one and the field is empty.
    static func assign(key: String, value: String, to metadata: inout ArticleMetadata) -> Bool {
        let key = key.lowercased()
        let value = value.trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else { return title.contains(key) || source.contains(key) || date.contains(key) || url.contains(key) }
        if title.contains(key) { metadata.title = metadata.title ?? value; return true }
        if source.contains(key) { metadata.source = metadata.source ?? value; return true }
        if date.contains(key) { metadata.date = metadata.date ?? value; return true }
        if url.contains(key) { metadata.url = metadata.url ?? value; return true }
        return false
    }
}
