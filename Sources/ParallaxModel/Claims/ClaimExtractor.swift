/// Finds every number-bearing expression in an article and says what kind it is.
/// (Placeholder until the claims issue lands: finds nothing.)
public struct ClaimExtractor: Sendable {
    public init() {}

    /// Claims in text order; ids and article ids are assigned by the caller.
    public func extract(from article: Article, mentions: [Mention]) -> [Claim] {
        []
    }
}
