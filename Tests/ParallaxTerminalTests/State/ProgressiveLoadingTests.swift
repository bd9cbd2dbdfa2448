import Foundation
import ParallaxModel
import Testing
@testable import ParallaxTerminal

/// The reader opens on the first articles read and takes the others as they arrive; the
/// result must be the reader it would have been with every article from the start.
@Suite struct ProgressiveLoadingTests {
    static let size = Size(width: 100, height: 20)

    /// Eight articles of different lengths and sources (text written for these tests).
    static var articles: [Article] {
        (0..<8).flatMap { index in
            FixtureStory.single((0...index).map { "Paragraph \($0) of article \(index): the ferry carried \($0 * 40 + 12) passengers across the bay." },
                                source: "Source \(index % 5)").articles
        }
    }

    static func batch(_ articles: some Sequence<Article>, progress: LoadingProgress?, warnings: [String]? = nil) -> LoadedBatch {
        let articles = Array(articles)
        return LoadedBatch(articles: articles, glyphs: articles.map { ArticleGlyphs(article: $0) }, progress: progress, warnings: warnings)
    }

    static func opening(size: Size = size) -> ReaderState {
        ReaderState(story: Story(articles: []), size: size, analysing: true)
    }

    func expectSameReader(_ actual: ReaderState, _ expected: ReaderState, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(actual.articleCount == expected.articleCount, sourceLocation: sourceLocation)
        #expect(actual.story.articles.map(\.id) == expected.story.articles.map(\.id), sourceLocation: sourceLocation)
        #expect(actual.story.articles.map(\.text) == expected.story.articles.map(\.text), sourceLocation: sourceLocation)
        #expect(actual.layout == expected.layout, sourceLocation: sourceLocation)
        #expect(actual.wrapped.map { $0.lines.map(\.range) } == expected.wrapped.map { $0.lines.map(\.range) }, sourceLocation: sourceLocation)
        #expect(actual.index.sourceNames == expected.index.sourceNames, sourceLocation: sourceLocation)
        #expect(actual.story.mentions.count == expected.articleCount && actual.story.claims.count == expected.articleCount, sourceLocation: sourceLocation)
        let theme = Theme.fallback
        #expect(ReaderView.render(actual, size: actual.size, theme: theme).text == ReaderView.render(expected, size: expected.size, theme: theme).text,
                sourceLocation: sourceLocation)
    }

    @Test(arguments: [1, 2, 3, 8])
    func batchesOfAnySizeGiveTheReaderOfTheWholeStory(batchSize: Int) {
        let all = Self.articles
        var state = Self.opening()
        var start = 0
        while start < all.count {
            let end = min(all.count, start + batchSize)
            let progress = end == all.count ? nil : LoadingProgress(read: end, total: all.count)
            state = ReaderUpdate.apply(.articlesLoaded(Self.batch(all[start..<end], progress: progress)), to: state)
            start = end
        }
        var whole = all
        for index in whole.indices { whole[index].id = "a\(index + 1)" }
        expectSameReader(state, ReaderState(story: Story(articles: whole), size: Self.size, analysing: true))
        #expect(state.loading == nil)
    }

    @Test func aBatchKeepsFocusScrollAndSearch() {
        let all = Self.articles
        var state = ReaderUpdate.apply(.articlesLoaded(Self.batch(all.prefix(4), progress: LoadingProgress(read: 4, total: 8))), to: Self.opening())
        state = ReaderUpdate.apply(.action(.focusNext), to: state)
        state = ReaderUpdate.apply(.action(.scrollDown), to: state)
        for key in ["/", "f", "e", "r", "r", "y", "enter"] { state = ReaderUpdate.apply(.key(key), to: state) }
        let hitsBefore = state.search?.total ?? 0
        #expect(hitsBefore == (1 + 2 + 3 + 4))
        let tops = state.tops
        state = ReaderUpdate.apply(.articlesLoaded(Self.batch(all.dropFirst(4), progress: nil)), to: state)
        #expect(state.focus == 1)
        #expect(Array(state.tops.prefix(4)) == tops)
        #expect(state.search?.hits.count == 8)
        #expect(state.search?.total == (1...8).reduce(0, +))
        // Walking the hits reaches the new articles without trapping.
        for _ in 0..<40 { state = ReaderUpdate.apply(.action(.nextHit), to: state) }
        _ = ReaderView.render(state, size: state.size, theme: Theme.fallback)
    }

    @Test func fewerArticlesThanPanesRewrapWhenMoreArrive() {
        let all = Self.articles
        let wide = Size(width: 200, height: 30)
        var state = ReaderUpdate.apply(.articlesLoaded(Self.batch(all.prefix(2), progress: LoadingProgress(read: 2, total: 8))), to: Self.opening(size: wide))
        #expect(state.layout.visiblePanes == 2)
        state = ReaderUpdate.apply(.articlesLoaded(Self.batch(all.dropFirst(2), progress: nil)), to: state)
        #expect(state.layout.visiblePanes == 6)
        #expect(state.wrapped.allSatisfy { $0.width == state.layout.textWidth })
    }

    @Test func theStatusLineCountsFilesThenTurnsToTheAnalysis() {
        let all = Self.articles
        let theme = Theme.fallback
        var state = ReaderUpdate.apply(.articlesLoaded(Self.batch(all.prefix(3), progress: LoadingProgress(read: 3, total: 8))), to: Self.opening())
        var screen = ReaderView.render(state, size: state.size, theme: theme).text
        #expect(screen.contains("loading 3/8 files…"), "\(screen)")
        #expect(!screen.contains("analysing"), "\(screen)")
        state = ReaderUpdate.apply(.articlesLoaded(Self.batch([Article](), progress: LoadingProgress(read: 5, total: 8))), to: state)
        screen = ReaderView.render(state, size: state.size, theme: theme).text
        #expect(screen.contains("loading 5/8 files…"), "\(screen)")
        state = ReaderUpdate.apply(.articlesLoaded(Self.batch(all.dropFirst(3), progress: nil, warnings: ["x.txt: empty file"])), to: state)
        screen = ReaderView.render(state, size: state.size, theme: theme).text
        #expect(screen.contains("analysing names and numbers in 8 article(s)…"), "\(screen)")
        #expect(state.story.warnings == ["x.txt: empty file"])
    }

    @Test func keysWorkWhileFilesAreStillArriving() {
        let all = Self.articles
        var state = ReaderUpdate.apply(.articlesLoaded(Self.batch(all.prefix(2), progress: LoadingProgress(read: 2, total: 8))), to: Self.opening())
        for action in [Action.focusNext, .focusNext, .nextPanes, .pageDown, .bottom, .singlePane, .scrollLock, .focusPrevious] {
            state = ReaderUpdate.apply(.action(action), to: state)
            #expect(state.focus < state.articleCount)
        }
        state = ReaderUpdate.apply(.articlesLoaded(Self.batch(all.dropFirst(2), progress: nil)), to: state)
        state = ReaderUpdate.apply(.resize(Size(width: 61, height: 12)), to: state)
        #expect(state.wrapped.count == 8)
        _ = ReaderView.render(state, size: state.size, theme: Theme.fallback)
    }
}

