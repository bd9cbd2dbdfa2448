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
