import Foundation

/// Metadata an article file may carry; every field optional.
struct ArticleMetadata: Equatable {
    var title: String?
    var source: String?
    var date: String?
    var url: String?

    /// Fills fields still missing from `other`.
    mutating func fillMissing(from other: ArticleMetadata) {
        title = title ?? other.title
        source = source ?? other.source
        date = date ?? other.date
        url = url ?? other.url
    }
}

/// A block of text found by a format reader, before paragraph rules run.
struct DraftBlock: Equatable {
    init(text: [Unicode.Scalar], role: Role, needsCleaning: Bool = false) {
        self.init(text: text[...], role: role, needsCleaning: needsCleaning)
    }

    /// A slice of the whole file's scalars: most blocks are one line, not worth a copy.
    init(text: ArraySlice<Unicode.Scalar>, role: Role, needsCleaning: Bool = false) {
        self.text = text
        self.role = role
        self.needsCleaning = needsCleaning
    }

    enum Role: Equatable {
        /// Plain text whose role is inferred (short line without final punctuation → heading).
        case plain
        /// Markup said paragraph, list item or quote: body text, never inferred.
        case body
        /// Markup said heading.
        case heading
    }

    /// Cleaned scalars; may still contain line breaks and runs of spaces.
    var text: ArraySlice<Unicode.Scalar>
    var role: Role
    /// Decoding (HTML entities) may have produced characters the normalizer must see again.
    var needsCleaning = false
}

/// What a format reader produces: metadata plus blocks, still to be assembled.
struct ArticleDraft {
    var metadata = ArticleMetadata()
    var blocks: [DraftBlock] = []
    /// The first level-one heading, when the format has one (Markdown, HTML).
    var firstTopHeading: String?
}

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

extension Array where Element == Unicode.Scalar {
    /// Splits on LF, keeping empty lines.
    func lines() -> [ArraySlice<Unicode.Scalar>] {
        var result: [ArraySlice<Unicode.Scalar>] = []
        var start = startIndex
        for index in indices where self[index] == "\n" {
            result.append(self[start..<index])
            start = index + 1
        }
        result.append(self[start..<endIndex])
        return result
    }
}

extension Array where Element == Unicode.Scalar {
    /// Whether `needle` occurs; plain scan, fast for the short needles it is used with.
    func containsSequence(_ needle: [Unicode.Scalar]) -> Bool {
        guard let first = needle.first, needle.count <= count else { return needle.isEmpty }
        var index = 0
        let last = count - needle.count
        while index <= last {
            if self[index] == first, self[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}

extension ArraySlice where Element == Unicode.Scalar {
    var isBlank: Bool { allSatisfy { $0 == " " } }

    func trimmingSpaces() -> ArraySlice<Unicode.Scalar> {
        var slice = self
        while let first = slice.first, first == " " { slice.removeFirst() }
        while let last = slice.last, last == " " { slice.removeLast() }
        return slice
    }
}
