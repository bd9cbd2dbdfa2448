import ArgumentParser
import Foundation
import ParallaxModel

/// `parallax-eval sentences`: scores the sentence splitter on the hand-written case file.
struct SentencesEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentences",
        abstract: "Score the sentence splitter on the hand-written boundary cases.",
        discussion: """
        Prints how many cases come out exactly right, boundary precision / recall / F1, and \
        every case that came out wrong. With --throughput it also times the splitter on the \
        cases' text repeated to several megabytes (build with -c release for real figures).
        """
    )

    @Option(help: "The case file (default: Tests/ParallaxModelTests/Fixtures/Sentences/cases.txt in this checkout).")
    var cases: String?

    @Flag(help: "Also measure splitting speed in MB/s.")
    var throughput = false

    @Option(help: "With --throughput, time this text file (one paragraph per line) instead of the cases.")
    var text: String?

    func run() throws {
        let path = cases ?? Self.defaultCasesPath
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("cannot read the case file at \(path); pass --cases PATH")
        }
        let parsed = try SentenceCaseFile.parse(String(decoding: data, as: UTF8.self))
        let score = SentenceSplitScore(cases: parsed)
        for failure in score.failures {
            print("FAIL line \(failure.testCase.line): \(failure.testCase.paragraph)")
            print("  expected: \(failure.testCase.expected.map { "[\($0)]" }.joined(separator: " "))")
            print("  got:      \(failure.got.map { "[\($0)]" }.joined(separator: " "))")
        }
        print("cases right: \(score.correct) / \(score.total) (\(percent(score.accuracy)))")
        print("boundaries: precision \(percent(score.precision)), recall \(percent(score.recall)), F1 \(percent(score.f1))"
            + " (tp \(score.truePositives), fp \(score.falsePositives), fn \(score.falseNegatives))")
        if throughput {
            if let text {
                guard let data = FileManager.default.contents(atPath: text) else {
                    throw ValidationError("cannot read the text file at \(text)")
                }
                measureThroughput(String(decoding: data, as: UTF8.self), label: text)
            } else {
                measureThroughput(parsed.map(\.paragraph).joined(separator: "\n\n"), label: "the cases")
            }
        }
    }

    private func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }

    /// Splits `unit`, repeated to about 8 MB of UTF-8, paragraph by paragraph (one per line) as
    /// the loader does, and reports the best of three runs.
    private func measureThroughput(_ unit: String, label: String) {
        let copies = max(1, 8_000_000 / max(1, unit.utf8.count))
        let text = Array(repeating: unit, count: copies).joined(separator: "\n\n")
        let scalars = Array(text.unicodeScalars)
        var paragraphs: [Range<Int>] = []
        var start = 0
        for (index, scalar) in scalars.enumerated() where scalar == "\n" {
            if index > start { paragraphs.append(start..<index) }
            start = index + 1
        }
        if start < scalars.count { paragraphs.append(start..<scalars.count) }
        let splitter = SentenceSplitter()
        var best = Double.infinity
        var sentences = 0
        for _ in 0..<3 {
            let began = DispatchTime.now().uptimeNanoseconds
            sentences = 0
            for range in paragraphs { sentences += splitter.split(scalars, in: range).count }
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - began) / 1e9)
        }
        let megabytes = Double(text.utf8.count) / 1_000_000
        print(String(format: "throughput on %@: %.1f MB/s (%.1f MB, %d sentences, best of 3 runs: %.3f s)",
                     label, megabytes / best, megabytes, sentences, best))
    }

    /// Sources/parallax-eval/SentencesEval.swift → repository root → the fixture.
    static var defaultCasesPath: String {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Tests/ParallaxModelTests/Fixtures/Sentences/cases.txt").path
    }
}
