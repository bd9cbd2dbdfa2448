/// Settings for one analysis run.
public struct AnalysisOptions: Sendable {
    /// User corrections to entity merging (`aliases.toml`).
    public var aliases: AliasTable

    public init(aliases: AliasTable = .empty) {
        self.aliases = aliases
    }
}

/// Runs the whole analysis over loaded articles: entities, claims, cross-source links.
///
/// Loading has already normalised the text and split sentences; this adds everything that
/// needs the words. The result is deterministic for the same input.
public struct StoryAnalyzer: Sendable {
    public var options: AnalysisOptions

    public init(options: AnalysisOptions = AnalysisOptions()) {
        self.options = options
    }

    public func analyze(_ loaded: [Article], warnings: [String] = []) -> Story {
        var articles = loaded
        for index in articles.indices {
            articles[index].id = "a\(index + 1)"
        }

        let entityResult = EntityAnalyzer(aliases: options.aliases).analyze(articles)

        let extractor = ClaimExtractor()
        var claims: [[Claim]] = []
        var nextClaim = 1
        for (index, article) in articles.enumerated() {
            var found = extractor.extract(from: article, mentions: entityResult.mentions[index])
            for claimIndex in found.indices {
                found[claimIndex].id = "c\(nextClaim)"
                found[claimIndex].articleID = article.id
                nextClaim += 1
            }
            claims.append(found)
        }

        let linked = ClaimLinker().link(claims, articles: articles, mentions: entityResult.mentions)

        return Story(
            articles: articles,
            mentions: entityResult.mentions,
            claims: linked.claims,
            entities: entityResult.entities,
            clusters: linked.clusters,
            links: linked.links,
            warnings: warnings
        )
    }
}
