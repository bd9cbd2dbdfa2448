import ArgumentParser
import Foundation
import ParallaxModel

/// `parallax-bench story`: the whole pipeline on synthetic stories of growing size.
///
/// Each size runs in a child process so that its peak resident memory is its own.
struct StoryBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "story",
        abstract: "Time loading, sentences, entities, claims, linking and the whole analysis on synthetic stories."
    )

    @Option(name: .long, parsing: .upToNextOption, help: "Story sizes in articles.")
    var articles: [Int] = [5, 50, 500, 5000]

    @Option(name: .long, help: .hidden)
    var single: Int?

    @Option(name: .long, help: .hidden)
    var directory: String?

    func run() throws {
        if let single, let directory {
            let row = try StageTimings.measure(articles: single, directory: URL(fileURLWithPath: directory))
            print(row.encoded)
            return
        }
        #if DEBUG
        print("note: this is a debug build; use `swift run -c release parallax-bench story` for real figures\n")
        #endif
        print(StageTimings.header)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: scratch) }
        var rows: [StageTimings] = []
        for count in articles {
            let directory = scratch.appendingPathComponent("n\(count)")
            _ = try SyntheticArticles.write(count: count, into: directory)
            let output = try Self.runChild(arguments: ["story", "--single", String(count), "--directory", directory.path])
            guard let row = StageTimings(encoded: output) else {
                throw ValidationError("the measurement for \(count) articles failed: \(output)")
            }
            rows.append(row)
            print(row.tableLine)
            try? FileManager.default.removeItem(at: directory)
        }
        if let small = rows.first(where: { $0.articles == 500 }), let large = rows.first(where: { $0.articles == 5000 }) {
            print(String(format: "\nscaling 500 → 5,000 articles: %.1f× the time for %.1f× the text",
                         large.wholeSeconds / small.wholeSeconds, Double(large.bytes) / Double(small.bytes)))
        }
    }

    static func runChild(arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        if !FileManager.default.isExecutableFile(atPath: process.executableURL!.path) {
            process.executableURL = Bundle.main.executableURL
        }
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// One row of the benchmark table.
struct StageTimings {
    var articles: Int
    var bytes: Int
    var loadSeconds: Double
    var sentenceSeconds: Double
    var entitySeconds: Double
    var claimSeconds: Double
    var linkSeconds: Double
    var wholeSeconds: Double
    var peakResidentBytes: Int

    static let header = """
    articles   text MB   load MB/s  sentences MB/s  entities MB/s  claims MB/s  linking ms  whole MB/s  whole s  peak RSS MB  RSS/input
    """

    var tableLine: String {
        let megabytes = Double(bytes) / 1_000_000
        func rate(_ seconds: Double) -> String { String(format: "%.1f", megabytes / max(seconds, 1e-9)) }
        return [
            String(articles).leftPadded(8), String(format: "%.2f", megabytes).leftPadded(9),
            rate(loadSeconds).leftPadded(11), rate(sentenceSeconds).leftPadded(15), rate(entitySeconds).leftPadded(14),
            rate(claimSeconds).leftPadded(12), String(format: "%.1f", linkSeconds * 1000).leftPadded(11),
            rate(wholeSeconds).leftPadded(11), String(format: "%.2f", wholeSeconds).leftPadded(8),
            String(format: "%.1f", Double(peakResidentBytes) / 1_000_000).leftPadded(12),
            String(format: "%.1f×", Double(peakResidentBytes) / Double(max(bytes, 1))).leftPadded(10),
        ].joined(separator: " ")
    }

    var encoded: String {
        [Double(articles), Double(bytes), loadSeconds, sentenceSeconds, entitySeconds, claimSeconds, linkSeconds, wholeSeconds, Double(peakResidentBytes)]
            .map { String($0) }.joined(separator: " ")
    }

    init?(encoded: String) {
        let parts = encoded.split(separator: "\n").last?.split(separator: " ").compactMap { Double($0) } ?? []
        guard parts.count == 9 else { return nil }
        self.init(articles: Int(parts[0]), bytes: Int(parts[1]), loadSeconds: parts[2], sentenceSeconds: parts[3], entitySeconds: parts[4],
                  claimSeconds: parts[5], linkSeconds: parts[6], wholeSeconds: parts[7], peakResidentBytes: Int(parts[8]))
    }

    init(articles: Int, bytes: Int, loadSeconds: Double, sentenceSeconds: Double, entitySeconds: Double,
         claimSeconds: Double, linkSeconds: Double, wholeSeconds: Double, peakResidentBytes: Int) {
        self.articles = articles
        self.bytes = bytes
        self.loadSeconds = loadSeconds
        self.sentenceSeconds = sentenceSeconds
        self.entitySeconds = entitySeconds
        self.claimSeconds = claimSeconds
        self.linkSeconds = linkSeconds
        self.wholeSeconds = wholeSeconds
        self.peakResidentBytes = peakResidentBytes
    }

    /// Loads the directory and times each stage on its own, then the whole analysis again.
    static func measure(articles: Int, directory: URL) throws -> StageTimings {
        let clock = ContinuousClock()
        var report = LoadReport()
        let load = clock.measure { report = ArticleLoader().load(paths: [directory.path]) }
        let loaded = report.articles
        let bytes = loaded.reduce(0) { $0 + $1.text.utf8.count }

        let splitter = SentenceSplitter()
        var sentenceCount = 0
        let sentences = clock.measure {
            for article in loaded {
                for paragraph in article.paragraphs {
                    sentenceCount += splitter.split(article.scalars, in: paragraph.span.start..<paragraph.span.end).count
                }
            }
        }

        var entityResult = EntityAnalysis(mentions: [], entities: [])
        let entities = clock.measure { entityResult = EntityAnalyzer().analyze(loaded) }

        let extractor = ClaimExtractor()
        var claims: [[Claim]] = []
        let claimTime = clock.measure {
            claims = zip(loaded, entityResult.mentions).map { extractor.extract(from: $0, mentions: $1) }
        }
        var counter = 0
        for index in claims.indices {
            for claimIndex in claims[index].indices {
                counter += 1
                claims[index][claimIndex].id = "c\(counter)"
                claims[index][claimIndex].articleID = "a\(index + 1)"
            }
        }
        let link = clock.measure { _ = ClaimLinker().link(claims, articles: loaded, mentions: entityResult.mentions) }

        var story = Story(articles: [])
        let whole = clock.measure {
            let fresh = ArticleLoader().load(paths: [directory.path])
            story = StoryAnalyzer().analyze(fresh.articles, warnings: fresh.warnings)
        }
        guard !loaded.isEmpty, story.articles.count == loaded.count, sentenceCount > 0 else {
            throw ValidationError("no articles loaded from \(directory.path): \(report.problems.map(\.message))")
        }

        return StageTimings(
            articles: articles, bytes: bytes, loadSeconds: load.seconds, sentenceSeconds: sentences.seconds,
            entitySeconds: entities.seconds, claimSeconds: claimTime.seconds, linkSeconds: link.seconds,
            wholeSeconds: whole.seconds, peakResidentBytes: ProcessMemory.peakResidentBytes()
        )
    }
}

enum ProcessMemory {
    /// Peak resident set size (VmHWM) of this process, from /proc.
    static func peakResidentBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kilobytes = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
            return kilobytes * 1024
        }
        return 0
    }
}

extension Duration {
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
