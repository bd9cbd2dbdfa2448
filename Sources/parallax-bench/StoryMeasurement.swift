import ArgumentParser
import Foundation
import ParallaxModel

/// What one child process of `parallax-bench story` measures, printed as a line of numbers.
enum StoryMeasurement {
    enum Part: String, ExpressibleByArgument {
        /// Each stage timed on its own: bytes, load, sentences, entities, claims, linking seconds.
        case stages
        /// Load plus `StoryAnalyzer.analyze`, nothing else in the process: seconds, CPU seconds,
        /// links, peak RSS.
        case whole
        /// The analysis step by step: resident and peak bytes after load, entities, claims, linking, links.
        case memory

        var fieldCount: Int {
            switch self {
            case .stages: return 6
            case .whole: return 4
            case .memory: return 2 * StoryMeasurement.memorySteps.count
            }
        }
    }

    static func run(_ part: Part, directory: URL) throws -> [Double] {
        switch part {
        case .stages: return try stages(directory)
        case .whole: return try whole(directory)
        case .memory: return try memory(directory)
        }
    }

    static func load(_ directory: URL) throws -> LoadReport {
        let report = ArticleLoader().load(paths: [directory.path])
        guard !report.articles.isEmpty else {
            throw ValidationError("no articles loaded from \(directory.path): \(report.problems.map(\.message))")
        }
        return report
    }

    /// The stages as the analyser runs them, each timed alone (concurrent where the analyser is).
    static func stages(_ directory: URL) throws -> [Double] {
        let clock = ContinuousClock()
        var report = LoadReport()
        let load = try clock.measure { report = try Self.load(directory) }
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
        guard sentenceCount > 0 else { throw ValidationError("no sentences in \(directory.path)") }

        var entityResult = EntityAnalysis(mentions: [], entities: [])
        let entities = clock.measure { entityResult = EntityAnalyzer().analyze(loaded) }
        var claims: [[Claim]] = []
        let claimTime = clock.measure { claims = StoryAnalyzer().extractClaims(loaded, mentions: entityResult.mentions) }
        let link = clock.measure { _ = ClaimLinker().link(claims, articles: loaded, mentions: entityResult.mentions) }
        return [Double(bytes), load.seconds, sentences.seconds, entities.seconds, claimTime.seconds, link.seconds]
    }

    static func whole(_ directory: URL) throws -> [Double] {
        let clock = ContinuousClock()
        var story = Story(articles: [])
        let cpuBefore = ProcessMemory.cpuSeconds()
        let time = try clock.measure {
            // As `parallax` starts: knowledge tables read while the articles load.
            StoryAnalyzer.prepare()
            let report = try Self.load(directory)
            story = StoryAnalyzer().analyze(report.articles, warnings: report.warnings)
        }
        let cpu = ProcessMemory.cpuSeconds() - cpuBefore
        return [time.seconds, cpu, Double(story.links.count), Double(ProcessMemory.peakResidentBytes())]
    }

    /// What stays resident after each step, holding what the analyser holds at that point, and
    /// the high-water mark so far (what the step itself needed at its busiest): resident and peak
    /// bytes after load, entities, claims, linking and the links view the JSON output walks.
    static func memory(_ directory: URL) throws -> [Double] {
        var resident: [Double] = []
        func record() {
            resident.append(Double(ProcessMemory.residentBytes()))
            resident.append(Double(ProcessMemory.peakResidentBytes()))
        }
        let articles = try load(directory).articles
        record()
        let entities = EntityAnalyzer().analyze(articles)
        record()
        let claims = StoryAnalyzer().extractClaims(articles, mentions: entities.mentions)
        record()
        let linked = ClaimLinker().link(claims, articles: articles, mentions: entities.mentions)
        record()
        let links = linked.links
        record()
        withExtendedLifetime((articles, entities, linked, links)) {}
        return resident
    }

    static let memorySteps = ["load", "entities", "claims", "linking", "links"]

    static func memoryLine(articles: Int, bytes: Int, _ steps: [Double]) -> String {
        let parts = memorySteps.indices.map { index in
            String(format: "%@ %.1f/%.1f", memorySteps[index], steps[2 * index] / 1_000_000, steps[2 * index + 1] / 1_000_000)
        }
        return String(articles).leftPadded(8) + String(format: " articles (%.2f MB text): ", Double(bytes) / 1_000_000) + parts.joined(separator: ", ")
    }
}

enum ProcessMemory {
    /// Peak resident set size (VmHWM) of this process, from /proc.
    static func peakResidentBytes() -> Int { statusField("VmHWM:") }

    /// User plus system CPU time of this process, all threads.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// Current resident set size (VmRSS) of this process, from /proc.
    static func residentBytes() -> Int { statusField("VmRSS:") }

    private static func statusField(_ name: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix(name) {
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
