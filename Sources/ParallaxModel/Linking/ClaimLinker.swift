/// What linking produces: claims with their cluster ids set, the clusters and their links.
public struct LinkResult: Sendable {
    public var claims: [[Claim]]
    public var clusters: [ClaimCluster]
    public var links: [ClaimLink]

    public init(claims: [[Claim]], clusters: [ClaimCluster], links: [ClaimLink]) {
        self.claims = claims
        self.clusters = clusters
        self.links = links
    }
}

/// Groups claims from different articles that state the same quantity, with verdicts.
/// (Placeholder until the claims issue lands: links nothing.)
public struct ClaimLinker: Sendable {
    public init() {}

    public func link(_ claims: [[Claim]], articles: [Article], mentions: [[Mention]]) -> LinkResult {
        LinkResult(claims: claims, clusters: [], links: [])
    }
}
