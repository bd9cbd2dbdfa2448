/// The cells that changed between two frames, as runs the backend writes in one go each.
public struct CellRun: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var cells: [Cell]
}

public enum GridDiff {
    /// Runs of changed cells, row by row. With no previous frame (or a new size) every row is
    /// one run. The right half of a wide glyph is never written on its own: a change there
    /// rewrites the glyph that owns it.
    public static func changes(from old: Grid?, to new: Grid) -> [CellRun] {
        var runs: [CellRun] = []
        guard let old, old.size == new.size else {
            for y in 0..<new.height {
                runs.append(CellRun(x: 0, y: y, cells: (0..<new.width).map { new[$0, y] }))
            }
            return runs
        }
        for y in 0..<new.height {
            var x = 0
            while x < new.width {
                guard old[x, y] != new[x, y] else { x += 1; continue }
                var start = x
                // The glyph that owns (or owned) this cell's left neighbour half is rewritten too,
                // so the terminal never keeps half of a wide glyph.
                if x > 0, new[x, y].isContinuation || new[x - 1, y].width == 2 { start = x - 1 }
                var end = x + 1
                // Extend while cells keep changing, or over a single unchanged cell between
                // changes (one cell is cheaper to rewrite than a cursor move).
                while end < new.width {
                    if old[end, y] != new[end, y] { end += 1; continue }
                    if end + 1 < new.width, old[end + 1, y] != new[end + 1, y] { end += 2; continue }
                    break
                }
                if end < new.width, new[end, y].isContinuation { end += 1 }
                if let last = runs.last, last.y == y, last.x + last.cells.count >= start {
                    let overlap = last.x + last.cells.count - start
                    runs[runs.count - 1].cells += (start + overlap..<end).map { new[$0, y] }
                } else {
                    runs.append(CellRun(x: start, y: y, cells: (start..<end).map { new[$0, y] }))
                }
                x = end
            }
        }
        return runs
    }
}

/// The bytes a plain ANSI terminal writer would send for some runs: cursor moves, SGR changes
/// and text. Used to measure what a frame costs on the wire, without a terminal.
public enum ANSIEncoder {
    public static func encode(_ runs: [CellRun]) -> [UInt8] {
        var bytes: [UInt8] = []
        var current: Style? = nil
        for run in runs {
            bytes += Array("\u{1B}[\(run.y + 1);\(run.x + 1)H".utf8)
            for cell in run.cells where !cell.isContinuation {
                if cell.style != current {
                    bytes += Array(sgr(cell.style).utf8)
                    current = cell.style
                }
                bytes += Array(cell.text.utf8)
            }
        }
        return bytes
    }

    static func sgr(_ style: Style) -> String {
        var codes = ["0"]
        if style.attributes.contains(.bold) { codes.append("1") }
        if style.attributes.contains(.dim) { codes.append("2") }
        if style.attributes.contains(.underline) { codes.append("4") }
        if style.attributes.contains(.reverse) { codes.append("7") }
        if style.foreground >= 0 { codes.append("38;5;\(style.foreground)") }
        if style.background >= 0 { codes.append("48;5;\(style.background)") }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}
