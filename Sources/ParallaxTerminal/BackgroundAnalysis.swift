import Foundation
import ParallaxModel

/// Runs `StoryAnalyzer` on its own thread and holds the result under a lock until the input
/// loop collects it. The thread never touches the terminal or the reader state.
final class BackgroundAnalysis: @unchecked Sendable {
    private let lock = NSLock()
    private var finished: Story?

    init(articles: [Article], warnings: [String], analyzer: StoryAnalyzer) {
        let thread = Thread { [self] in
            let story = analyzer.analyze(articles, warnings: warnings)
            lock.lock()
            finished = story
            lock.unlock()
        }
        // The analysers were written and tested on the main thread (8 MB stack); a secondary
        // thread gets less by default, so ask for at least as much.
        thread.stackSize = 16 << 20
        thread.name = "parallax-analysis"
        thread.start()
    }

    /// The analysed story once ready; nil while the analysis is still running.
    func result() -> Story? {
        lock.lock()
        defer { lock.unlock() }
        return finished
    }
}
