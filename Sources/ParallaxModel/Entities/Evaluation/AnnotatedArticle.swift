import Foundation

/// One gold mention from an annotated fixture.
public struct GoldMention: Hashable, Sendable {
    public var span: TextSpan
    public var text: String
    public var type: EntityType
    /// Story-wide key of the real-world thing; mentions sharing it must share an entity.
    public var group: String
}

/// An article written with inline entity annotations, for tests and `parallax-eval entities`.
///
/// Format (documented in Tests/ParallaxModelTests/Fixtures/Entities/README.md): one paragraph
/// per line; a line starting with "# " is a heading; a mention is written
/// `[[Oleksandr Syrskyi|PERSON|syrskyi]]` — surface text, type, merge-group key. The markup is
/// stripped, and offsets point into the stripped text.
public struct AnnotatedArticle: Sendable {
    public var article: Article
    public var gold: [GoldMention]

    public struct FormatError: Error, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    public static func parse(_ source: String, path: String) throws -> AnnotatedArticle {
        var text: [Unicode.Scalar] = []
        var paragraphs: [Paragraph] = []
        var gold: [GoldMention] = []
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        for (lineIndex, rawLine) in lines.enumerated() {
            var line = Array(rawLine.unicodeScalars)
            guard !line.allSatisfy({ $0.properties.isWhitespace }) else { continue }
            var kind = ParagraphKind.body
            if line.starts(with: "# ".unicodeScalars) {
                kind = .heading
                line.removeFirst(2)
            }
            if !text.isEmpty { text.append(contentsOf: "\n\n".unicodeScalars) }
            let paragraphStart = text.count
            var index = 0
            while index < line.count {
                if index + 1 < line.count, line[index] == "[", line[index + 1] == "[" {
                    guard let close = findClose(line, from: index + 2) else {
                        throw FormatError(line: lineIndex + 1, message: "[[ without ]]")
                    }
                    let fields = String(String.UnicodeScalarView(line[(index + 2)..<close])).split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                    guard fields.count == 3, let type = EntityType(rawValue: fields[1]), !fields[0].isEmpty, !fields[2].isEmpty else {
                        throw FormatError(line: lineIndex + 1, message: "expected [[text|TYPE|group]]")
                    }
                    let start = text.count
                    text.append(contentsOf: fields[0].unicodeScalars)
                    gold.append(GoldMention(span: TextSpan(start, text.count), text: fields[0], type: type, group: fields[2]))
                    index = close + 2
                } else {
                    text.append(line[index])
                    index += 1
                }
            }
            paragraphs.append(Paragraph(span: TextSpan(paragraphStart, text.count), kind: kind))
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text)
        var article = Article(path: path, source: URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent, text: String(view), paragraphs: paragraphs)
        let splitter = SentenceSplitter()
        article.sentences = paragraphs.flatMap { splitter.split(article.scalars, in: $0.span.start..<$0.span.end) }
        return AnnotatedArticle(article: article, gold: gold)
    }

    private static func findClose(_ line: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        while index + 1 < line.count {
            if line[index] == "]", line[index + 1] == "]" { return index }
            index += 1
        }
        return nil
    }

    /// Every story folder under `directory` (sorted), each with its articles sorted by name.
    public static func loadStories(in directory: URL) throws -> [(name: String, articles: [AnnotatedArticle])] {
        let manager = FileManager.default
        let folders = try manager.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        return try folders.map { folder in
            let files = try manager.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "txt" }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
            var articles = try files.map { try parse(String(contentsOf: $0, encoding: .utf8), path: $0.path) }
            for index in articles.indices { articles[index].article.id = "a\(index + 1)" }
            return (folder.lastPathComponent, articles)
        }
    }
}
