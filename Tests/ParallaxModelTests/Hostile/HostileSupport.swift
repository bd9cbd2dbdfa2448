import Foundation
@testable import ParallaxModel

/// A fresh directory under the system temporary directory, removed by `remove()`.
struct ScratchDirectory {
    let path: String

    init() throws {
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-hostile-XXXXXX").path
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else { throw CocoaError(.fileWriteUnknown) }
        path = String(cString: made)
    }

    /// Writes `contents` to `name` inside the directory and returns the full path.
    @discardableResult
    func write(_ name: String, _ contents: String) throws -> String {
        try write(name, Data(contents.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let file = path + "/" + name
        try data.write(to: URL(fileURLWithPath: file))
        return file
    }

    func makeDirectory(_ name: String) throws -> String {
        let directory = path + "/" + name
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return directory
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// A short, ordinary article that must load whatever hostile file sits next to it.
let ordinaryArticle = """
    Flood crews reopened the river road on Tuesday.

    The county said 40 homes were still without power.
    """

enum Hostile {
    /// Loads `text` as standard input.
    static func load(_ text: String) -> LoadReport {
        let data = Data(text.utf8)
        return ArticleLoader().load(paths: ["-"], standardInput: { data })
    }

    /// Loads `text` as standard input and runs the whole analysis over it and a copy of it.
    static func analyze(_ text: String) -> (report: LoadReport, story: Story) {
        let report = load(text)
        let story = StoryAnalyzer().analyze(report.articles + report.articles, warnings: report.warnings)
        return (report, story)
    }

    /// Whether any loaded field still holds a scalar a terminal would act on.
    static func hasTerminalControl(_ article: Article) -> Bool {
        let fields = [article.source, article.title ?? "", article.date ?? "", article.url ?? ""]
        let unsafe: (Unicode.Scalar, Bool) -> Bool = { scalar, allowNewline in
            switch scalar.value {
            case 0x0A: return !allowNewline
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
            default: return false
            }
        }
        return article.text.unicodeScalars.contains { unsafe($0, true) }
            || fields.contains { $0.unicodeScalars.contains { unsafe($0, false) } }
    }

    /// Every span of the story lies inside its article, and the JSON output is valid JSON.
    static func spansAreInBoundsAndJSONParses(_ story: Story) -> Bool {
        for (index, article) in story.articles.enumerated() {
            let count = article.scalars.count
            let spans = article.paragraphs.map(\.span) + article.sentences
                + story.mentions[index].map(\.span) + story.claims[index].map(\.span)
            if spans.contains(where: { $0.start < 0 || $0.start >= $0.end || $0.end > count }) { return false }
        }
        let json = AnalysisJSON.document(for: story).serialized(pretty: false)
        return (try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil
    }
}
