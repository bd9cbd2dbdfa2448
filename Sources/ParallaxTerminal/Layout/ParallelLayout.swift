import Dispatch
import ParallaxModel

/// Measuring and wrapping every article is the reader's own share of start-up (about a third
/// of a second for 500 articles on one core); articles are independent, so use every core.
enum ParallelLayout {
    static func glyphs(_ articles: [Article]) -> [ArticleGlyphs] {
        map(articles.count) { ArticleGlyphs(article: articles[$0]) }
    }

    static func wrap(_ glyphs: [ArticleGlyphs], width: Int) -> [WrappedText] {
        map(glyphs.count) { WrappedText(glyphs[$0], width: width) }
    }

    /// `transform(0..<count)` in order, computed concurrently when there is enough to share.
    private static func map<T>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count > 8 else { return (0..<count).map(transform) }
        var results = [T?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each index is written by exactly one iteration, so the writes never overlap.
            nonisolated(unsafe) let unsafeSlots = buffer
            DispatchQueue.concurrentPerform(iterations: count) { index in
                unsafeSlots[index] = transform(index)
            }
        }
        return results.map { $0! }
    }
}
