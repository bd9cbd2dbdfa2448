import ArgumentParser
import Foundation
import ParallaxModel

struct LoadingBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "loading",
        abstract: "Benchmark loading + normalisation throughput (MB/s) on big text and HTML.",
        discussion: """
        With no path, writes a synthetic article of --megabytes MB as .txt, .html and one 5 MB
        single-line .txt to a temporary directory and loads each, then a directory of --articles
        news-sized articles (read on every core). Reports the best of --runs.
        """
    )

    @Argument(help: "Files to load instead of the synthetic ones.")
    var paths: [String] = []

    @Option(help: "Size of the synthetic articles in MB.")
    var megabytes = 20

    @Option(help: "Runs per file; the fastest is reported.")
    var runs = 3

    @Option(help: "Synthetic news-sized articles in the directory case (0 to skip it).")
    var articles = 500

    func run() throws {
        var files = paths
        var scratch: URL?
        if files.isEmpty {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-loading-bench-\(getpid())")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            scratch = directory
            let paragraphs = SyntheticArticle.paragraphs(bytes: max(1, megabytes) << 20)
            let text = paragraphs.joined(separator: "\n")
            let html = "<html><head><title>Bench</title></head><body><article>"
                + paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n") + "</article></body></html>"
            let line = String(paragraphs.joined(separator: " ").prefix(5 << 20))
            for (name, content) in [("big.txt", text), ("big.html", html), ("one-line.txt", line)] {
                let url = directory.appendingPathComponent(name)
                try Data(content.utf8).write(to: url)
                files.append(url.path)
            }
            if articles > 0 {
                let folder = directory.appendingPathComponent("\(articles)-articles")
                _ = try SyntheticArticles.write(count: articles, into: folder)
                files.append(folder.path)
            }
        }
        defer { if let scratch { try? FileManager.default.removeItem(at: scratch) } }
        for path in files {
            let bytes = Self.bytes(at: path)
            var bestWall = Double.infinity, bestCPU = Double.infinity
            var paragraphs = 0
            for _ in 0..<max(1, runs) {
                let wallStart = Date(), cpuStart = clock()
                let report = ArticleLoader().load(paths: [path])
                bestWall = min(bestWall, Date().timeIntervalSince(wallStart))
                bestCPU = min(bestCPU, Double(clock() - cpuStart) / Double(CLOCKS_PER_SEC))
                paragraphs = report.articles.reduce(0) { $0 + $1.paragraphs.count }
            }
            let megabytes = bytes / 1_000_000
            // CPU is summed over every thread, so for a directory it can exceed wall time.
            print(String(format: "%@: %.1f MB, %d paragraphs: %.3f s wall (%.1f MB/s), %.3f s CPU (%.1f MB/s per core)",
                         (path as NSString).lastPathComponent, megabytes, paragraphs, bestWall, megabytes / bestWall, bestCPU, megabytes / bestCPU))
        }
    }

    /// A file's size, or the summed size of a directory's files.
    static func bytes(at path: String) -> Double {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { return 0 }
        let files = isDirectory.boolValue ? ((try? manager.contentsOfDirectory(atPath: path)) ?? []).map { path + "/" + $0 } : [path]
        return files.reduce(0) { total, file in
            total + Double((try? manager.attributesOfItem(atPath: file)[.size] as? NSNumber)??.int64Value ?? 0)
        }
    }
}

/// News-like paragraphs (quotes, numbers, names, non-ASCII) that never repeat verbatim.
enum SyntheticArticle {
    static let templates = [
        "Officials in the northern province said on Tuesday that about %d people had been moved from villages near the river, where water levels rose by %d centimetres overnight.",
        "“We have never seen anything like it,” said Marta Ková, who has run the café on the square for %d years, adding that repairs could cost €%d,000.",
        "The ministry’s report, published on %d March, put the number of damaged buildings at %d — nearly twice the estimate given by the regional governor last week.",
        "According to the weather service, another %d millimetres of rain are expected before Friday, and %d roads remain closed across the region.",
    ]

    static func paragraphs(bytes: Int) -> [String] {
        var result: [String] = []
        var total = 0
        var counter = 1
        while total < bytes {
            let template = templates[counter % templates.count]
            let paragraph = "\(counter). " + String(format: template, counter % 977 + 3, counter % 89 + 2)
            result.append(paragraph)
            total += paragraph.utf8.count + 1
            counter += 1
        }
        return result
    }
}
