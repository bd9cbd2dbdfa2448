/// Width and height of a terminal or a region, in cells.
public struct Size: Hashable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }
}

/// A rectangle of cells: what `render` produces and the backend diffs.
public struct Grid: Hashable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size, fill: Cell = .blank) {
        self.size = size
        self.cells = Array(repeating: fill, count: size.width * size.height)
    }

    public var width: Int { size.width }
    public var height: Int { size.height }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
    }

    /// Sets one cell; out-of-range positions are ignored so views never need to clip by hand.
    public mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
        cells[y * size.width + x] = cell
        mendWideGlyphs(y: y, from: x, to: x + max(1, Int(cell.width)))
    }

    /// After columns [start, end) of row y were written: a wide glyph just left of them lost its
    /// right half, or a right half just after them lost its glyph. Either half alone would make
    /// the terminal draw over a neighbour (an overlay's edge on CJK text), so it becomes a blank.
    private mutating func mendWideGlyphs(y: Int, from start: Int, to end: Int) {
        let row = y * size.width
        if start > 0, start < size.width, cells[row + start - 1].width == 2, !cells[row + start].isContinuation {
            cells[row + start - 1] = .blank(cells[row + start - 1].style)
        }
        if end > 0, end < size.width, cells[row + end].isContinuation, cells[row + end - 1].width != 2 {
            cells[row + end] = .blank(cells[row + end].style)
        }
    }

    /// Fills a rectangle with blanks of `style`.
    public mutating func fill(x: Int, y: Int, width: Int, height: Int, style: Style = .plain, text: String = " ") {
        let x0 = max(0, x), y0 = max(0, y)
        let x1 = min(size.width, x + max(0, width)), y1 = min(size.height, y + max(0, height))
        guard x0 < x1, y0 < y1 else { return }
        let cell = Cell(text: text, width: 1, style: style)
        for row in y0..<y1 {
            let base = row * size.width
            for column in x0..<x1 { cells[base + column] = cell }
            mendWideGlyphs(y: row, from: x0, to: x1)
        }
    }

    /// Writes one glyph of `width` columns at x; a wide glyph that would cross `limit`
    /// (exclusive) becomes a blank so nothing ever straddles a border. Returns the next x.
    @discardableResult
    public mutating func put(glyph: String, width: Int, x: Int, y: Int, style: Style, limit: Int) -> Int {
        let limit = min(limit, size.width)
        guard y >= 0, y < size.height, x >= 0, x < limit, width > 0 else { return x + max(0, width) }
        if width == 2 {
            guard x + 1 < limit else {
                cells[y * size.width + x] = .blank(style)
                mendWideGlyphs(y: y, from: x, to: x + 1)
                return x + 2
            }
            cells[y * size.width + x] = Cell(text: glyph, width: 2, style: style)
            cells[y * size.width + x + 1] = .continuation(style)
            mendWideGlyphs(y: y, from: x, to: x + 2)
            return x + 2
        }
        cells[y * size.width + x] = Cell(text: glyph, width: 1, style: style)
        mendWideGlyphs(y: y, from: x, to: x + 1)
        return x + 1
    }

    /// Writes a run of glyphs with their styles from x, stopping before `limit`; the hot path of
    /// drawing a pane line, done in one pass over the row. Returns the next x.
    @discardableResult
    public mutating func put(glyphs: [Glyph], range: Range<Int>, styles: [Style], x: Int, y: Int, limit: Int) -> Int {
        let limit = min(limit, size.width)
        guard y >= 0, y < size.height, x >= 0 else { return x }
        let rowStart = y * size.width
        var column = x
        cells.withUnsafeMutableBufferPointer { buffer in
            for (position, index) in range.enumerated() {
                guard column < limit else { break }
                let glyph = glyphs[index]
                let style = styles[position]
                if glyph.width == 2 {
                    if column + 1 < limit {
                        buffer[rowStart + column] = Cell(text: glyph.text, width: 2, style: style)
                        buffer[rowStart + column + 1] = .continuation(style)
                    } else {
                        buffer[rowStart + column] = .blank(style)
                    }
                    column += 2
                } else {
                    buffer[rowStart + column] = Cell(text: glyph.text, width: 1, style: style)
                    column += 1
                }
            }
        }
        if column > x { mendWideGlyphs(y: y, from: x, to: min(column, limit)) }
        return column
    }

    /// Writes a string starting at x, clipped at `limit` (exclusive; default the grid's width).
    /// Returns the x after the last column written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style, limit: Int? = nil) -> Int {
        let limit = min(limit ?? size.width, size.width)
        var column = x
        for character in text {
            guard column < limit else { break }
            if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F {
                // Most of the bars is ASCII: skip the width table and reuse one string per letter.
                if column >= 0, y >= 0, y < size.height {
                    cells[y * size.width + column] = Cell(text: Self.asciiText[Int(ascii) - 0x20], width: 1, style: style)
                }
                column += 1
                continue
            }
            let width = DisplayWidth.of(character)
            guard width > 0 else { continue }
            column = put(glyph: DisplayWidth.printable(character), width: width, x: column, y: y, style: style, limit: limit)
        }
        // Only the run's two edges can split a wide glyph: the columns inside are all rewritten.
        if y >= 0, y < size.height, column > max(0, x) { mendWideGlyphs(y: y, from: max(0, x), to: min(column, limit)) }
        return column
    }

    /// Like `put`, but text that does not fit before `limit` ends in "…" instead of being cut
    /// silently, so the reader knows there is more.
    @discardableResult
    public mutating func putFitting(_ text: String, x: Int, y: Int, style: Style, limit: Int? = nil) -> Int {
        let limit = min(limit ?? size.width, size.width)
        let room = limit - x
        guard room > 0 else { return x }
        guard DisplayWidth.of(text) > room else { return put(text, x: x, y: y, style: style, limit: limit) }
        var kept = ""
        var used = 0
        for character in text {
            let width = DisplayWidth.of(character)
            guard used + width <= room - 1 else { break }
            kept.append(character)
            used += width
        }
        while kept.last == " " { kept.removeLast() }
        return put(kept + "…", x: x, y: y, style: style, limit: limit)
    }

    private static let asciiText: [String] = (0x20..<0x7F).map { String(UnicodeScalar(UInt8($0))) }

    /// Applies `change` to the style of every cell in a row range.
    public mutating func restyle(x: Int, y: Int, width: Int, _ change: (Style) -> Style) {
        guard y >= 0, y < size.height else { return }
        let x0 = max(0, x), x1 = min(size.width, x + width)
        guard x0 < x1 else { return }
        for column in x0..<x1 {
            cells[y * size.width + column].style = change(cells[y * size.width + column].style)
        }
    }

    /// The grid as plain text lines (trailing spaces kept), for tests and the bench.
    public var lines: [String] {
        (0..<size.height).map { row in
            var line = ""
            for column in 0..<size.width {
                let cell = cells[row * size.width + column]
                if !cell.isContinuation { line += cell.text }
            }
            return line
        }
    }

    /// The grid as text with trailing spaces trimmed, joined by newlines.
    public var text: String {
        lines.map { line in
            var trimmed = Substring(line)
            while trimmed.last == " " { trimmed.removeLast() }
            return String(trimmed)
        }.joined(separator: "\n")
    }
}

extension Grid: CustomStringConvertible {
    /// The screen as text, so a failing test shows what was on it.
    public var description: String { "\n" + text }
}
