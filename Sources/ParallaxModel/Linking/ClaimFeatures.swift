import Foundation

/// What the linker knows about one quantity claim (or one article's restatements of it),
/// computed once so that comparing a pair is cheap. Words are interned as integer ids.
final class ClaimFeatures: Sendable {
    // Stored narrow and in size order, one byte-sized field after another at the end: features are
    // held for every quantity claim of the story at once, and this keeps each object at 132 bytes
    // instead of 192. The Int accessors below are what the rest of linking reads.
    private let storedArticle: Int32
    private let firstClaim: Int32
    private let storedBlock: Int32
    private let storedNounClass: Int32
    private let storedNoun: Int32
    private let storedEvent: Int32
    /// Claims after the first, for restatements merged in; empty, so no array of its own, for most.
    private let laterClaims: [Int]
    /// Committed range in the canonical unit.
    let low: Double
    let high: Double
    /// A single representative value for magnitude bucketing and similarity.
    let point: Double
    /// Stems of capitalised modifiers ("north", "korea"): which army, which country.
    let groups: SortedIDs
    /// Lower-case modifiers ("civilian", "elite").
    let plainModifiers: SortedIDs
    /// Entity ids and capitalised-word stems of the sentence.
    let context: SortedIDs
    /// Capitalised-word stems of the sentence minus the speaker (where a modifier may reappear).
    let names: SortedIDs
    /// Stems of the attribution's words.
    let speaker: SortedIDs
    /// Stems of the lower-case content words of the sentence ("inflation", "grant").
    let topic: SortedIDs
    /// Years of the claim's sentence that lie before the story's own time ("the last flood, in
    /// 1998, killed 11"): such a figure is about a past event, not the story's.
    let pastYears: SortedIDs
    let dimension: UnitDimension
    /// Whether the noun is in the noun-class table (unknown nouns never rule a pair out).
    let nounIsKnown: Bool
    /// A vague amount ("tens of thousands") rather than a stated number.
    let isVague: Bool
    /// Counts soldiers or people, where deployed vs killed must not mix.
    let countsPeople: Bool

    /// Article index in the story.
    var article: Int { Int(storedArticle) }
    /// Indices of the claims (within the article) these features stand for.
    var claims: [Int] { firstClaim < 0 ? [] : [Int(firstClaim)] + laterClaims }
    /// Blocking key id: unit plus, for counts, the counted-noun class.
    var block: Int { Int(storedBlock) }
    /// Counted-noun class id, or -1.
    var nounClass: Int { Int(storedNounClass) }
    /// The counted noun, lower-cased, id or -1.
    var noun: Int { Int(storedNoun) }
    /// Casualty wording in the claim's clause: "deaths" / "wounded" id, or -1.
    var event: Int { Int(storedEvent) }

    init(article: Int, claims: [Int], dimension: UnitDimension, block: Int, nounClass: Int, noun: Int, nounIsKnown: Bool,
         low: Double, high: Double, point: Double, groups: SortedIDs, plainModifiers: SortedIDs, context: SortedIDs,
         names: SortedIDs, event: Int, speaker: SortedIDs, isVague: Bool, topic: SortedIDs, countsPeople: Bool,
         pastYears: SortedIDs) {
        // Ids and indices come from counters far below 2^31 (see `SortedIDs`).
        storedArticle = Int32(truncatingIfNeeded: article)
        firstClaim = claims.first.map { Int32(truncatingIfNeeded: $0) } ?? -1
        laterClaims = claims.count > 1 ? Array(claims.dropFirst()) : []
        storedBlock = Int32(truncatingIfNeeded: block)
        storedNounClass = Int32(truncatingIfNeeded: nounClass)
        storedNoun = Int32(truncatingIfNeeded: noun)
        storedEvent = Int32(truncatingIfNeeded: event)
        self.dimension = dimension
        self.nounIsKnown = nounIsKnown
        self.low = low
        self.high = high
        self.point = point
        self.groups = groups
        self.plainModifiers = plainModifiers
        self.context = context
        self.names = names
        self.speaker = speaker
        self.isVague = isVague
        self.topic = topic
        self.countsPeople = countsPeople
        self.pastYears = pastYears
    }

