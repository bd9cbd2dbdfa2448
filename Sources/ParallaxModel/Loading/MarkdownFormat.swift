/// Reads a Markdown article: front matter, then blocks with their markup removed.
///
/// Headings become heading blocks (the first `#` heading is also the title candidate), list
/// items and quotes become body blocks, reference-link definitions and rules are dropped.
/// Inline markup is stripped by `MarkdownInline`.
enum MarkdownFormat {
    static func read(_ scalars: [Unicode.Scalar]) -> ArticleDraft {
        let lines = scalars.lines()
        let (metadata, bodyStart) = FrontMatter.read(lines, allowKeyLines: false)
        var draft = ArticleDraft(metadata: metadata)
        var paragraph: [ArraySlice<Unicode.Scalar>] = []
        var inFence = false

        func flush(_ role: DraftBlock.Role = .body) {
            guard !paragraph.isEmpty else { return }
            var text: [Unicode.Scalar] = []
            for line in paragraph {
                if !text.isEmpty { text.append(" ") }
                text.append(contentsOf: line)
            }
            paragraph = []
            let stripped = MarkdownInline.strip(text)
            guard !stripped.isEmpty else { return }
            draft.blocks.append(DraftBlock(text: stripped, role: role))
        }

        for rawLine in lines[bodyStart...] {
            var line = rawLine.trimmingSpaces()
            if isFence(line) {
                flush()
                inFence.toggle()
                continue
            }
            if inFence {
                if !line.isEmpty { draft.blocks.append(DraftBlock(text: line, role: .body)) }
                continue
            }
            // Quote markers: any number of leading ">" (nested quotes).
            var quoted = false
            while let first = line.first, first == ">" {
                line = line.dropFirst().trimmingSpaces()
                quoted = true
            }
            if line.isEmpty {
                flush()
                continue
            }
            if let level = headingLevel(line) {
                flush()
                let text = MarkdownInline.strip(Array(headingText(line, level: level)))
                if !text.isEmpty {
                    if level == 1, draft.firstTopHeading == nil { draft.firstTopHeading = String(scalarsOf: text[...]) }
                    draft.blocks.append(DraftBlock(text: text, role: .heading))
                }
                continue
            }
            if !quoted, let setextLevel = setextUnderline(line), !paragraph.isEmpty {
                let text = MarkdownInline.strip(Array(paragraph.joined(separator: [" "])))
                paragraph = []
                if !text.isEmpty {
                    if setextLevel == 1, draft.firstTopHeading == nil { draft.firstTopHeading = String(scalarsOf: text[...]) }
                    draft.blocks.append(DraftBlock(text: text, role: .heading))
                }
                continue
            }
            if isThematicBreak(line) || isReferenceDefinition(line) {
                flush()
                continue
            }
            if let item = listItemText(line) {
                flush()
                paragraph.append(item)
                continue
            }
            paragraph.append(line)
        }
        flush()
        return draft
    }

    private static func isFence(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        line.starts(with: ["`", "`", "`"]) || line.starts(with: ["~", "~", "~"])
    }

    /// ATX heading: 1–6 `#` then a space (or nothing).
    private static func headingLevel(_ line: ArraySlice<Unicode.Scalar>) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " else { return nil }
        return hashes
    }

    private static func headingText(_ line: ArraySlice<Unicode.Scalar>, level: Int) -> ArraySlice<Unicode.Scalar> {
        var text = line.dropFirst(level).trimmingSpaces()
        // Optional closing hashes: "## Title ##".
        let trailing = text.reversed().prefix { $0 == "#" }.count
        if trailing > 0, trailing == text.count || text[text.endIndex - trailing - 1] == " " {
            text = text.dropLast(trailing).trimmingSpaces()
        }
        return text
    }

    /// `===` under a line makes a level-1 heading, `---` a level-2 one.
    private static func setextUnderline(_ line: ArraySlice<Unicode.Scalar>) -> Int? {
        guard let first = line.first, first == "=" || first == "-", line.allSatisfy({ $0 == first }) else { return nil }
        return first == "=" ? 1 : 2
    }

    private static func isThematicBreak(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        let marks = line.filter { $0 != " " }
        guard marks.count >= 3, let first = marks.first, first == "-" || first == "*" || first == "_" else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// `[label]: destination "optional title"`.
    private static func isReferenceDefinition(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard line.first == "[", let close = line.firstIndex(of: "]"), close > line.startIndex + 1 else { return false }
        let after = line[(close + 1)...]
        return after.first == ":" && !after.dropFirst().trimmingSpaces().isEmpty
    }

    /// The text of a list item (`- `, `* `, `+ `, `1. `, `1) `), or nil.
    private static func listItemText(_ line: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar>? {
        guard let first = line.first else { return nil }
        if first == "-" || first == "*" || first == "+" {
            let rest = line.dropFirst()
            return rest.first == " " ? rest.trimmingSpaces() : nil
        }
        let digits = line.prefix { ("0"..."9").contains($0) }.count
        guard (1...9).contains(digits) else { return nil }
        let rest = line.dropFirst(digits)
        guard let marker = rest.first, marker == "." || marker == ")", rest.dropFirst().first == " " else { return nil }
        return rest.dropFirst().trimmingSpaces()
    }
}
