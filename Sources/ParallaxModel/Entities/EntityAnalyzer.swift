/// What entity analysis produces for a story.
public struct EntityAnalysis: Sendable {
    /// Mentions per article, parallel to the articles, in text order, each with its `entityID`.
    public var mentions: [[Mention]]
    /// One entity per real-world thing, ids "e1", "e2", ... in a deterministic order.
    public var entities: [Entity]

    public init(mentions: [[Mention]], entities: [Entity]) {
        self.mentions = mentions
        self.entities = entities
    }
}

/// Finds named entities in each article and merges them across sources.
///
/// Recognition is rule-based and explainable: capitalised runs of words (`MentionRecognizer`),
/// typed from shipped gazetteers and context (`NameClassifier`), made consistent across the
/// story (`StoryConsistency`), then merged into entities (`EntityMerger`).
public struct EntityAnalyzer: Sendable {
    public var aliases: AliasTable
    /// Whether per-article recognition is spread over the cores; the result is the same either way.
    public var concurrent: Bool

    public init(aliases: AliasTable = .empty, concurrent: Bool = true) {
        self.aliases = aliases
        self.concurrent = concurrent
    }

    public func analyze(_ articles: [Article]) -> EntityAnalysis {
        let recognizer = MentionRecognizer(gazetteer: .shared)
        var lowercaseWords = LowercaseWords()
        // Articles are read on both cores. Each is tokenised in both passes rather than holding
        // every article's tokens between them: held, the tokens of a 5,000-article story took
        // more memory than its text several times over, for a few percent of the time.
        let wordsByArticle = Concurrent.map(articles.count, enabled: concurrent) { index in
            var words = LowercaseWords()
            recognizer.lowercaseWords(in: articles[index], into: &words)
            return words
        }
        for words in wordsByArticle { lowercaseWords.formUnion(words) }
        let storyWords = lowercaseWords
        let found = Concurrent.map(articles.count, enabled: concurrent) { index in
            recognizer.candidates(in: articles[index], lowercaseWords: storyWords)
        }
        let consistent = StoryConsistency(gazetteer: .shared).apply(consume found, articles: articles, concurrent: concurrent)
        let analysis = EntityMerger(aliases: aliases).merge(consume consistent, articles: articles)
        FreedMemory.release()
        return analysis
    }
}
