/// Where everything goes for a terminal size: the bars, and the panes side by side.
public struct ScreenLayout: Equatable, Sendable {
    /// Narrowest pane that stays readable; fewer panes are shown (and paged) below it.
    public static let minimumPaneWidth = 30
    /// Below this the reader shows a "terminal too small" notice instead.
    public static let minimumSize = Size(width: 24, height: 8)
    /// Rows above the text of a pane: source line, title line, rule.
    public static let paneHeaderHeight = 3

    public let size: Size
    public let visiblePanes: Int
    public let paneWidth: Int
    public let tooSmall: Bool

    public init(size: Size, articleCount: Int, singlePane: Bool) {
        self.size = size
        tooSmall = size.width < Self.minimumSize.width || size.height < Self.minimumSize.height
        let fitting = max(1, (size.width + 1) / (Self.minimumPaneWidth + 1))
        visiblePanes = singlePane ? 1 : max(1, min(max(1, articleCount), fitting))
        paneWidth = max(1, (size.width - (visiblePanes - 1)) / visiblePanes)
    }

    /// Columns of text inside a pane (one column of padding each side).
    public var textWidth: Int { max(1, paneWidth - 2) }
    /// First row of the panes (row 0 is the top bar).
    public var paneTop: Int { 1 }
    /// Row of the first text line.
    public var bodyTop: Int { paneTop + Self.paneHeaderHeight }
    /// Text rows in a pane: everything between the headers and the two bottom lines.
    public var bodyHeight: Int { max(1, size.height - bodyTop - 2) }
    public var statusRow: Int { size.height - 2 }
    public var hintRow: Int { size.height - 1 }

    /// Left column of the pane in visible slot `slot`.
    public func paneX(slot: Int) -> Int { slot * (paneWidth + 1) }

    /// Columns the pane's box covers: `paneWidth`, except that the last visible pane also takes
    /// the columns left over when the width does not divide evenly, so its header and rule reach
    /// the right edge (its text keeps the common width, so every pane wraps alike).
    public func boxWidth(slot: Int) -> Int {
        slot == visiblePanes - 1 ? max(paneWidth, size.width - paneX(slot: slot)) : paneWidth
    }

    /// The visible slot under column x, if any (a border column belongs to no pane).
    public func slot(atColumn x: Int) -> Int? {
        guard x >= 0 else { return nil }
        let slot = x / (paneWidth + 1)
        let clamped = min(slot, visiblePanes - 1)
        guard x - paneX(slot: clamped) < boxWidth(slot: clamped), x - paneX(slot: clamped) >= 0 else { return nil }
        return clamped
    }
}
