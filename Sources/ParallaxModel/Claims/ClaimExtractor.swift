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
        // The last PERSON named and where: "he said" in a later sentence of a nearby paragraph means them.
        var lastPerson: (text: String, paragraph: Int)?
        // The speaker of the sentence just read, carried into a following sentence that continues the quotation.
        var carried: (speaker: String, end: Int, paragraph: Int)?
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
            while mentionCursor < sorted.count, sorted[mentionCursor].span.end <= span.start {
                if sorted[mentionCursor].type == .person {
                    lastPerson = (sorted[mentionCursor].text, paragraphIndex(article, sorted[mentionCursor].span.start))
                }
                mentionCursor += 1
            }
            let paragraph = paragraphIndex(article, span.start)
            // Most sentences state no number. Without digits or number words nothing in them
            // becomes a claim, so they are not tokenised, unless the next sentence opens a quotation
            // that their speaker may be carrying on.
            let nextStartsQuotation = position < sentences.count && startsQuotation(article.scalars, sentences[position].span)
            if !nextStartsQuotation, !ClaimTokenizer.mayHoldClaim(article.scalars, in: span.start..<span.end) {
                carried = nil
                continue
            }
            var inside: [Mention] = []
            var probe = mentionCursor
            while probe < sorted.count, sorted[probe].span.start < span.end {
                if span.contains(sorted[probe].span) { inside.append(sorted[probe]) }
                probe += 1
            }
            let referent = lastPerson.flatMap { paragraph - $0.paragraph <= 1 ? $0.text : nil }
            let continuing = carried.flatMap { $0.paragraph == paragraph && continuesQuotation(article.scalars, from: $0.end, to: span.start) ? $0.speaker : nil }
            let scanner = SentenceScanner(article: article, sentenceIndex: index, span: span, mentions: inside,
                                          pronounReferent: referent, carriedSpeaker: continuing)
            var found = scanner.scan()
            carried = nil
            if nextStartsQuotation {
                let speaker = found.lazy.compactMap(\.attribution).first ?? scanner.speaker()
                if let speaker { carried = (speaker, span.end, paragraph) }
            }
            for claimIndex in found.indices {
                found[claimIndex].sentence = article.sentenceIndex(containing: found[claimIndex].span.start) ?? index
            }
            claims += found
        }
        return claims
    }

    /// Index of the paragraph holding `offset`, or -1 outside every paragraph.
    func paragraphIndex(_ article: Article, _ offset: Int) -> Int {
        var lo = 0, hi = article.paragraphs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if article.paragraphs[mid].span.end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < article.paragraphs.count && article.paragraphs[lo].span.contains(offset) ? lo : -1
    }

    /// Marks that open a quotation.
    static func isOpeningQuote(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "“", "«", "„", "‘": true
        default: false
        }
    }

    /// The span begins with an opening quotation mark: it may continue an earlier speaker's quote.
    func startsQuotation(_ scalars: [Unicode.Scalar], _ span: TextSpan) -> Bool {
        var index = span.start
        // `isSpace` is Unicode white space, with the ASCII range answered without the property tables.
        while index < span.end, index < scalars.count, ClaimTokenizer.isSpace(scalars[index]) { index += 1 }
        return index < span.end && index < scalars.count && Self.isOpeningQuote(scalars[index])
    }

    /// Only white space and quotation marks lie between the previous sentence's end and this start.
    func continuesQuotation(_ scalars: [Unicode.Scalar], from end: Int, to start: Int) -> Bool {
        guard end <= start, start <= scalars.count else { return false }
        return scalars[end..<start].allSatisfy { ClaimTokenizer.isSpace($0) || Self.isOpeningQuote($0) || $0 == "”" || $0 == "»" }
    }

    /// The sentence ends with "<abbreviation>." (a short word the splitter took for a full stop).
    func endsWithAbbreviation(_ scalars: [Unicode.Scalar], _ span: TextSpan) -> Bool {
        guard span.end - 1 > span.start, span.end <= scalars.count, scalars[span.end - 1] == "." else { return false }
        var start = span.end - 1
        while start > span.start, start > span.end - 6, scalars[start - 1] != " " { start -= 1 }
        return ClaimTokenizer.wordClasses(scalars, start..<(span.end - 1), slots: WordClassTable.slots).contains(.joiningAbbreviation)
    }
}