/// `StoryLoading` drives the loader the way the reader does: batches in path order whose
/// articles, glyphs and warnings are those of a plain load.
@Suite struct StoryLoadingTests {
    @Test func batchesJoinToThePlainLoad() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-story-loading-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for index in 0..<40 {
            let text = index == 7 ? "" : "Title \(index)\n\nThe river rose \(index) centimetres overnight, the agency said.\n"
            try Data(text.utf8).write(to: directory.appendingPathComponent(String(format: "%02d.txt", index)))
        }
        let plan = ArticleLoader().plan(paths: [directory.path, directory.path + "/nothing.txt"])
        let plain = plan.loadSequentially()
        let loading = StoryLoading(plan: plan, standardInput: { Data() })
        loading.waitForArticles(3)
        var batch = loading.nextBatch()
        #expect(batch.articles.count >= 3)
        while !loading.isDone {
            loading.waitForArticles(batch.articles.count + 1)
            batch.append(loading.nextBatch())
        }
        #expect(batch.progress == nil)
        #expect(batch.articles.map(\.text) == plain.articles.map(\.text))
        #expect(batch.articles.map(\.path) == plain.articles.map(\.path))
        #expect(batch.glyphs.map(\.glyphs.count) == plain.articles.map { ArticleGlyphs(article: $0).glyphs.count })
        #expect(batch.warnings == plain.warnings)
        #expect(loading.report.problems == plain.problems)
        #expect(plain.problems.count == 2)
    }
}
