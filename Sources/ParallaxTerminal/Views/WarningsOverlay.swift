/// `w`: what loading skipped or repaired, which the reader would otherwise only print at exit.
enum WarningsOverlay {
    static func lines(_ warnings: [String], loading: Bool, width: Int) -> [TextOverlay.Line] {
        var lines: [TextOverlay.Line] = []
        if loading { lines.append(TextOverlay.Line(text: "Files are still loading: more may follow.", isHeading: true)) }
        guard !warnings.isEmpty else {
            if !loading { lines.append(TextOverlay.Line(text: "Every file loaded cleanly; no text needed repair.", isHeading: false)) }
            return lines
        }
        for warning in warnings {
            let wrapped = TextOverlay.wrap(warning, width: max(8, width - 2))
            for (index, part) in wrapped.enumerated() {
                lines.append(TextOverlay.Line(text: (index == 0 ? "• " : "  ") + part, isHeading: false))
            }
        }
        return lines
    }

    static func draw(_ state: ReaderState, theme: Theme, into grid: inout Grid) {
        let lines = lines(state.story.warnings, loading: state.loading != nil, width: TextOverlay.textWidth(grid.width))
        TextOverlay.draw(title: "Warnings — j/k scroll · Esc or w closes", lines: lines, state: state, theme: theme, into: &grid)
    }
}
