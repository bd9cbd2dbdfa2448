import Foundation
import ParallaxModel

/// The code paths worth fuzzing, each fed raw bytes the way a hostile file would feed them.
///
/// Every target also checks the promises its code makes (see `Invariants`): a broken promise
/// traps, so the fuzzer reports it like a crash.
enum FuzzTarget: String, CaseIterable, Sendable {
    /// Bytes as standard input: decoding, normalising, format sniffing, every reader.
    case loader
    /// Bytes as a file with a given extension, so each reader sees input it did not sniff.
    case loaderText = "loader-txt"
    case loaderMarkdown = "loader-md"
    case loaderHTML = "loader-html"
    case loaderJSON = "loader-json"
    case loaderJSONLines = "loader-jsonl"
    /// Bytes as UTF-8 straight into the sentence splitter, over the whole text and sub-ranges.
    case sentences
    /// Loaded articles through `ClaimExtractor` (with and without entity mentions).
    case claims
    /// Loaded articles through the whole `StoryAnalyzer` and the JSON output.
    case analysis
    /// Analysed articles in the reader: keys, clicks and resizes chosen by the input, and every
    /// frame checked (see `ReaderSession`).
    case reader

    private var fileExtension: String? {
        switch self {
        case .loaderText: return "txt"
        case .loaderMarkdown: return "md"
        case .loaderHTML: return "html"
        case .loaderJSON: return "json"
        case .loaderJSONLines: return "jsonl"
        default: return nil
        }
    }

    func run(_ data: Data) {
        switch self {
        case .loader, .loaderText, .loaderMarkdown, .loaderHTML, .loaderJSON, .loaderJSONLines:
            let report = load(data)
            Invariants.check(report)
        case .sentences:
            runSentences(data)
        case .claims:
            let report = load(data)
            Invariants.check(report)
            let entities = EntityAnalyzer().analyze(report.articles)
            let extractor = ClaimExtractor()
            for (index, article) in report.articles.enumerated() {
                Invariants.check(extractor.extract(from: article, mentions: []), in: article)
                Invariants.check(extractor.extract(from: article, mentions: entities.mentions[index]), in: article)
            }
        case .analysis:
            let report = load(data)
            // Two copies make the cross-source linker compare the input with itself.
            let story = StoryAnalyzer().analyze(report.articles + report.articles, warnings: report.warnings)
            Invariants.check(story)
            _ = AnalysisJSON.document(for: story).serialized(pretty: false)
        case .reader:
            let report = load(data)
            Invariants.check(report)
            ReaderSession.run(data, articles: report.articles + report.articles, warnings: report.warnings)
        }
    }

    private func load(_ data: Data) -> LoadReport {
        let loader = ArticleLoader()
        guard let fileExtension else {
            return loader.load(paths: ["-"], standardInput: { data })
        }
        let path = ScratchFile.write(data, extension: fileExtension)
        return loader.load(paths: [path])
    }

    private func runSentences(_ data: Data) {
        let scalars = Array(String(decoding: data, as: UTF8.self).unicodeScalars)
        let splitter = SentenceSplitter()
        let count = scalars.count
        // The whole text, a middle slice, and ranges partly or wholly out of bounds.
        let ranges = [0..<count, count / 3..<(2 * count / 3), -5..<(count + 5), (count + 1)..<(count + 9)]
        for range in ranges {
            Invariants.check(splitter.split(scalars, in: range), of: scalars, in: range)
        }
    }
}

/// One reusable scratch file per extension, in a private temporary directory.
enum ScratchFile {
    private static let directory: String = {
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-fuzz-XXXXXX").path
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else { fatalError("cannot make a scratch directory from \(template)") }
        let path = String(cString: made)
        atexit { try? FileManager.default.removeItem(atPath: ScratchFile.directory) }
        return path
    }()

    /// Writes with plain POSIX calls: FileManager writes atomically and syncs, which would
    /// make the disk, not the loader, the thing being measured.
    static func write(_ data: Data, extension fileExtension: String) -> String {
        let path = directory + "/input." + fileExtension
        let descriptor = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0o600)
        guard descriptor >= 0 else { fatalError("cannot open the scratch file \(path)") }
        defer { close(descriptor) }
        let written = data.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        guard written == data.count else { fatalError("cannot write the scratch file \(path)") }
        return path
    }
}
