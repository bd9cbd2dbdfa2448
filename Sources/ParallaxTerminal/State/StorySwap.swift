import ParallaxModel

/// Taking over the analysed story while the reader is already open on the plain text.
extension ReaderState {
    /// Actions that mean nothing until the analysis is in: they get a "still analysing" notice.
    static let needsAnalysis: Set<Action> = [
        .nextClaim, .previousClaim, .nextConflict, .previousConflict, .align, .cycleMatch,
        .claimsView, .entitiesView,
    ]

    /// Replaces the story, keeping focus, scroll positions, search and open views. The
    /// analysis does not change the text, so the wrapped lines stay valid; if it somehow
    /// did, everything is rebuilt and the reading positions clamped.
    mutating func adopt(_ analysed: Story) {
        let sameText = analysed.articles.count == story.articles.count
            && zip(analysed.articles, story.articles).allSatisfy { $0.text == $1.text }
        let hadArticles = articleCount
        story = analysed
        index = StoryIndex(story: analysed)
        analysing = false
        if !sameText {
            glyphs = ParallelLayout.glyphs(analysed.articles)
            selection = nil
            alignment = nil
            search = nil
            highlightedEntity = nil
            entityWalk = nil
            tops = Array(repeating: 0, count: analysed.articles.count)
            if articleCount != hadArticles { focus = 0; firstPane = 0 }
            layout = ScreenLayout(size: size, articleCount: articleCount, singlePane: singlePane)
            wrapped = ParallelLayout.wrap(glyphs, width: layout.textWidth)
            keepFocusVisible()
        }
        // The same counts as the claims view's title, so the two never seem to disagree.
        let compared = index.clusters.count
        let conflicts = index.clusters.filter { $0.verdict == .conflict }.count
        if message == nil || message?.hasPrefix("Still finding") == true {
            message = "Analysis ready: \(compared) figure(s) stated by several sources, \(conflicts) in conflict, \(story.entities.count) name(s) — c to compare, ] next claim"
        }
        if let view = viewWhenAnalysed {
            viewWhenAnalysed = nil
            if overlay == .none { perform(view) }
        }
    }
}

/// How far loading has got, for the status line: files read of files to read.
public struct LoadingProgress: Equatable, Sendable {
    public var read: Int
    public var total: Int

    public init(read: Int, total: Int) {
        self.read = read
        self.total = total
    }
}

/// Articles read since the last batch, in load order, with their glyphs measured off the
/// drawing thread.
public struct LoadedBatch: Sendable {
    public var articles: [Article]
    public var glyphs: [ArticleGlyphs]
    /// nil once every file is read.
    public var progress: LoadingProgress?
    /// Set with the last batch: what loading skipped or repaired, for the story's warnings.
    public var warnings: [String]?

    public init(articles: [Article], glyphs: [ArticleGlyphs], progress: LoadingProgress?, warnings: [String]? = nil) {
        self.articles = articles
        self.glyphs = glyphs
        self.progress = progress
        self.warnings = warnings
    }
}

/// Growing the story while files are still being read, so the first panes show at once.
extension ReaderState {
    /// Appends articles after the ones shown, keeping focus, scroll positions and search.
    /// Only the new articles are wrapped unless the pane width changes (while fewer articles
    /// than fit on screen are in).
    mutating func adoptLoaded(_ batch: LoadedBatch) {
        loading = batch.progress
        if let warnings = batch.warnings { story.warnings = warnings }
        let added = min(batch.articles.count, batch.glyphs.count)
        guard added > 0 else { return }
        let first = articleCount
        for (offset, article) in batch.articles.prefix(added).enumerated() {
            var article = article
            article.id = "a\(first + offset + 1)"
            story.articles.append(article)
            story.mentions.append([])
            story.claims.append([])
        }
        glyphs += batch.glyphs.prefix(added)
        tops += Array(repeating: 0, count: added)
        let newLayout = ScreenLayout(size: size, articleCount: articleCount, singlePane: singlePane)
        if newLayout.textWidth != layout.textWidth {
            let kept = (0..<first).map { topOffset($0) }
            layout = newLayout
            wrapped = ParallelLayout.wrap(glyphs, width: layout.textWidth)
            for article in 0..<first {
                tops[article] = kept[article].map { line(of: $0, in: article) } ?? min(max(tops[article], 0), maxTop(article))
            }
        } else {
            layout = newLayout
            wrapped += ParallelLayout.wrap(Array(glyphs[first...]), width: layout.textWidth)
        }
        index = StoryIndex(story: story)
        if var result = search {
            let needle = SearchFolding.fold(Array(result.query.unicodeScalars)).scalars
            for article in story.articles[first...] {
                result.hits.append(SearchFolding.find(needle, in: SearchFolding.fold(article.scalars)))
            }
            search = result
        }
        keepFocusVisible()
    }
}

extension LoadedBatch {
    /// This batch followed by a later one.
    public mutating func append(_ later: LoadedBatch) {
        articles += later.articles
        glyphs += later.glyphs
        progress = later.progress
        warnings = later.warnings ?? warnings
    }
}