    /// One article's restatements as one: the first statement's numbers, every statement's words.
    func merged(with other: ClaimFeatures) -> ClaimFeatures {
        ClaimFeatures(
            article: article, claims: claims + other.claims, dimension: dimension, block: block, nounClass: nounClass,
            noun: noun >= 0 ? noun : other.noun, nounIsKnown: nounIsKnown || other.nounIsKnown,
            low: low, high: high, point: point, groups: groups.union(other.groups),
            plainModifiers: plainModifiers.union(other.plainModifiers), context: context.union(other.context),
            names: names.union(other.names), event: event, speaker: speaker.union(other.speaker),
            isVague: isVague && other.isVague, topic: topic.union(other.topic), countsPeople: countsPeople,
            pastYears: pastYears
        )
    }
}

/// Builds `ClaimFeatures` from claims, their articles and entity mentions.
struct FeatureBuilder {
    /// Interned words and keys, shared by the articles the builder reads so that ids compare as integers.
    private(set) var keys: [String: Int] = [:]
    /// Memo of `countryID`, by mention type and text.
    private var countryIDs: [MentionKey: Int?] = [:]

    /// A mention's type and text, as a key without joining them into a new string each time.
    private struct MentionKey: Hashable {
        var type: EntityType
        var text: String
    }

    /// The class of the last count claim seen, so a noun-less figure later in the same sentence can
    /// count the same thing.
    private var lastCount: (article: Int, sentence: Int, className: String)?

    /// The id sets of the features built last. Claims of one sentence mostly share their sentence's
    /// names, context and topic words: an equal set reuses the earlier one's storage rather than
    /// holding a copy for every claim.
    private var recentSets: [SortedIDs] = []

    /// Where `shared` sorts ids before it knows whether they need storage of their own.
    private var scratch: [Int32] = []

    /// `ids` as a set, sharing storage with the set in the same `slot` of the last features when
    /// equal; sorted in a reused buffer, so an equal set allocates nothing.
    private mutating func shared(_ ids: some Sequence<Int>, slot: Int) -> SortedIDs {
        scratch.removeAll(keepingCapacity: true)
        for id in ids { scratch.append(Int32(truncatingIfNeeded: id)) }
        scratch.sort()
        var kept = 0
        for index in scratch.indices where kept == 0 || scratch[index] != scratch[kept - 1] {
            scratch[kept] = scratch[index]
            kept += 1
        }
        if recentSets.count <= slot { recentSets += Array(repeating: .empty, count: slot + 1 - recentSets.count) }
        if recentSets[slot].ids.elementsEqual(scratch[0..<kept]) { return recentSets[slot] }
        let set = SortedIDs(sortedUnique: scratch, count: kept)
        recentSets[slot] = set
        return set
    }

    /// Stems of words (names, topics, speakers) by their own table: the hot path skips prefixing.
    private var stems: [String: Int] = [:]

    /// First five letters, lower-cased: "Russian"/"Russia" → "russi", "Korean"/"Korea" → "korea".
    /// The interned `countryKey` of a mention, looked up once per spelling and type: the same
    /// mention is read again for every claim of its sentence.
    private mutating func countryID(_ mention: Mention) -> Int? {
        let cacheKey = MentionKey(type: mention.type, text: mention.text)
        if let known = countryIDs[cacheKey] { return known }
        let id = Self.countryKey(mention).map { intern($0) }
        countryIDs[cacheKey] = id
        return id
    }

    /// A shared key for a country and its people ("Russia", "Russian", "Russians" → "c:russia"),
    /// from the gazetteer; nil for any other name.
    static func countryKey(_ mention: Mention) -> String? {
        guard mention.type == .place || mention.type == .group,
              let entry = Gazetteer.shared.entry(NameFolding.key(mention.text)) else { return nil }
        switch entry.kind {
        case .country: return "c:" + NameFolding.key(entry.canonical)
        case .demonym:
            let prefix = "people of "
            guard entry.canonical.hasPrefix(prefix) else { return nil }
            return "c:" + NameFolding.key(String(entry.canonical.dropFirst(prefix.count)))
        default: return nil
        }
    }

