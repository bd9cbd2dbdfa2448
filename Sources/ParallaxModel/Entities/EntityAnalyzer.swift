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
/// (Placeholder until the entity issue lands: finds nothing.)
public struct EntityAnalyzer: Sendable {
    public var aliases: AliasTable

    public init(aliases: AliasTable = .empty) {
        self.aliases = aliases
    }

    public func analyze(_ articles: [Article]) -> EntityAnalysis {
        EntityAnalysis(mentions: Array(repeating: [], count: articles.count), entities: [])
    }
}
