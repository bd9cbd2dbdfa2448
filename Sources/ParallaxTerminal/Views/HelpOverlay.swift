/// `?`: the keys, generated from the action table and the user's keymap.
enum HelpOverlay {
    static func lines(keymap: Keymap) -> [String] {
        var lines: [String] = []
        var group = ""
        for spec in ActionTable.all {
            if spec.group != group {
                if !lines.isEmpty { lines.append("") }
                group = spec.group
                lines.append(group)
            }
            let keys = keymap.keys(for: spec.action).map(BarsView.keyLabel).joined(separator: " ")
            let padded = keys + String(repeating: " ", count: max(1, 16 - DisplayWidth.of(keys)))
            lines.append("  \(padded)\(spec.help)")
        }
        lines.append("")
        lines.append("Mouse: click a highlighted claim to select it; the wheel scrolls.")
        lines.append("Claims: = agrees with other sources, ≠ conflicts, bold = only this source.")
        return lines
    }

    static func draw(_ state: ReaderState, theme: Theme, into grid: inout Grid) {
        let area = OverlayArea(state.layout)
        let lines = lines(keymap: state.keymap)
        let width = min(grid.width, 76)
        let height = min(area.height, lines.count + 2)
        let x = max(0, (grid.width - width) / 2)
        let y = area.top + max(0, (area.height - height) / 2)
        let base = theme.style(.overlay)
        grid.fill(x: x, y: y, width: width, height: height, style: base)
        let title = theme.style(.overlayTitle)
        grid.put(" Keys — j/k scroll · Esc or ? closes ", x: x + 1, y: y, style: title, limit: x + width)
        let rows = max(0, height - 2)
        let top = min(state.helpTop, max(0, lines.count - rows))
        for row in 0..<rows where top + row < lines.count {
            let line = lines[top + row]
            let style = line.hasPrefix("  ") || line.isEmpty ? base : title
            grid.put(line, x: x + 2, y: y + 1 + row, style: style, limit: x + width - 1)
        }
    }
}
