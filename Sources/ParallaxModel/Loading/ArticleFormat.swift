/// The file formats the loader reads, chosen by extension or sniffed from the content.
enum ArticleFormat: Equatable {
    case plainText
    case markdown
    case html
    case json
    case jsonLines

    /// Extensions a directory listing picks up (lower case, without the dot).
    static let byExtension: [String: ArticleFormat] = [
        "txt": .plainText, "text": .plainText,
        "md": .markdown, "markdown": .markdown,
        "html": .html, "htm": .html, "xhtml": .html,
        "json": .json,
        "jsonl": .jsonLines, "ndjson": .jsonLines,
    ]

    init?(pathExtension: String) {
        guard let format = Self.byExtension[pathExtension.lowercased()] else { return nil }
        self = format
    }

    /// For standard input and unknown extensions: JSON if it starts with `{` or `[`, HTML if
    /// it starts with `<`, Markdown if it starts with a `# ` heading, else plain text.
    static func sniff(_ scalars: [Unicode.Scalar]) -> ArticleFormat {
        guard let start = scalars.firstIndex(where: { $0 != " " && $0 != "\n" }) else { return .plainText }
        switch scalars[start] {
        case "{":
            // Several objects on separate lines are JSON Lines.
            let lines = scalars[start...].split(separator: "\n").filter { !$0.allSatisfy { $0 == " " } }
            let objectLines = lines.prefix(3).filter { $0.first == "{" }.count
            return lines.count > 1 && objectLines == min(3, lines.count) ? .jsonLines : .json
        case "[":
            return .json
        case "<":
            return .html
        case "#":
            return start + 1 < scalars.count && scalars[start + 1] == " " ? .markdown : .plainText
        default:
            return .plainText
        }
    }
}
