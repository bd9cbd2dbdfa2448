/// Finds every number-bearing expression in an article and says what kind it is.
///
/// Works sentence by sentence over the article's scalars (embedded posts are skipped: they are
/// not the outlet's own claims). Quantities get value, range, unit, hedge, counted noun,
/// subject and attribution; other numbers are labelled date, time, year, ordinal or identifier.
public struct ClaimExtractor: Sendable {
    public init() {}

    /// Claims in text order; ids and article ids are assigned by the caller.
    public func extract(from article: Article, mentions: [Mention]) -> [Claim] {
        var claims: [Claim] = []
        let sorted = mentions.sorted { $0.span < $1.span }
        var mentionCursor = 0
        for (index, span) in article.analysableSentences {
            guard span.start >= 0, span.end <= article.scalars.count, span.start < span.end else { continue }
            while mentionCursor < sorted.count, sorted[mentionCursor].span.end <= span.start { mentionCursor += 1 }
            var inside: [Mention] = []
            var probe = mentionCursor
            while probe < sorted.count, sorted[probe].span.start < span.end {
                if span.contains(sorted[probe].span) { inside.append(sorted[probe]) }
                probe += 1
            }
            claims += SentenceScanner(article: article, sentenceIndex: index, span: span, mentions: inside).scan()
        }
        return claims
    }
}
