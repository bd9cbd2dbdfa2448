import ParallaxModel

/// `e`: entity, type, spelling variants, role conflicts, mentions per source.
enum EntitiesView {
    static func draw(_ state: ReaderState, theme: Theme, into grid: inout Grid) {
        let area = OverlayArea(state.layout)
        let base = theme.style(.overlay)
        grid.fill(x: 0, y: area.top, width: grid.width, height: area.height, style: base)
        let entities = state.story.entities
        let roleConflicts = state.index.roleConflicts.count
        grid.putFitting(" Entities — \(entities.count) names, \(roleConflicts) with conflicting roles · Enter highlight in every pane · Esc back",
                 x: 0, y: area.top, style: theme.style(.overlayTitle))

        let countsWidth = state.articleCount * 4
        let nameWidth = min(30, max(12, grid.width / 4))
        let typeWidth = 7
        let restWidth = max(0, grid.width - nameWidth - typeWidth - countsWidth - 2)
        let variantsWidth = restWidth * 3 / 5
        let rolesWidth = restWidth - variantsWidth
        let columns = (name: 1, type: 1 + nameWidth, variants: 1 + nameWidth + typeWidth,
                       roles: 1 + nameWidth + typeWidth + variantsWidth, counts: 1 + nameWidth + typeWidth + restWidth)

        let headerRow = area.top + 1
        let headerStyle = theme.style(.overlayTitle).over(Style(attributes: .underline))
        grid.fill(x: 0, y: headerRow, width: grid.width, height: 1, style: headerStyle)
        grid.put("name", x: columns.name, y: headerRow, style: headerStyle)
        grid.put("type", x: columns.type, y: headerRow, style: headerStyle)
        grid.put("also written", x: columns.variants, y: headerRow, style: headerStyle, limit: columns.roles - 1)
        grid.put("roles", x: columns.roles, y: headerRow, style: headerStyle, limit: columns.counts - 1)
        for article in 0..<state.articleCount {
            grid.put(String(format4(article + 1)), x: columns.counts + article * 4, y: headerRow, style: headerStyle)
        }
        guard !entities.isEmpty else {
            grid.put(" No names found.", x: 0, y: headerRow + 1, style: base)
            return
        }
        let rows = max(1, area.height - 2)
        let cursor = state.entitiesCursor
        let top = cursor >= rows ? cursor - rows + 1 : 0
        let order = state.index.entityOrder
        for (position, rowIndex) in (top..<min(order.count, top + rows)).enumerated() {
            let y = headerRow + 1 + position
            let entity = entities[order[rowIndex]]
            var rowStyle = base
            if rowIndex == cursor {
                rowStyle = theme.style(.overlaySelected).over(base)
                grid.fill(x: 0, y: y, width: grid.width, height: 1, style: rowStyle)
            }
            let typeStyle = theme.style(SpanLayers.element(for: entity.type)).over(rowStyle)
            grid.putFitting(entity.name, x: columns.name, y: y, style: typeStyle, limit: columns.type - 1)
            grid.putFitting(entity.type.rawValue.lowercased(), x: columns.type, y: y, style: rowStyle, limit: columns.variants - 1)
            grid.putFitting(entity.variants.joined(separator: ", "), x: columns.variants, y: y, style: rowStyle, limit: columns.roles - 1)
            let roles = Array(Set(entity.roles.values.flatMap { $0 })).sorted()
            let hasRoleConflict = state.index.roleConflicts.contains(entity.id)
            let roleText = (hasRoleConflict ? "≠ " : "") + roles.joined(separator: " / ")
            let roleStyle = hasRoleConflict ? theme.style(.claimConflict).over(rowStyle) : rowStyle
            grid.putFitting(roleText, x: columns.roles, y: y, style: roleStyle, limit: columns.counts - 1)
            let mentions = state.index.mentionsByEntity[entity.id] ?? []
            for article in 0..<state.articleCount {
                let count = mentions.filter { $0.article == article }.count
                grid.put(count == 0 ? "   ·" : format4(count), x: columns.counts + article * 4, y: y, style: rowStyle)
            }
        }
    }

    /// A number right-aligned in four columns.
    static func format4(_ number: Int) -> String {
        let text = number > 999 ? "999+" : String(number)
        return String(repeating: " ", count: max(0, 4 - text.count)) + text
    }
}
