import ParallaxModel

/// An article wrapped to one text width: display lines that point into its glyphs.
public struct WrappedText: Sendable {
    public struct Line: Sendable {
        /// Range into `ArticleGlyphs.glyphs`; empty for the blank line between paragraphs.
        public var range: Range<Int>
        public var kind: ParagraphKind
        /// Columns of indentation before the first glyph (embeds are indented).
        public var indent: Int
        /// Whether this line starts its paragraph (embeds draw their marker there).
        public var isFirstOfParagraph: Bool
    }

    public let width: Int
    public let lines: [Line]
    /// First scalar offset of each line (blank lines repeat the next offset), for lookups.
    private let lineOffsets: [Int32]

    /// Columns embeds are indented by; the marker sits in this margin.
    public static let embedIndent = 2

    /// Word-wraps at spaces; a word wider than the line is broken between graphemes,
    /// and a wide glyph always moves whole to the next line.
    public init(_ text: ArticleGlyphs, width: Int) {
        let width = max(1, width)
        self.width = width
        var lines: [Line] = []
        for (blockIndex, block) in text.blocks.enumerated() {
            if blockIndex > 0 { lines.append(Line(range: block.range.lowerBound..<block.range.lowerBound, kind: block.kind, indent: 0, isFirstOfParagraph: false)) }
            let indent = block.kind == .embed && width > Self.embedIndent + 4 ? Self.embedIndent : 0
            Self.wrap(text.glyphs, block.range, width: width - indent) { range, first in
                lines.append(Line(range: range, kind: block.kind, indent: indent, isFirstOfParagraph: first))
            }
        }
        self.lines = lines
        self.lineOffsets = lines.map { line in
            line.range.lowerBound < text.glyphs.count ? text.glyphs[line.range.lowerBound].offset : Int32.max
        }
    }

    private static func wrap(_ glyphs: [Glyph], _ range: Range<Int>, width: Int, emit: (Range<Int>, Bool) -> Void) {
        var start = range.lowerBound
        var first = true
        while start < range.upperBound {
            while start < range.upperBound, glyphs[start].isSpace, !first { start += 1 }
            guard start < range.upperBound else { break }
            var used = 0
            var end = start
            var lastBreak: Int? = nil
            while end < range.upperBound {
                let glyphWidth = Int(glyphs[end].width)
                if used + glyphWidth > width { break }
                if glyphs[end].isSpace { lastBreak = end }
                used += glyphWidth
                end += 1
            }
            if end < range.upperBound {
                if glyphs[end].isSpace {
                    // The break falls exactly on a space: the line is full.
                } else if let lastBreak, lastBreak > start {
                    end = lastBreak
                } else if end == start {
                    end = start + 1 // a glyph wider than the whole line: show it anyway, clipped.
                }
            }
            var trimmed = end
            while trimmed > start + 1, glyphs[trimmed - 1].isSpace { trimmed -= 1 }
            emit(start..<trimmed, first)
            first = false
            start = end
        }
    }

    /// Index of the line showing the scalar at `offset` (the last line starting at or before it).
    public func lineIndex(ofOffset offset: Int) -> Int {
        guard !lines.isEmpty else { return 0 }
        let target = Int32(clamping: offset)
        var lo = 0, hi = lineOffsets.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if lineOffsets[mid] <= target { lo = mid + 1 } else { hi = mid }
        }
        var index = max(0, lo - 1)
        while index > 0, lines[index].range.isEmpty { index -= 1 }
        return index
    }
}
