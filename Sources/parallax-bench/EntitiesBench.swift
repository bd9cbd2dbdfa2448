import ArgumentParser
import Foundation
import ParallaxModel

struct EntitiesBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Measure entity recognition + merging throughput on one core.",
        discussion: """
        Repeats the annotated fixture articles (markup stripped) until the text reaches the
        requested size, analyses them as one story (the worst case for merging), and prints
        megabytes of article text per second and peak memory.
        """
    )

    @Option(name: .long, help: ArgumentHelp("Directory of annotated story folders.", valueName: "dir"))
    var fixtures = "Tests/ParallaxModelTests/Fixtures/Entities"

    @Option(name: .long, help: ArgumentHelp("Use the plain-text articles (*.txt, one paragraph per line) in this directory instead of the fixtures.", valueName: "dir"))
    var texts: String?

    @Option(name: .long, help: "Megabytes of article text to analyse.")
    var megabytes = 10

    @Option(name: .long, help: "Timed runs; the best is reported.")
    var runs = 3

    func run() throws {
        let originals: [Article]
        if let texts {
            let directory = URL(fileURLWithPath: texts)
            let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "txt" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
            // Plain text has no markup, so the annotated-article reader builds it just as well.
            originals = try files.map { try AnnotatedArticle.parse(String(contentsOf: $0, encoding: .utf8), path: $0.path).article }
        } else {
            let stories = try AnnotatedArticle.loadStories(in: URL(fileURLWithPath: fixtures))
            originals = stories.flatMap { $0.articles.map(\.article) }
        }
        guard !originals.isEmpty else {
            FileHandle.standardError.write(Data("parallax-bench: no fixtures in \(fixtures)\n".utf8))
            throw ExitCode(1)
        }
        let target = max(1, megabytes) * 1_000_000
        var articles: [Article] = []
        var bytes = 0
        while bytes < target {
            var article = originals[articles.count % originals.count]
            article.id = "a\(articles.count + 1)"
            // Counted from the scalars: `text` would build a String per article just to measure it.
            bytes += article.scalars.reduce(0) { $0 + UTF8.width($1) }
            articles.append(article)
        }
        // Load the gazetteers before timing: a one-off cost per process, reported apart.
        let loadStart = threadCPUSeconds()
        _ = EntityAnalyzer().analyze([originals[0]])
        print(String(format: "entities: gazetteer load + first article %.3f s CPU", threadCPUSeconds() - loadStart))

        // Wall time suffers when other processes share the cores; the thread's CPU time is
        // what "MB/s on one core" means, so both are reported. The analysis runs serially:
        // spread over the cores, the measuring thread would do only part of the work and its
        // CPU time would overstate the speed of one core.
        var best = Double.infinity, bestCPU = Double.infinity
        var mentions = 0, entities = 0
        for _ in 0..<max(1, runs) {
            let start = DispatchTime.now().uptimeNanoseconds
            let startCPU = threadCPUSeconds()
            let result = EntityAnalyzer(concurrent: false).analyze(articles)
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            bestCPU = min(bestCPU, threadCPUSeconds() - startCPU)
            mentions = result.mentions.reduce(0) { $0 + $1.count }
            entities = result.entities.count
        }
        // Linux imports RUSAGE_SELF as an enum case; the raw value is what getrusage takes.
        var usage = rusage()
        getrusage(RUSAGE_SELF_ID, &usage)
        let megabytes = Double(bytes) / 1e6
        print(String(format: "entities: %.1f MB in %d articles, best of %d: %.3f s CPU = %.1f MB/s per core (wall %.3f s = %.1f MB/s); %d mentions, %d entities, peak RSS %.0f MB",
                     megabytes, articles.count, max(1, runs), bestCPU, megabytes / bestCPU, best, megabytes / best, mentions, entities, Double(usage.ru_maxrss) / 1024))
    }

    private func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

#if os(Linux)
private let RUSAGE_SELF_ID = RUSAGE_SELF.rawValue
#else
private let RUSAGE_SELF_ID = RUSAGE_SELF
#endif
