import Foundation

/// What the linker knows about one quantity claim, computed once so that comparing a pair is cheap.
struct ClaimFeatures: Sendable {
    /// Position in the story: article index and claim index within it.
    var article: Int
    var index: Int
    var dimension: UnitDimension
    /// Blocking key: unit plus, for counts, percentages and durations, the counted-noun class.
    var block: String
    var nounClass: String?
    var noun: String?
    /// Committed range in the canonical unit.
    var low: Double
    var high: Double
    /// A single representative value for magnitude bucketing and similarity.
    var point: Double
    /// Stems of capitalised modifiers ("north", "korea"): which army, which country.
    var groupStems: Set<String>
    /// Lower-case modifiers ("civilian", "elite").
    var plainModifiers: Set<String>
    /// Entity ids and capitalised-word stems in the sentence, interned and sorted.
    var context: [Int]
    /// Stems of every capitalised word in the sentence (for checking a modifier appears there).
    var sentenceStems: Set<String>
    /// "deaths" or "wounded" when the sentence reports casualties, else nil.
    var event: String?
    /// Lower-cased stems of the attribution's words.
    var speaker: Set<String>
    /// A vague amount ("tens of thousands") rather than a stated number.
    var isVague: Bool
    /// Stems of the lower-case content words of the sentence outside the claim ("inflation", "grant").
    var topic: Set<String>
}

/// Builds `ClaimFeatures` from claims, their articles and entity mentions.
struct FeatureBuilder {
    /// Interned context keys, shared across the story so that ids compare as integers.
    var keys: [String: Int] = [:]

    /// First five letters, lower-cased: "Russian"/"Russia" → "russi", "Korean"/"Korea" → "korea".
    static func stem(_ word: String) -> String {
        var result = ""
        for character in word.lowercased() where character.isLetter {
            result.append(character)
            if result.count == 5 { break }
        }
        return result
    }

    /// Casualty wording in the claim's own clause: up to 4 words before it ("killed 12"), or
    /// after it up to the next comma or semicolon ("1,000 soldiers … had been killed").
    static func event(near span: TextSpan, in tokens: [ClaimToken]) -> String? {
        guard let first = tokens.firstIndex(where: { $0.end > span.start }) else { return nil }
        var index = max(0, first - 4)
        var afterClaim = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.start >= span.end {
                // The clause ends at punctuation or at the next number ("32,000 evacuated and 14 killed").
                if [",", ";", ":", "—", "–"].contains(token.lower) || token.kind == .number || afterClaim >= 18 { break }
                afterClaim += 1
            }
            if token.kind == .word, let casualty = NounClasses.casualtyWords[token.lower] { return casualty }
            index += 1
        }
        return nil
    }

    mutating func intern(_ key: String) -> Int {
        if let id = keys[key] { return id }
        let id = keys.count
        keys[key] = id
        return id
    }

    mutating func features(for claim: Claim, article: Article, articleIndex: Int, claimIndex: Int, mentions: [Mention]) -> ClaimFeatures? {
        guard claim.kind == .quantity, let unit = claim.unit, let low = claim.low, let high = claim.high,
              low.isFinite, high.isFinite, high >= low else { return nil }
        let dimension = UnitTable.dimension(of: unit)
        let sentence = claim.sentence >= 0 && claim.sentence < article.sentences.count ? article.sentences[claim.sentence] : claim.span
        let tokens = ClaimTokenizer.tokenize(article.scalars, in: sentence.start..<sentence.end)

        var event: String?
        var sentenceStems: Set<String> = []
        var topic: Set<String> = []
        var context: Set<Int> = []
        var contextNoun: (distance: Int, name: String)?
        for (position, token) in tokens.enumerated() where token.kind == .word {
            // A capitalised first word may be a plain word ("Inflation slowed"): it counts as topic too.
            if position == 0, token.lower.count >= 4, !WordLists.phraseStops.contains(token.lower), !claim.span.contains(token.start) {
                topic.insert(Self.stem(token.lower))
            }
            if token.capitalised {
                let stem = Self.stem(token.lower)
                if stem.count >= 3, !WordLists.phraseStops.contains(token.lower), !claim.span.contains(token.start) {
                    sentenceStems.insert(stem)
                    context.insert(intern("w:" + stem))
                }
            } else if !claim.span.contains(token.start), token.lower.count >= 4, !WordLists.phraseStops.contains(token.lower),
                      !WordLists.reportingVerbs.contains(token.lower), !WordLists.timeWords.contains(token.lower) {
                topic.insert(Self.stem(token.lower))
            }
            if claim.noun == nil, !claim.span.contains(token.start), let name = NounClasses.classOf[token.lower] {
                let distance = abs(token.start - claim.span.start)
                if contextNoun == nil || distance < contextNoun!.distance { contextNoun = (distance, name) }
            }
        }
        event = Self.event(near: claim.span, in: tokens)
        for mention in mentions where sentence.contains(mention.span) && mention.type != .other {
            context.insert(intern(mention.entityID.map { "e:" + $0 } ?? "m:" + mention.text.lowercased()))
            for word in mention.text.split(separator: " ") { sentenceStems.insert(Self.stem(String(word))) }
        }

        var nounClass = claim.noun.map(NounClasses.name(for:)) ?? contextNoun?.name
        // "eight people were killed" counts deaths, not people.
        if nounClass == "people", let event { nounClass = event }
        let block: String
        switch dimension {
        case .count:
            guard let nounClass else { return nil }
            block = unit + ":" + nounClass
        default:
            // Measures and shares rarely name a counted noun; the topic words keep them apart.
            block = unit
        }
        var groups: Set<String> = [], plain: Set<String> = []
        for modifier in claim.modifiers {
            for word in modifier.split(whereSeparator: { $0 == " " || $0 == "-" }) {
                if word.first?.isUppercase == true { groups.insert(Self.stem(String(word))) } else { plain.insert(word.lowercased()) }
            }
        }
        let point: Double
        if let value = claim.value {
            point = value
        } else if high >= HedgeTable.unbounded {
            point = low
        } else if low <= 0 {
            point = high
        } else {
            point = (low * high).squareRoot()
        }
        let speaker = Set((claim.attribution ?? "").split(separator: " ").map { Self.stem(String($0)) }.filter { $0.count >= 3 })
        sentenceStems.subtract(speaker)
        if let noun = claim.noun { topic.insert(Self.stem(noun)) }
        return ClaimFeatures(
            article: articleIndex, index: claimIndex, dimension: dimension, block: block, nounClass: nounClass, noun: claim.noun?.lowercased(),
            low: low, high: high, point: point, groupStems: groups, plainModifiers: plain, context: context.sorted(),
            sentenceStems: sentenceStems, event: event, speaker: speaker,
            isVague: claim.value == nil && claim.writtenRange == nil, topic: topic
        )
    }
}
