/// What a paragraph is, which decides how it is shown and whether it is analysed.
public enum ParagraphKind: String, Sendable, Hashable {
    /// Ordinary body text written by the outlet.
    case body
    /// A headline or sub-heading line.
    case heading
    /// An embedded social post (and its credit line): shown, never analysed as the outlet's claim.
    case embed
}

public struct Paragraph: Hashable, Sendable {
    public var span: TextSpan
    public var kind: ParagraphKind

    public init(span: TextSpan, kind: ParagraphKind) {
        self.span = span
        self.kind = kind
    }
}

/// One loaded, normalised article. Every offset in the analysis indexes into `scalars` (and `text`).
public struct Article: Sendable {
    /// Stable id within a story ("a1", "a2", ...), assigned in load order.
    public var id: String
    /// The path exactly as the user gave it, or `demo/<name>`.
    public var path: String
    public var source: String
    public var title: String?
    public var date: String?
    public var url: String?
    /// The normalised body as scalars, so analysers can index by offset in O(1).
    public let scalars: [Unicode.Scalar]
    public var paragraphs: [Paragraph]
    /// Sentence spans in order; a sentence never crosses a paragraph boundary.
    public var sentences: [TextSpan]
    /// What was repaired while loading this article, phrased for a person.
    public var warnings: [String]

    public init(
        id: String = "",
        path: String,
        source: String,
        title: String? = nil,
        date: String? = nil,
        url: String? = nil,
        text: String,
        paragraphs: [Paragraph],
        sentences: [TextSpan] = [],
        warnings: [String] = []
    ) {
        self.init(id: id, path: path, source: source, title: title, date: date, url: url,
                  scalars: Array(text.unicodeScalars), paragraphs: paragraphs, sentences: sentences, warnings: warnings)
    }

    /// For a caller that already holds the text as scalars (the loader): no string is built.
    public init(
        id: String = "", path: String, source: String, title: String? = nil, date: String? = nil, url: String? = nil,
        scalars: [Unicode.Scalar], paragraphs: [Paragraph], sentences: [TextSpan] = [], warnings: [String] = []
    ) {
        self.id = id
        self.path = path
        self.source = source
        self.title = title
        self.date = date
        self.url = url
        self.scalars = scalars
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.warnings = warnings
    }

    /// The normalised body; paragraphs are separated by a blank line. Built from `scalars` when
    /// asked for: only output, layout and comparison read it, once each, while keeping it beside
    /// the scalars held a quarter as much memory again for every article for the whole run.
    public var text: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// The text of a span as a `String`.
    public func string(_ span: TextSpan) -> String {
        let lo = max(0, min(span.start, scalars.count))
        let hi = max(lo, min(span.end, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lo..<hi])
        return String(view)
    }

    /// The paragraph containing an offset, if any.
    public func paragraph(containing offset: Int) -> Paragraph? {
        var lo = 0, hi = paragraphs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if paragraphs[mid].span.end <= offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo < paragraphs.count, paragraphs[lo].span.contains(offset) else { return nil }
        return paragraphs[lo]
    }

    /// Index of the sentence containing an offset, if any.
    public func sentenceIndex(containing offset: Int) -> Int? {
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo < sentences.count, sentences[lo].contains(offset) else { return nil }
        return lo
    }

    /// Sentences that the analysers should read: those outside embedded posts.
    public var analysableSentences: [(index: Int, span: TextSpan)] {
        sentences.enumerated().compactMap { index, span in
            paragraph(containing: span.start)?.kind == .embed ? nil : (index, span)
        }
    }
}
