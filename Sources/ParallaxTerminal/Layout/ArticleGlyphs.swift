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
    ///
    /// Printable ASCII between ASCII neighbours is always a grapheme of its own and one column
    /// wide, so it skips Unicode segmentation; only the stretches around other scalars are
    /// segmented (each on its own, which splits them exactly as the whole text would).
    public init(article: Article) {
        let scalars = article.scalars
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(scalars.count)
        var blocks: [Block] = []
        let paragraphs = article.paragraphs
        var paragraphIndex = 0
        var blockStart = 0

        /// The grapheme starting at `offset`, made by `glyph` only when it is inside a paragraph.
        func visit(_ offset: Int, _ glyph: () -> Glyph?) {
            while paragraphIndex < paragraphs.count, offset >= paragraphs[paragraphIndex].span.end {
                blocks.append(Block(kind: paragraphs[paragraphIndex].kind, range: blockStart..<glyphs.count))
                blockStart = glyphs.count
                paragraphIndex += 1
            }
            guard paragraphIndex < paragraphs.count, offset >= paragraphs[paragraphIndex].span.start else {
                blockStart = glyphs.count
                return
            }
            if let made = glyph() { glyphs.append(made) }
        }

        var offset = 0
        while offset < scalars.count {
            if Self.isLoneASCII(scalars, at: offset) {
                let value = Int(scalars[offset].value)
                visit(offset) { Glyph(text: Self.asciiTexts[value - 0x20], width: 1, offset: Int32(clamping: offset)) }
                offset += 1
                continue
            }
            var end = offset + 1
            while end < scalars.count, !Self.isLoneASCII(scalars, at: end) { end += 1 }
            var stretch = String.UnicodeScalarView()
            stretch.append(contentsOf: scalars[offset..<end])
            var position = offset
            for character in String(stretch) {
                visit(position) {
                    let width = DisplayWidth.of(character)
                    guard width > 0 else { return nil }
                    return Glyph(text: DisplayWidth.printable(character), width: UInt8(width), offset: Int32(clamping: position))
                }
                position += character.unicodeScalars.count
            }
            offset = end
        }
        while paragraphIndex < paragraphs.count {
            blocks.append(Block(kind: paragraphs[paragraphIndex].kind, range: blockStart..<glyphs.count))
            blockStart = glyphs.count
            paragraphIndex += 1
        }
        self.glyphs = glyphs
        self.blocks = blocks.filter { !$0.range.isEmpty }
    }

    /// Printable ASCII with ASCII (or nothing) on both sides: no Unicode rule joins it to a
    /// neighbour (only CR LF joins two ASCII scalars, and neither is printable).
    static func isLoneASCII(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let value = scalars[index].value
        guard value >= 0x20, value < 0x7F else { return false }
        if index > 0, scalars[index - 1].value >= 0x80 { return false }
        if index + 1 < scalars.count, scalars[index + 1].value >= 0x80 { return false }
        return true
    }

    /// The printable ASCII characters as strings, indexed by value - 0x20.
    static let asciiTexts: [String] = (0x20..<0x7F).map { String(Character(Unicode.Scalar(UInt8($0)))) }
}
