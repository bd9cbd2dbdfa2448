import ArgumentParser
import Foundation
import ParallaxModel

/// `parallax-bench story`: the whole pipeline on synthetic stories of growing size.
///
/// Each measurement runs in a child process of its own, so that the peak resident memory of the
/// whole analysis is its own and not left over from timing the stages one by one.
struct StoryBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "story",
        abstract: "Time loading, sentences, entities, claims, linking and the whole analysis on synthetic stories.",
        discussion: """
        Rates are MB of article text per second of wall-clock time; the whole analysis uses every \
        core, and CPU s is the processor time it took on all of them together (on a busy machine \
        wall time rises well above CPU s divided by the cores). Peak RSS is the resident-memory \
        high-water mark of a process that only loads and analyses the story. --memory adds what \
        is resident after each step of that analysis.
        """
    )

    @Option(name: .long, parsing: .upToNextOption, help: "Story sizes in articles.")
    var articles: [Int] = [5, 50, 500, 5000]

    @Option(name: .long, help: "Runs of the whole analysis per size; the fastest counts (a shared machine is noisy).")
    var runs = 1

    @Option(name: .long, help: "Which synthetic text: dense (figures in every sentence, the worst case) or news (figures at the rate of real reporting).")
    var mix: SyntheticArticles.Mix = .dense

    @Flag(name: .long, help: "Also show resident memory after each step of the analysis.")
    var memory = false

    @Option(name: .long, help: .hidden)
    var single: Int?

    @Option(name: .long, help: .hidden)
    var directory: String?

    @Option(name: .long, help: .hidden)
    var part: StoryMeasurement.Part?

    @Option(name: .long, help: "Only write the synthetic story of the first --articles size into this directory (to analyse or diff it).")
    var writeTo: String?

    func run() throws {
        if let writeTo {
            let bytes = try SyntheticArticles.write(count: articles.first ?? 0, into: URL(fileURLWithPath: writeTo), mix: mix)
            print("wrote \(articles.first ?? 0) articles, \(bytes) bytes, to \(writeTo)")
            return
        }
        if let directory, let part {
            print(try StoryMeasurement.run(part, directory: URL(fileURLWithPath: directory)).map { String($0) }.joined(separator: " "))
            return
        }
        #if DEBUG
        print("note: this is a debug build; use `swift run -c release parallax-bench story` for real figures\n")
        #endif
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: scratch) }
        // What a process analysing one short article holds at its peak: the runtime, Foundation,
        // ICU and the gazetteers, which do not grow with the story. Growth is measured above it.
        let baseDirectory = scratch.appendingPathComponent("base")
        _ = try SyntheticArticles.write(count: 1, into: baseDirectory, mix: mix)
        let basePeak = Int(try Self.measure(.whole, count: 1, directory: baseDirectory)[3])
        try? FileManager.default.removeItem(at: baseDirectory)
        print(StageTimings.header)
        var rows: [StageTimings] = []
        var memoryLines: [String] = []
        for count in articles {
            let directory = scratch.appendingPathComponent("n\(count)")
            _ = try SyntheticArticles.write(count: count, into: directory, mix: mix)
            let stages = try Self.measure(.stages, count: count, directory: directory)
            let whole = try (0..<max(1, runs)).map { _ in try Self.measure(.whole, count: count, directory: directory) }
                .min { $0[0] < $1[0] }!
            let row = StageTimings(articles: count, stages: stages, whole: whole, basePeakBytes: basePeak)
            rows.append(row)
            print(row.tableLine)
            if memory {
                let steps = try Self.measure(.memory, count: count, directory: directory)
                memoryLines.append(StoryMeasurement.memoryLine(articles: count, bytes: row.bytes, steps))
            }
            try? FileManager.default.removeItem(at: directory)
        }
        if let small = rows.first(where: { $0.articles == 500 }), let large = rows.first(where: { $0.articles == 5000 }) {
            print(String(format: "\nscaling 500 → 5,000 articles: %.1f× the time and %.1f× the peak memory for %.1f× the text",
                         large.wholeSeconds / small.wholeSeconds, Double(large.peakResidentBytes) / Double(small.peakResidentBytes),
                         Double(large.bytes) / Double(small.bytes)))
        }
        print(String(format: "growth/input: peak resident memory above the %.1f MB a one-article story peaks at (runtime, Foundation, gazetteers), per byte of text",
                     Double(basePeak) / 1_000_000))
        if !memoryLines.isEmpty {
            print("\nresident / peak-so-far MB after each step of the analysis:")
            memoryLines.forEach { print($0) }
        }
    }

    static func measure(_ part: StoryMeasurement.Part, count: Int, directory: URL) throws -> [Double] {
        let output = try runChild(arguments: ["story", "--single", String(count), "--directory", directory.path, "--part", part.rawValue])
        let numbers = output.split(separator: "\n").last?.split(separator: " ").compactMap { Double($0) } ?? []
        guard numbers.count == part.fieldCount else {
            throw ValidationError("the \(part.rawValue) measurement for \(count) articles failed: \(output)")
        }
        return numbers
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
    var wholeCPUSeconds: Double
    var links: Int
    var peakResidentBytes: Int
    /// The peak of a one-article story, which the growth column is measured above.
    var basePeakBytes: Int

    /// From the numbers of a `.stages` and a `.whole` measurement.
    init(articles: Int, stages: [Double], whole: [Double], basePeakBytes: Int) {
        self.basePeakBytes = basePeakBytes
        self.articles = articles
        bytes = Int(stages[0])
        loadSeconds = stages[1]
        sentenceSeconds = stages[2]
        entitySeconds = stages[3]
        claimSeconds = stages[4]
        linkSeconds = stages[5]
        wholeSeconds = whole[0]
        wholeCPUSeconds = whole[1]
        links = Int(whole[2])
        peakResidentBytes = Int(whole[3])
    }

    static let header = """
    articles  text MB  load MB/s  sentences MB/s  entities MB/s  claims MB/s  linking MB/s  whole MB/s  whole s  CPU s      links  peak RSS MB  RSS/input  growth/input
    """

    var tableLine: String {
        let megabytes = Double(bytes) / 1_000_000
        func rate(_ seconds: Double) -> String { String(format: "%.1f", megabytes / max(seconds, 1e-9)) }
        return [
            String(articles).leftPadded(8), String(format: "%.2f", megabytes).leftPadded(8),
            rate(loadSeconds).leftPadded(10), rate(sentenceSeconds).leftPadded(15), rate(entitySeconds).leftPadded(14),
            rate(claimSeconds).leftPadded(12), rate(linkSeconds).leftPadded(13),
            rate(wholeSeconds).leftPadded(11), String(format: "%.2f", wholeSeconds).leftPadded(8),
            String(format: "%.2f", wholeCPUSeconds).leftPadded(6), String(links).leftPadded(10),
            String(format: "%.1f", Double(peakResidentBytes) / 1_000_000).leftPadded(12),
            String(format: "%.1f×", Double(peakResidentBytes) / Double(max(bytes, 1))).leftPadded(10),
            String(format: "%.1f×", Double(max(0, peakResidentBytes - basePeakBytes)) / Double(max(bytes, 1))).leftPadded(13),
        ].joined(separator: " ")
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
