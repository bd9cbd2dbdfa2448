/// Everything known about one story: its articles and what was found in and across them.
public struct Story: Sendable {
    public var articles: [Article]
    /// Entity mentions per article, parallel to `articles`, each in text order.
    public var mentions: [[Mention]]
    /// Number-bearing expressions per article, parallel to `articles`, each in text order.
    public var claims: [[Claim]]
    public var entities: [Entity]
    public var clusters: [ClaimCluster]
    /// What was repaired or skipped while loading, phrased for a person.
    public var warnings: [String]

    public init(
        articles: [Article], mentions: [[Mention]]? = nil, claims: [[Claim]]? = nil,
        entities: [Entity] = [], clusters: [ClaimCluster] = [], warnings: [String] = []
    ) {
        self.articles = articles
        self.mentions = mentions ?? Array(repeating: [], count: articles.count)
        self.claims = claims ?? Array(repeating: [], count: articles.count)
        self.entities = entities
        self.clusters = clusters
        self.warnings = warnings
    }

    /// Every cross-article pair inside each cluster, with its verdict, worked out from the
    /// clusters and the claims' bounds. Building it reads every claim once: hold on to it.
    public var links: StoryLinks { StoryLinks(clusters: clusters, claims: claims) }
}
