import Foundation

/// Settings for one analysis run.
public struct AnalysisOptions: Sendable {
    /// User corrections to entity merging (`aliases.toml`).
    public var aliases: AliasTable
    /// Whether per-article work is spread over the cores; the result is the same either way.
    public var concurrent: Bool

    public init(aliases: AliasTable = .empty, concurrent: Bool = true) {
        self.aliases = aliases
        self.concurrent = concurrent
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

    /// Starts reading the shipped knowledge tables (gazetteers, word lists) on another thread,
    /// so that it overlaps the loading of articles instead of holding up the first analysis step
    /// on one core. Safe to call more than once; an analysis that starts first simply waits.
    public static func prepare() {
        DispatchQueue.global(qos: .userInitiated).async { _ = Gazetteer.shared }
    }

    public func analyze(_ loaded: [Article], warnings: [String] = []) -> Story {
        var articles = loaded
        for index in articles.indices {
            articles[index].id = "a\(index + 1)"
        }
        let entityResult = EntityAnalyzer(aliases: options.aliases, concurrent: options.concurrent).analyze(articles)
        let claims = extractClaims(articles, mentions: entityResult.mentions)
        let linked = ClaimLinker(concurrent: options.concurrent).link(consume claims, articles: articles, mentions: entityResult.mentions)
        return Story(
            articles: articles,
            mentions: entityResult.mentions,
            claims: linked.claims,
            entities: entityResult.entities,
            clusters: linked.clusters,
            warnings: warnings
        )
    }

    /// Every article's claims, with story-wide ids ("c1", "c2", ... in story order) and article ids.
    ///
    /// Extraction reads one article (and its mentions) at a time, so it is spread over the cores;
    /// ids are numbered afterwards, so the result does not depend on timing.
    public func extractClaims(_ articles: [Article], mentions: [[Mention]]) -> [[Claim]] {
        let extractor = ClaimExtractor()
        var claims = Concurrent.map(articles.count, enabled: options.concurrent) { index in
            // Extraction grows its array as it goes; claims are the largest thing a story holds,
            // so keep them in exactly the room they need.
            var exact: [Claim] = []
            let found = extractor.extract(from: articles[index], mentions: index < mentions.count ? mentions[index] : [])
            exact.reserveCapacity(found.count)
            exact.append(contentsOf: found)
            return exact
        }
        var nextClaim = 1
        for index in claims.indices {
            for claimIndex in claims[index].indices {
                claims[index][claimIndex].id = "c\(nextClaim)"
                claims[index][claimIndex].articleID = articles[index].id
                nextClaim += 1
            }
        }
        FreedMemory.release()
        return claims
    }
}
