import Foundation

/// What an interned id stands for: a key, a word stem or a key in a namespace. Ids of the three
/// never collide, so one id table holds all of them.
enum InternedKey: Hashable, Sendable {
    case key(String)
    case stem(String)
    case part(FeatureBuilder.KeyParts)
}

/// Features of every quantity claim of the story, built on all cores.
///
/// Articles are read in chunks, each by a `FeatureBuilder` of its own with its own id tables;
/// the chunks' ids are then renumbered to story-wide ids, in chunk order and each chunk's
/// first-seen order. That is exactly the order one builder reading the whole story would give
/// them, so the features (ids included) are the same as a serial build's.
enum StoryFeatures {
    static func build(claims: [[Claim]], articles: [Article], mentions: [[Mention]], concurrent: Bool) -> [ClaimFeatures] {
        let storyYear = StoryTime.latestYear(articles: articles, claims: claims)
        let count = min(claims.count, articles.count)
        let cores = concurrent ? max(1, ProcessInfo.processInfo.activeProcessorCount) : 1
        // Small chunks keep the cores evenly busy and the chunk-local features in flight few;
        // large ones read each distinct word fewer times.
        let chunkSize = min(max(count / (4 * cores), 8), 64)
        let chunks = stride(from: 0, to: count, by: chunkSize).map { $0..<min(count, $0 + chunkSize) }
        var ids = StoryIDs()
        var features: [ClaimFeatures] = []
        // A round of chunks at a time, one per core: only one round's chunk-local features are
        // held beside the story's.
        for roundStart in stride(from: 0, to: chunks.count, by: cores) {
            let round = Array(chunks[roundStart..<min(chunks.count, roundStart + cores)])
            let local = Concurrent.map(round.count, enabled: concurrent) { index in
                chunkFeatures(round[index], claims: claims, articles: articles, mentions: mentions, storyYear: storyYear)
            }
            let maps = local.map { ids.renumbering($0.origins) }
            let renumbered = Concurrent.map(round.count, enabled: concurrent) { index in
                renumber(local[index].features, through: maps[index])
            }
            for chunk in renumbered { features.append(contentsOf: chunk) }
        }
        return features
    }

    /// One chunk's features, with ids local to the chunk, and what each of those ids stands for.
    static func chunkFeatures(_ chunk: Range<Int>, claims: [[Claim]], articles: [Article], mentions: [[Mention]],
                              storyYear: Int?) -> (features: [ClaimFeatures], origins: [InternedKey]) {
        var builder = FeatureBuilder()
        var features: [ClaimFeatures] = []
        for articleIndex in chunk {
            let article = articles[articleIndex], articleClaims = claims[articleIndex]
            let articleMentions = articleIndex < mentions.count ? mentions[articleIndex] : []
            let mentionsInOrder = zip(articleMentions, articleMentions.dropFirst()).allSatisfy { $0.span.start <= $1.span.start }
            let pastYears = StoryTime.pastYearsBySentence(articleClaims, storyYear: storyYear)
            // Claims come in text order, so one sentence's claims are adjacent: read each sentence once.
            var sentence: SentenceWords?
            var previousNoun: String?
            for (claimIndex, claim) in articleClaims.enumerated() where claim.kind == .quantity {
                let span = claim.sentence >= 0 && claim.sentence < article.sentences.count ? article.sentences[claim.sentence] : claim.span
                let words: SentenceWords
                if let current = sentence, current.span == span {
                    words = current
                } else {
                    words = builder.sentenceWords(article, span: span, mentions: articleMentions, mentionsInOrder: mentionsInOrder)
                    sentence = words
                }
                if let feature = builder.features(for: claim, claimIndex: claimIndex, article: article, articleIndex: articleIndex,
                                                  sentence: words, previousNoun: previousNoun,
                                                  pastYears: pastYears[claim.sentence] ?? []) {
                    features.append(feature)
                }
                if claim.unit == "count", let noun = claim.noun { previousNoun = noun }
            }
        }
        return (features, builder.origins)
    }

    /// Chunk-local features with story-wide ids. Consecutive features whose sets were equal
    /// keep sharing one renumbered set, as the builder had them share storage.
    static func renumber(_ features: [ClaimFeatures], through map: [Int32]) -> [ClaimFeatures] {
        var lastLocal = [SortedIDs](repeating: .empty, count: 6), lastRenumbered = lastLocal
        func story(_ id: Int) -> Int { id >= 0 && id < map.count ? Int(map[id]) : id }
        return features.map { feature in
            feature.renumbered(id: story) { set, slot in
                if set == lastLocal[slot] { return lastRenumbered[slot] }
                let renumbered = SortedIDs(set.ids.map { story(Int($0)) })
                lastLocal[slot] = set
                lastRenumbered[slot] = renumbered
                return renumbered
            }
        }
    }
}

/// Story-wide ids, handed out in the order keys are first seen.
struct StoryIDs {
    private var ids: [InternedKey: Int32] = [:]

    /// For each chunk-local id (the index), its story-wide id; new keys get the next ids in turn.
    mutating func renumbering(_ origins: [InternedKey]) -> [Int32] {
        origins.map { key in
            if let known = ids[key] { return known }
            let id = Int32(truncatingIfNeeded: ids.count)
            ids[key] = id
            return id
        }
    }
}

extension ClaimFeatures {
    /// The same features with every interned id replaced: single ids through `id`, sets through
    /// `set` (given a slot number per kind of set). Years, values and indices are kept.
    func renumbered(id: (Int) -> Int, set: (SortedIDs, Int) -> SortedIDs) -> ClaimFeatures {
        func optional(_ value: Int) -> Int { value >= 0 ? id(value) : value }
        return ClaimFeatures(
            article: article, claims: claims, dimension: dimension, block: id(block), nounClass: optional(nounClass),
            noun: optional(noun), nounIsKnown: nounIsKnown, low: low, high: high, point: point,
            groups: set(groups, 0), plainModifiers: set(plainModifiers, 1), context: set(context, 2), names: set(names, 3),
            event: optional(event), speaker: set(speaker, 4), isVague: isVague, topic: set(topic, 5),
            countsPeople: countsPeople, pastYears: pastYears
        )
    }
}
