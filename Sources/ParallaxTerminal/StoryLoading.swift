import Foundation
import ParallaxModel

/// Reads the story's files on worker threads (`BackgroundLoader`) and gives the reader what
/// arrived since it last asked, in path order, each article's glyphs already measured there.
final class StoryLoading {
    private let loader: BackgroundLoader<ArticleGlyphs>
    /// Everything handed out so far, in path order: the report a plain load would give.
    private(set) var report = LoadReport()

    init(plan: LoadPlan, standardInput: @escaping @Sendable () -> Data) {
        loader = BackgroundLoader(plan: plan, standardInput: standardInput, prepare: { ArticleGlyphs(article: $0) })
    }

    /// Blocks until the first `count` articles are read, or every file is.
    func waitForArticles(_ count: Int) {
        loader.waitForArticles(count)
    }

    /// Every file read and handed out.
    var isDone: Bool { loader.isDrained }

    /// The articles read since the last call; the last batch carries the story's warnings.
    func nextBatch() -> LoadedBatch {
        let parts = loader.takeReady()
        for part in parts {
            report.articles += part.report.articles
            report.problems += part.report.problems
        }
        let done = loader.isDrained
        return LoadedBatch(articles: parts.flatMap(\.report.articles), glyphs: parts.flatMap(\.prepared),
                           progress: done ? nil : LoadingProgress(read: loader.finishedCount, total: loader.stepCount),
                           warnings: done ? report.warnings : nil)
    }
}
