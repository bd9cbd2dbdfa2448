/// Finds who a sentence says stated its facts: "according to X", "X said", "…, said X".
///
/// With entity mentions, the speaker is the PERSON/ORG/GROUP/PLACE name inside the phrase found
/// (titles already removed by the entity analyser); without them, the phrase itself minus
/// leading titles.
struct AttributionFinder {
    let tokens: [ClaimToken]
    /// The article's text.
    let scalars: [Unicode.Scalar]
    /// Mentions inside the sentence, in text order.
    let mentions: [Mention]
    /// The person "he" / "she" most likely refers to: the last PERSON named before the sentence,
    /// nearby in the article. Nil when nobody was named recently.
    var pronounReferent: String? = nil

    /// Longest speaker phrase considered, in tokens.
    static let maximumPhrase = 8

    /// Words that end a speaker phrase read forwards ("according to X, which ...").
    static let forwardStops: Set<String> = [
        "that", "which", "who", "on", "in", "at", "as", "and", "but", "while", "when", "after", "before", "last", "this",
        "to", "of", "was", "is", "had", "has", "were", "are", "would", "will",
    ]

    /// Words that end a speaker phrase read backwards ("..., and the ministry said").
    static let backwardStops: Set<String> = ["that", "which", "who", "and", "but", "as", "while", "when", "it", "he", "she", "they", "we", "i", "said", "also"]

    /// The speaker nearest to `claimToken`, if the sentence names one.
    func find(near claimToken: Int) -> String? {
        var best: (distance: Int, speaker: String)?
        for index in tokens.indices where tokens[index].kind == .word {
            var phrase: Range<Int>?
            if tokens[index].reads("according"), index + 1 < tokens.count, tokens[index + 1].reads("to") {
                phrase = forward(from: index + 2)
            } else if tokens[index].reads("reported") || tokens[index].reads("cited") || tokens[index].reads("quoted")
                        || tokens[index].reads("estimated"), index + 1 < tokens.count, tokens[index + 1].reads("by") {
                phrase = forward(from: index + 2)
            } else if tokens[index].is(.reportingVerb), !isModifier(index) {
                if let referent = personalPronounSpeaker(around: index) {
                    let distance = abs(index - claimToken)
                    if best == nil || distance < best!.distance { best = (distance, referent) }
                    continue
                }
                phrase = backward(from: index - 1) ?? forward(from: index + 1)
            }
            guard let range = phrase, let speaker = speaker(in: range) else { continue }
            let distance = abs(index - claimToken)
            if best == nil || distance < best!.distance { best = (distance, speaker) }
        }
        return best?.speaker
    }

    /// "he said" / "said she": the person last named in this sentence before the verb, else the
    /// referent carried from earlier sentences. Nil when the subject is not "he" or "she".
    private func personalPronounSpeaker(around verb: Int) -> String? {
        var subject = verb - 1
        while subject >= 0, tokens[subject].kind == .word, tokens[subject].is(.auxiliary) { subject -= 1 }
        let before = subject >= 0 && tokens[subject].kind == .word && tokens[subject].is(.personalPronoun)
        let after = verb + 1 < tokens.count && tokens[verb + 1].kind == .word && tokens[verb + 1].is(.personalPronoun)
        guard before || after else { return nil }
        let verbStart = tokens[verb].start
        if let named = mentions.last(where: { $0.type == .person && $0.span.end <= verbStart }) { return named.text }
        return pronounReferent
    }

    static let personalPronouns: Set<String> = ["he", "she"]

    /// "an estimated 800", "the reported 50,000": the verb form qualifies a number, nobody speaks.
    private func isModifier(_ index: Int) -> Bool {
        index > 0 && tokens[index - 1].is(.determiner)
    }

    static let determiners: Set<String> = ["a", "an", "the", "its", "their"]

    /// The phrase after "according to" / "said": up to punctuation or a clause word.
    private func forward(from start: Int) -> Range<Int>? {
        var end = start
        while end < tokens.count, end - start < Self.maximumPhrase {
            let token = tokens[end]
            if token.kind == .symbol, !token.reads("-") && !token.reads("’") && !token.reads("'") && !token.reads(".") { break }
            if token.kind == .symbol, token.reads("."), end + 1 >= tokens.count || tokens[end + 1].spaceBefore { break }
            if token.kind == .number { break }
            if token.kind == .word, token.is(.forwardStop),
               !(token.reads("of") && end + 1 < tokens.count && tokens[end + 1].capitalised) {
                break
            }
            end += 1
        }
        return end > start ? start..<end : nil
    }

    /// The phrase before a reporting verb: skip "has also", then words back to a clause boundary.
    private func backward(from last: Int) -> Range<Int>? {
        var end = last
        while end >= 0, tokens[end].kind == .word, tokens[end].is(.auxiliary), !tokens[end].capitalised || tokens[end].reads("monday") {
            end -= 1
        }
        guard end >= 0, tokens[end].kind == .word else { return nil }
        var start = end
        while start > 0, end - start < Self.maximumPhrase - 1 {
            let previous = tokens[start - 1]
            if previous.kind != .word && !previous.reads("’") && !previous.reads("'") && !previous.reads("-") { break }
            if previous.kind == .word, previous.is(.timeWord) { break }
            // "Commander-in-Chief": a stop word inside a hyphenated title belongs to it.
            if previous.kind == .word, start >= 2, tokens[start - 2].reads("-"), !previous.spaceBefore, !tokens[start].spaceBefore {
                start -= 1
                continue
            }
            if previous.kind == .word, previous.is(.backwardStop) { break }
            if previous.kind == .word, previous.is(.phraseStop), !previous.reads("the"), !previous.reads("of") { break }
            start -= 1
        }
        // A pronoun speaker ("he said") names nobody.
        if start == end, ["he", "she", "they", "it", "we", "i", "you", "officials"].contains(tokens[end].lower) { return nil }
        return start..<(end + 1)
    }

    private func isTitlePart(_ token: ClaimToken) -> Bool {
        (token.kind == .word && token.is(.title)) || token.reads("-") || token.reads("’s") || token.reads("’")
    }

    /// A named speaker in the phrase: the first suitable mention, else the phrase without titles.
    private func speaker(in range: Range<Int>) -> String? {
        let span = TextSpan(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
        if let mention = mentions.first(where: { span.contains($0.span) && $0.type != .other }) {
            return mention.text
        }
        var first = range.lowerBound
        while first < range.upperBound - 1, isTitlePart(tokens[first]),
              tokens[first + 1].capitalised || isTitlePart(tokens[first + 1]) {
            first += 1
        }
        guard first < range.upperBound else { return nil }
        let last = range.upperBound - 1
        // A speaker is a name or an institution: require a capital letter or a plural body ("officials").
        let hasName = tokens[first...last].contains { $0.capitalised }
        guard hasName || tokens[last].lower.hasSuffix("officials") || tokens[last].reads("officials") else { return nil }
        return SpanText.string(scalars, TextSpan(tokens[first].start, tokens[last].end))
    }
}
