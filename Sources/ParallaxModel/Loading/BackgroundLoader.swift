import Foundation

/// Loads a plan's steps on worker threads and hands the results out in step order as soon as
/// each is ready, so a reader can show the first articles while the rest are still read.
///
/// `prepare` runs on the worker for every loaded article (the reader measures its glyphs
/// there), keeping that work off the thread that draws.
public final class BackgroundLoader<Prepared: Sendable>: @unchecked Sendable {
    /// One loaded step, and what `prepare` made of each of its articles.
    public struct Part: Sendable {
        public var report: LoadReport
        public var prepared: [Prepared]
    }

    private let plan: LoadPlan
    private let standardInput: @Sendable () -> Data
    private let prepare: @Sendable (Article) -> Prepared
    // Everything below is guarded by `condition`.
    private let condition = NSCondition()
    private var parts: [Part?]
    private var nextToClaim = 0
    private var finishedSteps = 0
    /// Steps 0..<readyPrefix are finished; `readyArticles` is how many articles they hold.
    private var readyPrefix = 0
    private var readyArticles = 0
    private var nextToTake = 0

    /// Starts `workers` threads at once (at least one, never more than there are steps).
    public init(plan: LoadPlan, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                standardInput: @escaping @Sendable () -> Data, prepare: @escaping @Sendable (Article) -> Prepared) {
        self.plan = plan
        self.standardInput = standardInput
        self.prepare = prepare
        parts = Array(repeating: nil, count: plan.stepCount)
        for number in 0..<min(max(1, workers), plan.stepCount) {
            let thread = Thread { [self] in work() }
            // Format readers were written and tested on the main thread's 8 MB stack.
            thread.stackSize = 16 << 20
            thread.name = "parallax-load-\(number + 1)"
            thread.start()
        }
    }

    public var stepCount: Int { plan.stepCount }

    /// Steps finished so far, in any order.
    public var finishedCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return finishedSteps
    }

    /// True once every step is loaded (taken or not).
    public var isComplete: Bool { finishedCount == plan.stepCount }

    /// True once every step has been handed out by `takeReady`.
    public var isDrained: Bool {
        condition.lock()
        defer { condition.unlock() }
        return nextToTake == plan.stepCount
    }

    /// Blocks until the leading finished steps hold at least `count` articles, or all are done.
    /// The waiting thread reads files itself while the steps it waits for are not yet taken
    /// by a worker, so a busy machine that is slow to start the workers does not delay it.
    public func waitForArticles(_ count: Int) {
        condition.lock()
        while readyArticles < count, readyPrefix < plan.stepCount {
            // Steps in flight are counted as one article each: help only within that window.
            if nextToClaim < plan.stepCount, nextToClaim - readyPrefix < count - readyArticles {
                finishNextStepHere()
            } else {
                condition.wait()
            }
        }
        condition.unlock()
    }

    /// Called with the lock held and a step left to claim: reads that step on this thread, with
    /// the lock released while it does, and returns with the lock held again.
    private func finishNextStepHere() {
        let step = nextToClaim
        nextToClaim += 1
        condition.unlock()
        finish(step)
        condition.lock()
    }

    /// Blocks until every step is loaded, reading files on this thread too.
    public func waitUntilComplete() {
        condition.lock()
        while finishedSteps < plan.stepCount {
            if nextToClaim < plan.stepCount {
                finishNextStepHere()
            } else {
                condition.wait()
            }
        }
        condition.unlock()
    }

    /// The steps finished since the last call, in step order, up to the first unfinished one.
    public func takeReady() -> [Part] {
        condition.lock()
        defer { condition.unlock() }
        var taken: [Part] = []
        while nextToTake < readyPrefix {
            if let part = parts[nextToTake] { taken.append(part) }
            parts[nextToTake] = nil
            nextToTake += 1
        }
        return taken
    }

    private func work() {
        while true {
            condition.lock()
            let step = nextToClaim
            nextToClaim += 1
            condition.unlock()
            guard step < plan.stepCount else { return }
            finish(step)
        }
    }

    /// Loads and prepares one claimed step, then publishes it.
    private func finish(_ step: Int) {
        let report = plan.load(step: step, standardInput: standardInput)
        let part = Part(report: report, prepared: report.articles.map(prepare))
        condition.lock()
        parts[step] = part
        finishedSteps += 1
        while readyPrefix < plan.stepCount, let ready = parts[readyPrefix] {
            readyArticles += ready.report.articles.count
            readyPrefix += 1
        }
        condition.broadcast()
        condition.unlock()
    }
}
