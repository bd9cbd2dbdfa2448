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
    }
}