    static func stem(_ word: String) -> String {
        var view = String.UnicodeScalarView()
        var count = 0
        for scalar in word.unicodeScalars where ClaimTokenizer.isLetter(scalar) {
            view.append(scalar)
            count += 1
            if count == 5 { break }
        }
        let result = String(view)
        return result.unicodeScalars.contains { $0.value >= 65 && $0.value <= 90 || $0.value >= 128 } ? result.lowercased() : result
    }

    mutating func intern(_ key: String) -> Int {
        if let id = keys[key] { return id }
        let id = origins.count
        origins.append(.key(key))
        keys[key] = id
        return id
    }

    /// What each id stands for, by id: ids are handed out in turn, whichever table they are for,
    /// so that a story read in chunks can renumber each chunk's ids (see `StoryFeatures`).
    private(set) var origins: [InternedKey] = []

    /// A key in one of the per-claim namespaces (block, noun class, noun, event, plain modifier),
    /// as parts: joining them into one string for every claim cost more than the lookup.
    struct KeyParts: Hashable, Sendable {
        var namespace: UInt8
        var text: String
        var detail: String
    }

    private var parts: [KeyParts: Int] = [:]

    /// The id of `text` (and `detail`) in `namespace`; ids never collide with other ids.
    mutating func intern(_ namespace: Unicode.Scalar, _ text: String, _ detail: String = "") -> Int {
        let key = KeyParts(namespace: UInt8(truncatingIfNeeded: namespace.value), text: text, detail: detail)
        if let id = parts[key] { return id }
        let id = origins.count
        origins.append(.part(key))
        parts[key] = id
        return id
    }

    /// Stem ids by the word as seen: the same few hundred words recur in every article, so the
    /// stem string is built once per distinct word rather than once per occurrence.
    private var stemIDsByWord: [String: Int] = [:]

    /// The id of a word's stem; ids never collide with `intern` ids.
    mutating func stemID(_ word: String) -> Int {
        if let id = stemIDsByWord[word] { return id }
        let key = Self.stem(word)
        let id: Int
        if let known = stems[key] {
            id = known
        } else {
            id = origins.count
            origins.append(.stem(key))
            stems[key] = id
        }
        stemIDsByWord[word] = id
        return id
    }

    /// Every distinct lower-case word read so far, with what the linker needs to know about it.
    private(set) var words: [WordInfo] = []
    /// The words numbered by first sight, the numbers indexing `words`.
    private var wordIDs = StringIDs()

    /// Word numbers by packing, for the short ASCII words that are nearly all of them.
    private var packedWords = PackedWordIndex()

