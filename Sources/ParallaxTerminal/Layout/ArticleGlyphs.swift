import ParallaxModel

/// One grapheme of an article, ready to draw: computed once per article, reused for every width.
public struct Glyph: Sendable {
    /// What to send to the terminal (already made printable).
    public let text: String
    public let width: UInt8
    /// Scalar offset of the grapheme's first scalar in `Article.text`.
    public let offset: Int32
    public var isSpace: Bool { text == " " }
}

/// An article's paragraphs as glyph runs; wrapping works on these without touching strings.
public struct ArticleGlyphs: Sendable {
    public struct Block: Sendable {
        public var kind: ParagraphKind
        /// Range into `glyphs`.
        public var range: Range<Int>
    }

    public let glyphs: [Glyph]
    public let blocks: [Block]

    /// Walks the whole text once, keeping each grapheme's scalar offset; graphemes that take no
    /// columns are dropped (they cannot be drawn on their own), text outside paragraphs is skipped.
    public init(article: Article) {
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(article.scalars.count)
        var blocks: [Block] = []
        let paragraphs = article.paragraphs
        var paragraphIndex = 0
        var blockStart = 0
        var offset = 0
        for character in article.text {
            let scalarCount = character.unicodeScalars.count
            defer { offset += scalarCount }
            while paragraphIndex < paragraphs.count, offset >= paragraphs[paragraphIndex].span.end {
                blocks.append(Block(kind: paragraphs[paragraphIndex].kind, range: blockStart..<glyphs.count))
                blockStart = glyphs.count
                paragraphIndex += 1
            }
            guard paragraphIndex < paragraphs.count, offset >= paragraphs[paragraphIndex].span.start else {
                blockStart = glyphs.count
                continue
            }
            let width = DisplayWidth.of(character)
            guard width > 0 else { continue }
            glyphs.append(Glyph(text: DisplayWidth.printable(character), width: UInt8(width), offset: Int32(clamping: offset)))
        }
        while paragraphIndex < paragraphs.count {
            blocks.append(Block(kind: paragraphs[paragraphIndex].kind, range: blockStart..<glyphs.count))
            blockStart = glyphs.count
            paragraphIndex += 1
        }
        self.glyphs = glyphs
        self.blocks = blocks.filter { !$0.range.isEmpty }
    }
}
