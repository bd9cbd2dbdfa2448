/// Finds every number-bearing expression in an article and says what kind it is.
///
/// Works sentence by sentence over the article's scalars (embedded posts are skipped: they are
/// not the outlet's own claims). Quantities get value, range, unit, hedge, counted noun,
/// subject and attribution; other numbers are labelled date, time, year, ordinal or identifier.
public struct ClaimExtractor: Sendable {
    public init() {}

    /// Abbreviations that a sentence splitter may wrongly end a sentence on ("Aug. 6", "No. 64").
    /// A sentence ending in one is read together with the next, so the number keeps its context.
    static let joiningAbbreviations: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "art", "p",
        "pp", "vol", "sec", "fig", "st", "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "gov", "sen",
        "rep", "approx", "est", "ca", "vs", "u.s", "u.k", "e.g", "i.e",
    ]

    /// Claims in text order; ids and article ids are assigned by the caller.
    public func extract(from article: Article, mentions: [Mention]) -> [Claim] {
        var claims: [Claim] = []
        let sorted = mentions.sorted { $0.span < $1.span }
        var mentionCursor = 0
        let sentences = article.analysableSentences
        var position = 0
        while position < sentences.count {
            let index = sentences[position].index
            var span = sentences[position].span
            // Join sentences cut after an abbreviation, within one paragraph.
            while position + 1 < sentences.count, endsWithAbbreviation(article.scalars, span),
                  article.paragraph(containing: span.start) == article.paragraph(containing: sentences[position + 1].span.start) {
                position += 1
                span = TextSpan(span.start, sentences[position].span.end)
            }
            position += 1
            guard span.start >= 0, span.end <= article.scalars.count, span.start < span.end else { continue }
            while mentionCursor < sorted.count, sorted[mentionCursor].span.end <= span.start { mentionCursor += 1 }
            var inside: [Mention] = []
            var probe = mentionCursor
            while probe < sorted.count, sorted[probe].span.start < span.end {
                if span.contains(sorted[probe].span) { inside.append(sorted[probe]) }
                probe += 1
            }
            var found = SentenceScanner(article: article, sentenceIndex: index, span: span, mentions: inside).scan()
            for claimIndex in found.indices {
                found[claimIndex].sentence = article.sentenceIndex(containing: found[claimIndex].span.start) ?? index
            }
            claims += found
        }
        return claims
    }

    /// The sentence ends with "<abbreviation>." (a short word the splitter took for a full stop).
    func endsWithAbbreviation(_ scalars: [Unicode.Scalar], _ span: TextSpan) -> Bool {
        guard span.end - 1 > span.start, span.end <= scalars.count, scalars[span.end - 1] == "." else { return false }
        var start = span.end - 1
        while start > span.start, start > span.end - 6, scalars[start - 1] != " " { start -= 1 }
        var word = ""
        for scalar in scalars[start..<(span.end - 1)] { word.unicodeScalars.append(scalar) }
        return Self.joiningAbbreviations.contains(word.lowercased())
    }
}