    /// The index in `words` of the word at `range` (lower-cased as the claim tokenizer does):
    /// short ASCII words are found by their packing, without building their String.
    private mutating func wordIndex(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Int {
        guard let (low, high) = ClaimTokenizer.packedLower(scalars, range) else {
            return wordIndex(ClaimTokenizer.lowercased(scalars, range))
        }
        if let known = packedWords.value(low, high) { return known }
        let id = wordIndex(ClaimTokenizer.lowercased(scalars, range))
        packedWords.insert(low, high, value: id)
        return id
    }

    /// The index in `words` of a lower-case word, looked up in the word lists only the first time.
    private mutating func wordIndex(_ lower: String) -> Int {
        let id = wordIDs.id(lower)
        if id < words.count { return id }
        let isStop = WordLists.phraseStops.contains(lower)
        let info = WordInfo(
            stem: stemID(lower),
            topicStem: NounClasses.topicSynonyms[lower].map { stemID($0) } ?? stemID(lower),
            isEmploymentWord: NounClasses.employmentWords.contains(lower),
            isTopic: lower.count >= 4 && !isStop && !WordLists.reportingVerbs.contains(lower) && !WordLists.timeWords.contains(lower),
            isName: !isStop && lower.unicodeScalars.count >= 3,
            nounClass: NounClasses.classOf[lower],
            casualty: NounClasses.casualtyWords[lower],
            isScaleWord: NumberLexicon.scaleWords[lower] != nil,
            isEllipsisWord: Self.ellipsisWords.contains(lower)
        )
        words.append(info)
        return id
    }

    /// Tokens, word infos and resolved mentions of the sentence at `span`; `mentions` are the
    /// article's, `mentionsInOrder` whether they are sorted by start (they are, as analysis
    /// gives them: then only the sentence's own are visited, not the whole article's for each sentence).
    mutating func sentenceWords(_ article: Article, span: TextSpan, mentions: [Mention], mentionsInOrder: Bool = false) -> SentenceWords {
        var linkTokens: [LinkToken] = []
        // About one token per five scalars in prose.
        linkTokens.reserveCapacity(min(max(0, span.end - span.start) / 4 + 4, 4_096))
        let scalars = article.scalars
        LinkTokenScanner.scan(scalars, in: span.start..<span.end, into: &linkTokens) { wordIndex(scalars, $0) }
        var inside: [SentenceMention] = []
        var candidates = mentions.indices
        if mentionsInOrder {
            let first = Self.firstMention(startingAtOrAfter: span.start, in: mentions)
            var end = first
            while end < mentions.count, mentions[end].span.start <= span.end { end += 1 }
            candidates = first..<end
        }
        for index in candidates where span.contains(mentions[index].span) && mentions[index].type != .other {
            let mention = mentions[index]
            let key = mentionKey(mention)
            let stems = mentionStems(mention.text)
            inside.append(SentenceMention(span: mention.span, type: mention.type, key: key, wordStems: stems, country: countryID(mention)))
        }
        return SentenceWords(span: span, linkTokens: linkTokens, mentions: inside)
    }

    /// Interned mention keys by entity id, and by text for mentions of no entity: the same
    /// entities are named in sentence after sentence.
    private var entityKeys: [String: Int] = [:]
    private var unresolvedKeys: [String: Int] = [:]
    /// Stem ids of a mention's words, by its text.
    private var stemsByMention: [String: [Int]] = [:]

    /// The interned key of a mention: its entity, else its lower-cased text.
    private mutating func mentionKey(_ mention: Mention) -> Int {
        if let entityID = mention.entityID {
            if let known = entityKeys[entityID] { return known }
            let id = intern("e:" + entityID)
            entityKeys[entityID] = id
            return id
        }
        if let known = unresolvedKeys[mention.text] { return known }
        let id = intern("m:" + mention.text.lowercased())
        unresolvedKeys[mention.text] = id
        return id
    }

    private mutating func mentionStems(_ text: String) -> [Int] {
        if let known = stemsByMention[text] { return known }
        let stems = NameFolding.words(text).map { stemID($0) }
        stemsByMention[text] = stems
        return stems
    }

    /// The attribution of the last claim read and its stem ids: a sentence's claims mostly share one.
    private var lastSpeaker: (attribution: String, ids: SortedIDs)?

    /// Stem ids of an attribution's words of three scalars or more, sorted: the names of the
    /// claim's sentence are checked against them by binary search, not by hashing.
    private mutating func speaker(_ attribution: String) -> SortedIDs {
        if let last = lastSpeaker, last.attribution == attribution { return last.ids }
        var stems: [Int] = []
        for word in NameFolding.words(attribution) where word.unicodeScalars.count >= 3 { stems.append(stemID(word)) }
        let ids = SortedIDs(stems)
        lastSpeaker = (attribution, ids)
        return ids
    }

    /// The index of the first of `mentions` (sorted by start) that starts at or after `offset`.
    static func firstMention(startingAtOrAfter offset: Int, in mentions: [Mention]) -> Int {
        var low = 0, high = mentions.count
        while low < high {
            let middle = (low + high) / 2
            if mentions[middle].span.start < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Punctuation that ends a clause, tested on the symbol's one scalar rather than by string comparison.
    static func endsClause(_ token: ClaimToken) -> Bool {
        switch token.lower.unicodeScalars.first {
        case ",", ";", ":", "—", "–": return true
        default: return false
        }
    }

    /// Casualty wording in the claim's own clause: up to 4 words before it ("killed 12"), or
    /// after it up to the next comma, semicolon or number ("1,000 soldiers … had been killed").
    /// `first` is the claim's first token.
    func event(near span: TextSpan, from first: Int, in tokens: [LinkToken]) -> String? {
        var index = max(0, first - 4)
        // The words before the claim belong to its clause only after the previous number or clause
        // break: in "19 deaths, and dozens of people remain missing", "deaths" is not about "dozens".
        for before in stride(from: first - 1, through: index, by: -1) where before >= 0 {
            let token = tokens[before]
            if token.isNumber || token.endsClause {
                index = before + 1
                break
            }
        }
        var afterClaim = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.start >= span.end {
                // The clause ends at punctuation or at the next number ("32,000 evacuated and 14 killed").
                if token.isNumber || afterClaim >= 18 || token.endsClause { break }
                afterClaim += 1
            }
            if token.word >= 0, let casualty = words[token.word].casualty { return casualty }
            index += 1
        }
        return nil
    }

    /// Token positions of the claim's clause: from the last clause punctuation before it to the
    /// first after it. `first` is the claim's first token.
    static func punctuationClause(around span: TextSpan, from first: Int, in tokens: [LinkToken]) -> Range<Int> {
        var start = first
        while start > 0, !tokens[start - 1].endsClause { start -= 1 }
        var end = first
        while end < tokens.count, tokens[end].start < span.end || !tokens[end].endsClause { end += 1 }
        return start..<end
    }

    /// An employment verb or noun among the three words before the claim's first token `first`
    /// ("employs about 58,000").
    func followsEmploymentWord(from first: Int, in tokens: [LinkToken]) -> Bool {
        tokens[max(0, first - 3)..<first].contains { $0.word >= 0 && words[$0.word].isEmploymentWord }
    }

    /// `previousNoun` is the counted noun of the article's last count claim before this one, which
    /// an elliptic "600 more" / "200 others" goes on counting.
    static let ellipsisWords: Set<String> = ["more", "others", "other"]

    /// The figure is followed by "more" / "others" and no noun: it counts what was counted before.
    func isElliptic(_ claim: Claim, _ tokens: [LinkToken]) -> Bool {
        guard let number = tokens.firstIndex(where: { $0.isNumber && $0.start >= claim.span.start }) else { return false }
        var next = number + 1
        while next < tokens.count, tokens[next].isNumber || (tokens[next].word >= 0 && words[tokens[next].word].isScaleWord) { next += 1 }
        return next < tokens.count && tokens[next].word >= 0 && words[tokens[next].word].isEllipsisWord
    }

    /// `sentence` is the claim's sentence as read by `sentenceWords`.
    mutating func features(for claim: Claim, claimIndex: Int, article: Article, articleIndex: Int, sentence: SentenceWords,
                           previousNoun: String? = nil, pastYears: [Int] = []) -> ClaimFeatures? {
        guard claim.kind == .quantity, let unit = claim.unit, let low = claim.low, let high = claim.high,
              low.isFinite, high.isFinite, high >= low else { return nil }
        let dimension = UnitTable.dimension(of: unit)

        // Plain arrays: SortedIDs sorts and drops repeats at the end, cheaper than hashing each insert.
        var names: [Int] = [], topic: [Int] = [], context: [Int] = []
        names.reserveCapacity(16)
        topic.reserveCapacity(sentence.linkTokens.count + 1)
        context.reserveCapacity(16)
        var contextNoun: (distance: Int, name: String)?, clauseNoun: (distance: Int, name: String)?
        // The claim's first token, found once for the clause, event and employment tests below.
        let claimToken = sentence.linkTokens.firstIndex(where: { $0.end > claim.span.start })
        // A noun-less figure borrows the nearest class noun of its own clause, bounded by punctuation
        // only: in "the death toll ... rose to 134, with 460 people injured", 134 counts deaths.
        var clause = 0..<0
        if claim.noun == nil, let claimToken {
            clause = Self.punctuationClause(around: claim.span, from: claimToken, in: sentence.linkTokens)
        }
        for (position, token) in sentence.linkTokens.enumerated() where token.word >= 0 && !claim.span.contains(token.start) {
            // Fields read in place: copying the whole `WordInfo` retained its strings for every token.
            let stem = words[token.word].stem
            // A capitalised first word may be a plain word ("Inflation slowed"): it counts as topic too.
            if (!token.capitalised || position == 0), words[token.word].isTopic {
                topic.append(words[token.word].topicStem)
            }
            if token.capitalised, words[token.word].isName {
                names.append(stem)
                context.append(stem)
            }
            if claim.noun == nil, let name = words[token.word].nounClass {
                let distance = abs(token.start - claim.span.start)
                if clause.contains(position) {
                    if clauseNoun == nil || distance < clauseNoun!.distance { clauseNoun = (distance, name) }
                } else if contextNoun == nil || distance < contextNoun!.distance {
                    contextNoun = (distance, name)
                }
            }
        }
        // Entity mentions: their ids are context and names; a mention inside the claim says whose
        // quantity it is, by entity, so "DPRK troops" and "North Korean troops" can match.
        var mentionGroups: Set<Int> = [], coveredByMention: [TextSpan] = []
        for mention in sentence.mentions {
            let key = mention.key
            context.append(key)
            names.append(key)
            names += mention.wordStems
            // "Russian troops" and a sentence naming Russia are about one country's people.
            let country = mention.country
            if let country { names.append(country) }
            if claim.span.contains(mention.span), mention.type != .person {
                mentionGroups.insert(key)
                if let country { mentionGroups.insert(country) }
                coveredByMention.append(mention.span)
            }
        }
        let eventName = claimToken.flatMap { event(near: claim.span, from: $0, in: sentence.linkTokens) }

        let elliptic = claim.noun == nil && isElliptic(claim, sentence.linkTokens) ? previousNoun.map(NounClasses.name(for:)) : nil
        // Without a noun: the clause's class noun, else what the sentence's previous figure counts
        // ("employs 58,000 people, including 21,000 in the US"), else the sentence's nearest class noun.
        let sameSentenceCount = lastCount.flatMap { $0.article == articleIndex && $0.sentence == claim.sentence ? $0.className : nil }
        var nounClassName = claim.noun.map(NounClasses.name(for:)) ?? elliptic ?? clauseNoun?.name ?? sameSentenceCount ?? contextNoun?.name
        // "eight people were killed" counts deaths, not people; "employs 58,000 people" counts staff.
        if nounClassName == "people", let eventName { nounClassName = eventName }
        if nounClassName == "people", let claimToken, followsEmploymentWord(from: claimToken, in: sentence.linkTokens) { nounClassName = "employees" }
        let blockName: (unit: String, nounClass: String)
        switch dimension {
        case .count:
            guard let nounClassName else { return nil }
            blockName = (unit, nounClassName)
        case .temperature:
            // Bare "degrees" is read as Celsius, the scale most of the world's news writes in, so
            // "minus 12 degrees" meets "-12C"; Fahrenheit stays apart.
            blockName = (unit == "degF" ? "degF" : "degC", "")
        default:
            // Measures and shares rarely name a counted noun; noun classes and topic words keep them apart.
            blockName = (unit, "")
        }
        if dimension == .count, let nounClassName { lastCount = (articleIndex, claim.sentence, nounClassName) }
        var groups = mentionGroups, plain: Set<Int> = []
        let mentionText = coveredByMention.isEmpty ? "" : coveredByMention.map { SpanText.string(article.scalars, $0) }.joined(separator: " ")
        for modifier in claim.modifiers {
            for word in modifier.split(whereSeparator: { $0 == " " || $0 == "-" }) {
                if word.first?.isUppercase == true {
                    if !mentionText.contains(word) { groups.insert(stemID(String(word))) }
                } else {
                    plain.insert(intern("p", word.lowercased()))
                }
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
        let speakerIDs = speaker(claim.attribution ?? "")
        if !speakerIDs.isEmpty { names.removeAll { speakerIDs.contains($0) } }
        if let noun = claim.noun { topic.append(stemID(noun)) }
        return ClaimFeatures(
            article: articleIndex, claims: [claimIndex], dimension: dimension, block: intern("b", blockName.unit, blockName.nounClass),
            nounClass: nounClassName.map { intern("c", $0) } ?? -1,
            noun: claim.noun.map { intern("w", $0.lowercased()) } ?? -1, nounIsKnown: claim.noun.map(NounClasses.isKnown) ?? false,
            low: low, high: high, point: point, groups: shared(groups, slot: 0), plainModifiers: shared(plain, slot: 1),
            context: shared(context, slot: 2), names: shared(names, slot: 3), event: eventName.map { intern("v", $0) } ?? -1,
            speaker: shared(speakerIDs.ids.lazy.map { Int($0) }, slot: 4), isVague: claim.value == nil && claim.writtenRange == nil, topic: shared(topic, slot: 5),
            countsPeople: dimension == .count && (nounClassName == "troops" || nounClassName == "people"),
            pastYears: shared(pastYears, slot: 6)
        )
    }
}
