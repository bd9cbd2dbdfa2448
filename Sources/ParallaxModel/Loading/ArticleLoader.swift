import Foundation

/// A path that could not be loaded, and why, phrased for a person.
public struct LoadProblem: Sendable, Hashable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var message: String { "\(path): \(reason)" }
}

/// The outcome of loading: what loaded, what was skipped, and what was repaired.
public struct LoadReport: Sendable {
    public var articles: [Article]
    public var problems: [LoadProblem]

    public init(articles: [Article] = [], problems: [LoadProblem] = []) {
        self.articles = articles
        self.problems = problems
    }

    /// Skipped paths and per-article repairs, for the story's `warnings`.
    public var warnings: [String] {
        problems.map(\.message) + articles.flatMap { article in
            article.warnings.map { "\(article.path): \($0)" }
        }
    }
}

public struct LoadOptions: Sendable {
    /// Descend into sub-directories of a directory argument.
    public var recursive: Bool

    public init(recursive: Bool = false) {
        self.recursive = recursive
    }
}

/// Turns the paths a user gives into normalised articles.
/// (Minimal placeholder: plain text files only, until the loading work lands.)
public struct ArticleLoader: Sendable {
    public var options: LoadOptions

    public init(options: LoadOptions = LoadOptions()) {
        self.options = options
    }

    /// Loads every path in order; `-` reads `standardInput`.
    public func load(paths: [String], standardInput: @Sendable () -> Data = { FileHandle.standardInput.readDataToEndOfFile() }) -> LoadReport {
        var report = LoadReport()
        for path in paths {
            let data: Data
            if path == "-" {
                data = standardInput()
            } else if let contents = FileManager.default.contents(atPath: path) {
                data = contents
            } else {
                report.problems.append(LoadProblem(path: path, reason: "cannot be read"))
                continue
            }
            let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            report.articles.append(Self.plainArticle(path: path, source: name, data: data))
        }
        return report
    }

    static func plainArticle(path: String, source: String, data: Data) -> Article {
        let lines = String(decoding: data, as: UTF8.self)
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        var text = ""
        var paragraphs: [Paragraph] = []
        var offset = 0
        for line in lines {
            if !text.isEmpty {
                text += "\n\n"
                offset += 2
            }
            let length = line.unicodeScalars.count
            paragraphs.append(Paragraph(span: TextSpan(offset, offset + length), kind: .body))
            text += line
            offset += length
        }
        var article = Article(path: path, source: source, text: text, paragraphs: paragraphs)
        let splitter = SentenceSplitter()
        article.sentences = paragraphs.flatMap { splitter.split(article.scalars, in: $0.span.start..<$0.span.end) }
        return article
    }
}
