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
        // Group names are titles; key lines (indented) and gaps are plain.
        let lines = lines(keymap: state.keymap).map { TextOverlay.Line(text: $0, isHeading: !($0.hasPrefix("  ") || $0.isEmpty)) }
        TextOverlay.draw(title: "Keys — j/k scroll · Esc or ? closes", lines: lines, state: state, theme: theme, into: &grid)
    }
}
