/// The pure render: a state and a theme in, a grid of cells out. Nothing here touches the terminal.
public enum ReaderView {
    public static func render(_ state: ReaderState, size: Size, theme: Theme) -> Grid {
        guard size == state.size else {
            return render(ReaderUpdate.apply(.resize(size), to: state), size: size, theme: theme)
        }
        var grid = Grid(size: size, fill: .blank(theme.style(.text)))
        guard size.width > 0, size.height > 0 else { return grid }
        if state.layout.tooSmall {
            drawTooSmall(size: size, theme: theme, into: &grid)
            return grid
        }
        BarsView.drawTopBar(state, theme: theme, into: &grid)
        switch state.overlay {
        case .claims: ClaimsView.draw(state, theme: theme, into: &grid)
        case .entities: EntitiesView.draw(state, theme: theme, into: &grid)
        case .none, .help, .warnings: drawPanes(state, theme: theme, into: &grid)
        }
        if state.overlay == .help { HelpOverlay.draw(state, theme: theme, into: &grid) }
        if state.overlay == .warnings { WarningsOverlay.draw(state, theme: theme, into: &grid) }
        BarsView.drawStatus(state, theme: theme, into: &grid)
        BarsView.drawHints(state, theme: theme, into: &grid)
        return grid
    }

    static func drawPanes(_ state: ReaderState, theme: Theme, into grid: inout Grid) {
        let layout = state.layout
        let border = theme.style(.border)
        for (slot, article) in state.visibleArticles.enumerated() {
            PaneView.draw(state, article: article, slot: slot, theme: theme, into: &grid)
            let borderX = layout.paneX(slot: slot) + layout.paneWidth
            if slot < layout.visiblePanes - 1 {
                for y in layout.paneTop..<layout.statusRow {
                    grid.set(borderX, y, Cell(text: y == layout.paneTop + 2 ? "┼" : "│", style: border))
                }
            }
        }
    }

    static func drawTooSmall(size: Size, theme: Theme, into grid: inout Grid) {
        let minimum = ScreenLayout.minimumSize
        let lines = ["Terminal too small", "\(size.width)×\(size.height), need \(minimum.width)×\(minimum.height)", "q quits"]
        let style = theme.style(.notice)
        for (row, line) in lines.enumerated() where row < size.height {
            let x = max(0, (size.width - DisplayWidth.of(line)) / 2)
            let y = max(0, (size.height - lines.count) / 2) + row
            grid.put(line, x: x, y: y, style: style)
        }
    }
}
