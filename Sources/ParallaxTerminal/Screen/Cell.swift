/// One terminal cell: a grapheme, how many columns it takes, and its style.
///
/// A wide grapheme occupies its cell plus a `continuation` cell to its right, so that every
/// column of the grid has exactly one entry and diffs can compare column by column.
public struct Cell: Hashable, Sendable {
    public var text: String
    /// 1 or 2 for a glyph, 0 for the right half of a wide glyph.
    public var width: UInt8
    public var style: Style

    public init(text: String, width: UInt8 = 1, style: Style = .plain) {
        self.text = text
        self.width = width
        self.style = style
    }

    public static let blank = Cell(text: " ")
    public static func blank(_ style: Style) -> Cell { Cell(text: " ", width: 1, style: style) }
    public static func continuation(_ style: Style) -> Cell { Cell(text: "", width: 0, style: style) }

    public var isContinuation: Bool { width == 0 }
}
