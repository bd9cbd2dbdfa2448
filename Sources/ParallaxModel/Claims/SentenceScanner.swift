/// Finds every number-bearing expression in one sentence and turns it into a `Claim`.
///
/// A class because every quantity builder and attribution search holds it: copying the article
/// and the token arrays into each of them was a tenth of extraction.
final class SentenceScanner {
    /// The article's text; the article itself is not kept, copying it showed in profiles.
    let scalars: [Unicode.Scalar]
    let sentenceIndex: Int
    let tokens: [ClaimToken]
    let mentions: [Mention]
    let reader: AmountReader
    let labels: LabelClassifier
    /// Who "he" / "she" refers to here (see `AttributionFinder.pronounReferent`).
    let pronounReferent: String?
    /// The previous sentence's speaker when this sentence continues the same quotation.
    let carriedSpeaker: String?

    init(article: Article, sentenceIndex: Int, span: TextSpan, mentions: [Mention], pronounReferent: String? = nil,
         carriedSpeaker: String? = nil) {
        self.scalars = article.scalars
        self.sentenceIndex = sentenceIndex
        self.tokens = ClaimTokenizer.tokenize(article.scalars, in: span.start..<span.end)
        self.mentions = mentions
        self.reader = AmountReader(tokens: tokens)
        self.labels = LabelClassifier(tokens: tokens)
        self.pronounReferent = pronounReferent
        self.carriedSpeaker = carriedSpeaker
    }

    /// Who this sentence says is speaking: its own attribution, else the carried quotation speaker.
    func speaker(near token: Int = 0) -> String? {
        AttributionFinder(tokens: tokens, scalars: scalars, mentions: mentions, pronounReferent: pronounReferent).find(near: token)
            ?? carriedSpeaker
    }

    func scan() -> [Claim] {
        var claims: [Claim] = []
        var index = 0
        var floor = 0
        var attribution: String??
        while index < tokens.count {
            // Fields, not a copy of the token: copying its string for every token showed in profiles.
            let kind = tokens[index].kind
            if kind == .number, let label = labels.classify(number: index) {
                let first = max(label.first, floor)
                claims.append(makeLabel(first: first, end: max(label.end, index + 1), kind: label.kind))
                index = max(label.end, index + 1)
                floor = index
                continue
            }
            if kind == .word, tokens[index].is(.ordinal), isOrdinalWord(index) {
                claims.append(makeLabel(first: index, end: index + 1, kind: .ordinal))
                index += 1
                floor = index
                continue
            }
            if kind == .number || (kind == .word && tokens[index].is(.amountStarter)),
               var quantity = QuantityBuilder(scanner: self, floor: floor).build(at: index) {
                if attribution == nil { attribution = .some(speaker(near: index)) }
                quantity.claim.attribution = attribution ?? nil
                claims.append(quantity.claim)
                index = max(quantity.end, index + 1)
                floor = index
                continue
            }
            index += 1
        }
        return claims
    }

    /// "first", "third"; "second" only where it cannot be the time unit ("the second", "Second World War").
    private func isOrdinalWord(_ index: Int) -> Bool {
        guard tokens[index].is(.ordinal) else { return false }
        // "a third of", "two-thirds of" are fractions, read as amounts.
        if index + 1 < tokens.count, tokens[index + 1].reads("of"), tokens[index].is(.fraction),
           index > 0, tokens[index - 1].reads("a") || tokens[index - 1].reads("one") || tokens[index - 1].reads("-") {
            return false
        }
        if tokens[index].reads("second") {
            guard !tokens[index].capitalised else { return true }
            guard index > 0 else { return false }
            let previous = tokens[index - 1]
            return previous.reads("the") || previous.reads("its") || previous.reads("their") || previous.reads("his")
                || previous.reads("her") || previous.reads("a")
        }
        return true
    }

    func text(_ first: Int, _ end: Int) -> (TextSpan, String) {
        let span = TextSpan(tokens[first].start, tokens[max(first, end - 1)].end)
        return (span, SpanText.string(scalars, span))
    }

    /// A token's text as written.
    func written(_ token: ClaimToken) -> String {
        SpanText.string(scalars, TextSpan(token.start, token.end))
    }

    private func makeLabel(first: Int, end: Int, kind: ClaimKind) -> Claim {
        let (span, text) = text(first, min(end, tokens.count))
        return Claim(span: span, text: text, kind: kind, sentence: sentenceIndex)
    }
}
