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

    public init(aliases: AliasTable = .empty) {
        self.aliases = aliases
    }

    public func analyze(_ articles: [Article]) -> EntityAnalysis {
        let recognizer = MentionRecognizer(gazetteer: .shared)
        var lowercaseWords = LowercaseWords()
        let sentences = articles.map(recognizer.sentences(of:))
        for (article, tokenized) in zip(articles, sentences) {
            recognizer.lowercaseWords(in: article, sentences: tokenized, into: &lowercaseWords)
        }
        let found = zip(articles, sentences).map { recognizer.candidates(in: $0, sentences: $1, lowercaseWords: lowercaseWords) }
        let consistent = StoryConsistency(gazetteer: .shared).apply(found, articles: articles)
        return EntityMerger(aliases: aliases).merge(consistent, articles: articles)
    }
}
