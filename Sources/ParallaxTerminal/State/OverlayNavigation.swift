import ParallaxModel

/// Keys while the help, the warnings, the claims view or the entities view covers the panes.
extension ReaderState {
    mutating func openTextOverlay(_ kind: Overlay) {
        overlay = kind
        textOverlayTop = 0
    }

    /// The help and the warnings: lines to scroll; their own key closes them, another view's
    /// key opens that view.
    mutating func textOverlayAction(_ action: Action) {
        switch action {
        case .scrollDown: textOverlayTop += 1
        case .scrollUp: textOverlayTop = max(0, textOverlayTop - 1)
        case .pageDown: textOverlayTop += max(1, size.height - 4)
        case .pageUp: textOverlayTop = max(0, textOverlayTop - max(1, size.height - 4))
        case .top: textOverlayTop = 0
        case .quit: shouldQuit = true
        case .help where overlay != .help: openTextOverlay(.help)
        case .warnings where overlay != .warnings: openTextOverlay(.warnings)
        case .claimsView: overlay = .claims
        case .entitiesView: overlay = .entities
        default: overlay = .none
        }
    }

    /// Rows of the claims view: one per cluster.
    var claimRows: Int { index.clusters.count }

    mutating func claimsViewAction(_ action: Action) {
        let rows = claimRows
        let page = max(1, size.height - 6)
        switch action {
        case .scrollDown: claimsCursor.row = min(max(0, rows - 1), claimsCursor.row + 1)
        case .scrollUp: claimsCursor.row = max(0, claimsCursor.row - 1)
        case .pageDown: claimsCursor.row = min(max(0, rows - 1), claimsCursor.row + page)
        case .pageUp: claimsCursor.row = max(0, claimsCursor.row - page)
        case .top: claimsCursor.row = 0
        case .bottom: claimsCursor.row = max(0, rows - 1)
        case .focusNext: claimsCursor.column = (claimsCursor.column + 1) % max(1, articleCount)
        case .focusPrevious: claimsCursor.column = (claimsCursor.column + max(1, articleCount) - 1) % max(1, articleCount)
        case .nextConflict, .previousConflict:
            let order = forwardOrder(from: claimsCursor.row, count: rows, forward: action == .nextConflict)
            if let row = order.first(where: { index.clusters[$0].verdict == .conflict }) {
                claimsCursor.row = row
                claimsCursor.column = conflictingColumn(inRow: row) ?? claimsCursor.column
            } else {
                message = "No conflicting quantities"
            }
        case .align: jumpFromClaimsView()
        case .help: openTextOverlay(.help)
        case .warnings: openTextOverlay(.warnings)
        case .entitiesView: overlay = .entities
        case .claimsView, .close: overlay = .none
        case .quit: shouldQuit = true
        default: break
        }
    }

    /// The first source, from the cursor's column rightwards, whose figure in this row is in
    /// conflict: } lands where Enter has something to show.
    func conflictingColumn(inRow row: Int) -> Int? {
        guard row < claimRows, articleCount > 0, let members = index.members[index.clusters[row].id] else { return nil }
        for step in 0..<articleCount {
            let article = (claimsCursor.column + step) % articleCount
            guard let first = members[safe: article]?.first, let claim = claim(ClaimRef(article: article, index: first)) else { continue }
            if index.states[claim.id] == .conflict { return article }
        }
        return nil
    }

    mutating func jumpFromClaimsView() {
        guard claimsCursor.row < claimRows else { return }
        let cluster = index.clusters[claimsCursor.row]
        let column = claimsCursor.column
        guard let claimIndex = index.members[cluster.id]?[safe: column]?.first else {
            message = "\(index.sourceNames[safe: column] ?? "This source") does not state this quantity"
            return
        }
        overlay = .none
        setFocus(column)
        select(ClaimRef(article: column, index: claimIndex))
        alignOnSelection()
    }

    mutating func entitiesViewAction(_ action: Action) {
        let rows = index.entityOrder.count
        let page = max(1, size.height - 6)
        switch action {
        case .scrollDown: entitiesCursor = min(max(0, rows - 1), entitiesCursor + 1)
        case .scrollUp: entitiesCursor = max(0, entitiesCursor - 1)
        case .pageDown: entitiesCursor = min(max(0, rows - 1), entitiesCursor + page)
        case .pageUp: entitiesCursor = max(0, entitiesCursor - page)
        case .top: entitiesCursor = 0
        case .bottom: entitiesCursor = max(0, rows - 1)
        case .align: highlightEntityUnderCursor()
        case .help: openTextOverlay(.help)
        case .warnings: openTextOverlay(.warnings)
        case .claimsView: overlay = .claims
        case .entitiesView, .close: overlay = .none
        case .quit: shouldQuit = true
        default: break
        }
    }

    /// Enter in the entities view: mark the entity in every pane and show each pane's first mention.
    mutating func highlightEntityUnderCursor() {
        guard entitiesCursor < index.entityOrder.count else { return }
        let entity = story.entities[index.entityOrder[entitiesCursor]]
        highlightedEntity = entity.id
        walk = .entity
        entityWalk = nil
        overlay = .none
        let mentions = index.mentionsByEntity[entity.id] ?? []
        for article in 0..<articleCount {
            if let first = mentions.first(where: { $0.article == article }) {
                reveal(line: line(of: story.mentions[article][first.index].span.start, in: article), in: article)
            }
        }
        let sources = Set(mentions.map(\.article)).count
        message = "\(entity.name): \(mentions.count) mention(s) in \(sources) source(s) — n/N to walk them"
    }

    func forwardOrder(from start: Int, count: Int, forward: Bool) -> [Int] {
        guard count > 0 else { return [] }
        return (1...count).map { step in ((start + (forward ? step : -step)) % count + count) % count }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        index >= 0 && index < count ? self[index] : nil
    }
}
