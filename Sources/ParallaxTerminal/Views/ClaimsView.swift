import ParallaxModel

/// `c`: one row per claim cluster, one column per source, each cell the value as that source wrote it.
enum ClaimsView {
    static func draw(_ state: ReaderState, theme: Theme, into grid: inout Grid) {
        let area = OverlayArea(state.layout)
        let base = theme.style(.overlay)
        grid.fill(x: 0, y: area.top, width: grid.width, height: area.height, style: base)
        let clusters = state.index.clusters
        let conflicts = clusters.filter { $0.verdict == .conflict }.count
        let title = " Claims — \(clusters.count) quantities stated by several sources, \(conflicts) in conflict · Enter jump to text · } next conflict · Esc back"
        grid.putFitting(title, x: 0, y: area.top, style: theme.style(.overlayTitle), limit: grid.width)

        let labelWidth = min(36, max(14, grid.width / 4))
        let columnWidth = max(10, (grid.width - labelWidth - 1) / max(1, state.articleCount))
        let fitting = max(1, (grid.width - labelWidth - 1) / columnWidth)
        let firstColumn = max(0, min(state.claimsCursor.column - fitting + 1, state.articleCount - fitting))
        let columns = firstColumn..<min(state.articleCount, firstColumn + fitting)

        let headerRow = area.top + 1
        let headerStyle = theme.style(.overlayTitle).over(Style(attributes: .underline))
        grid.fill(x: 0, y: headerRow, width: grid.width, height: 1, style: headerStyle)
        grid.put(" quantity", x: 0, y: headerRow, style: headerStyle, limit: labelWidth)
        for (slot, article) in columns.enumerated() {
            let x = labelWidth + 1 + slot * columnWidth
            grid.putFitting("\(article + 1) \(state.index.sourceNames[article])", x: x, y: headerRow, style: headerStyle, limit: x + columnWidth - 1)
        }
        guard !clusters.isEmpty else {
            grid.put(" No quantity is stated by more than one source.", x: 0, y: headerRow + 1, style: base)
            return
        }
        let rows = max(1, area.height - 2)
        let top = state.claimsCursor.row >= rows ? state.claimsCursor.row - rows + 1 : 0
        for (position, rowIndex) in (top..<min(clusters.count, top + rows)).enumerated() {
            let y = headerRow + 1 + position
            let cluster = clusters[rowIndex]
            let selectedRow = rowIndex == state.claimsCursor.row
            let conflict = cluster.verdict == .conflict
            let labelStyle = (conflict ? theme.style(.claimConflict) : theme.style(.claimAgree)).over(base)
            grid.putFitting((conflict ? " ≠ " : " = ") + cluster.label, x: 0, y: y, style: labelStyle, limit: labelWidth)
            let members = state.index.members[cluster.id] ?? []
            for (slot, article) in columns.enumerated() {
                let x = labelWidth + 1 + slot * columnWidth
                var style = base
                var text = "·"
                if let indices = members[safe: article], let first = indices.first,
                   let claim = state.claim(ClaimRef(article: article, index: first)) {
                    let claimState = state.index.states[claim.id] ?? .agree
                    text = (claimState == .conflict ? "≠ " : "") + claim.text + (indices.count > 1 ? " +\(indices.count - 1)" : "")
                    style = theme.style(SpanLayers.element(for: claimState)).over(base)
                }
                if selectedRow && article == state.claimsCursor.column {
                    style = theme.style(.overlaySelected).over(style)
                    grid.fill(x: x, y: y, width: columnWidth - 1, height: 1, style: style)
                }
                grid.putFitting(text, x: x, y: y, style: style, limit: x + columnWidth - 1)
            }
        }
    }
}

/// The rows an overlay may use: between the top bar and the status line.
struct OverlayArea {
    let top: Int
    let height: Int

    init(_ layout: ScreenLayout) {
        top = 1
        height = max(1, layout.statusRow - 1)
    }
}
