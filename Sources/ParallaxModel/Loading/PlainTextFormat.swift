/// Reads a plain-text article: optional front matter, then paragraphs.
///
/// Files either put one paragraph per line, or separate paragraphs with blank lines and may
/// hard-wrap them. With blank lines present, a block's lines are joined when they look
/// hard-wrapped: every line but the last is short and close to the block's longest line (so a
/// heading line above a paragraph is not glued onto it). Otherwise each line is a paragraph.
enum PlainTextFormat {
    /// Lines longer than this are not hard-wrapped prose (wrapping is usually at 72–80).
    static let hardWrapWidth = 100

    /// `frontMatter: false` for text that comes from a field of a structured record.
    static func read(_ scalars: [Unicode.Scalar], frontMatter: Bool = true) -> ArticleDraft {
        let lines = scalars.lines()
        let (metadata, bodyStart) = frontMatter ? FrontMatter.read(lines, allowKeyLines: true) : (ArticleMetadata(), 0)
        var draft = ArticleDraft(metadata: metadata)
        let body = lines[bodyStart...]
        let groups = blocks(of: body)
        // No blank line between text: every line is a paragraph.
        guard groups.count > 1 else {
            draft.blocks = body.filter { !$0.isBlank }.map { DraftBlock(text: $0, role: .plain) }
            return draft
        }
        for block in groups {
            let longest = block.map(\.count).max() ?? 0
            let joinable = block.dropLast().allSatisfy { $0.count <= hardWrapWidth && $0.count * 2 >= longest }
            if block.count > 1 && joinable {
                var text: [Unicode.Scalar] = []
                for line in block {
                    if !text.isEmpty { text.append(" ") }
                    text.append(contentsOf: line)
                }
                draft.blocks.append(DraftBlock(text: text, role: .plain))
            } else {
                draft.blocks += block.map { DraftBlock(text: $0, role: .plain) }
            }
        }
        return draft
    }

    /// Groups of consecutive non-blank lines.
    private static func blocks(of lines: ArraySlice<ArraySlice<Unicode.Scalar>>) -> [[ArraySlice<Unicode.Scalar>]] {
        var groups: [[ArraySlice<Unicode.Scalar>]] = []
        var current: [ArraySlice<Unicode.Scalar>] = []
        for line in lines {
            if line.isBlank {
                if !current.isEmpty { groups.append(current) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { groups.append(current) }
        return groups
    }
}
