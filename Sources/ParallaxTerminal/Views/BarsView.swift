import ParallaxModel

/// The top bar (pane strip, modes), the status line and the key-hint / prompt line.
enum BarsView {
    static func drawTopBar(_ state: ReaderState, theme: Theme, into grid: inout Grid) {
        let style = theme.style(.strip)
        grid.fill(x: 0, y: 0, width: grid.width, height: 1, style: style)
        var x = grid.put("Parallax  ", x: 0, y: 0, style: style.over(Style(attributes: .bold)))
        x = drawStrip(state, x: x, theme: theme, into: &grid)
        var modes: [String] = []
        if state.scrollLock { modes.append("LOCK") }
        if state.singlePane { modes.append("ONE PANE") }
        if let query = state.search?.query { modes.append("/\(query)") }
        if state.highlightedEntity != nil, let entity = state.story.entities.first(where: { $0.id == state.highlightedEntity }) {
            modes.append("◆ \(entity.name)")
        }
        let text = modes.joined(separator: "  ")
        let width = DisplayWidth.of(text)
        if !text.isEmpty, grid.width - width - 1 > x + 1 {
            grid.put(text, x: grid.width - width - 1, y: 0, style: theme.style(.stripVisible))
        }
    }

    /// "[1 2 3] 4 5": the bracketed numbers are on screen. With many sources the strip is
    /// windowed around the visible ones ("… 7 [8 9] 10 …") so the brackets always show.
    @discardableResult
    static func drawStrip(_ state: ReaderState, x: Int, theme: Theme, into grid: inout Grid) -> Int {
        let visible = state.visibleArticles
        let labels: [String] = (0..<state.articleCount).map { article in
            (article == visible.lowerBound ? "[" : "") + "\(article + 1)" + (article == visible.upperBound - 1 ? "]" : "")
        }
        let room = max(8, grid.width / 2 - x)
        func width(_ range: Range<Int>) -> Int { labels[range].reduce(4) { $0 + $1.count + 1 } }
        // Grow a window from the visible numbers outwards, rightwards first, while it fits.
        var window = visible.clamped(to: 0..<labels.count)
        var grew = true
        while grew {
            grew = false
            if window.upperBound < labels.count, width(window.lowerBound..<window.upperBound + 1) <= room {
                window = window.lowerBound..<window.upperBound + 1
                grew = true
            }
            if window.lowerBound > 0, width(window.lowerBound - 1..<window.upperBound) <= room {
                window = window.lowerBound - 1..<window.upperBound
                grew = true
            }
        }
        let cutLeft = window.lowerBound > 0, cutRight = window.upperBound < labels.count
        var column = x
        if cutLeft { column = grid.put("… ", x: column, y: 0, style: theme.style(.strip)) }
        for article in window {
            column = grid.put(labels[article], x: column, y: 0, style: visible.contains(article) ? theme.style(.stripVisible) : theme.style(.strip))
            column = grid.put(" ", x: column, y: 0, style: theme.style(.strip))
        }
        if cutRight { column = grid.put("…", x: column, y: 0, style: theme.style(.strip)) }
        return column
    }

    static func drawStatus(_ state: ReaderState, theme: Theme, into grid: inout Grid) {
        let row = state.layout.statusRow
        let style = theme.style(.status)
        grid.fill(x: 0, y: row, width: grid.width, height: 1, style: style)
        var parts: [String] = []
        // Short, and first so that it is never dropped: what loading skipped or repaired.
        if !state.story.warnings.isEmpty, let key = state.keymap.keys(for: .warnings).first {
            let count = state.story.warnings.count
            parts.append("⚠ \(count) warning\(count == 1 ? "" : "s") (\(keyLabel(key)))")
        }
        if let loading = state.loading {
            let spinner = Self.spinner[(state.spinnerFrame / 2) % Self.spinner.count]
            parts.append("\(spinner) loading \(loading.read)/\(loading.total) files…")
        } else if state.analysing {
            let spinner = Self.spinner[(state.spinnerFrame / 2) % Self.spinner.count]
            parts.append("\(spinner) analysing names and numbers in \(state.articleCount) article(s)…")
        }
        if let selection = state.selection {
            parts += ClaimDescription.status(state, selection)
        } else if state.articleCount > 0 {
            let article = state.story.articles[state.focus]
            let source = state.index.sourceNames[state.focus]
            parts.append(article.title.map { $0.isEmpty ? source : "\(source) — \($0)" } ?? source)
            if !state.analysing {
                let claims = state.index.selectable[state.focus].count
                let conflicts = state.index.selectable[state.focus].filter { state.index.states[state.story.claims[state.focus][$0].id] == .conflict }.count
                parts.append("\(claims) quantity claim(s), \(conflicts) in conflict")
            }
        } else {
            parts.append("No articles")
        }
        grid.put(" " + StatusText.fit(parts, width: grid.width - 2), x: 0, y: row, style: style)
    }

    /// Frames of the progress indicator shown while the analysis runs.
    static let spinner = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

    static func drawHints(_ state: ReaderState, theme: Theme, into grid: inout Grid) {
        let row = state.layout.hintRow
        if let prompt = state.prompt {
            let style = theme.style(.prompt)
            let end = grid.put("/" + prompt, x: 0, y: row, style: style)
            grid.put("█", x: end, y: row, style: style)
            grid.put("  Enter search · Esc cancel", x: end + 1, y: row, style: theme.style(.hints))
            return
        }
        if let message = state.message {
            grid.put(StatusText.fit([message], width: grid.width - 1), x: 0, y: row, style: theme.style(.notice))
            return
        }
        let hints: [(Action, String)]
        switch state.overlay {
        case .none:
            hints = [(.nextClaim, "claim"), (.nextConflict, "conflict"), (.align, "align"), (.focusNext, "pane"),
                     (.search, "search"), (.claimsView, "claims"), (.entitiesView, "entities"), (.help, "help"), (.quit, "quit")]
        case .claims:
            hints = [(.scrollDown, "next row"), (.focusNext, "next source"), (.nextConflict, "next conflict"),
                     (.align, "jump to the text"), (.close, "back"), (.quit, "quit")]
        case .entities:
            hints = [(.scrollDown, "next name"), (.align, "highlight in every pane"), (.close, "back"), (.quit, "quit")]
        case .help, .warnings:
            hints = [(.scrollDown, "scroll"), (.close, "close"), (.quit, "quit")]
        }
        let items = hints.compactMap { action, word in
            state.keymap.keys(for: action).first.map { "\(keyLabel($0)) \(word)" }
        }
        // Help and quit always show; the others as many as fit, in order.
        let tail = items.suffix(2).joined(separator: "  ")
        var text = ""
        var used = DisplayWidth.of(tail)
        for item in items.dropLast(2) {
            used += DisplayWidth.of(item) + 2
            guard used <= grid.width else { break }
            text = text.isEmpty ? item : text + "  " + item
        }
        grid.put(text.isEmpty ? tail : text + "  " + tail, x: 0, y: row, style: theme.style(.hints))
    }

    /// How a key name reads on screen.
    static func keyLabel(_ key: String) -> String {
        switch key {
        case "enter": "Enter"
        case "esc": "Esc"
        case "tab": "Tab"
        case "shift-tab": "S-Tab"
        case "space": "Space"
        case "pgdn": "PgDn"
        case "pgup": "PgUp"
        case "down": "↓"
        case "up": "↑"
        case "left": "←"
        case "right": "→"
        case "home": "Home"
        case "end": "End"
        default: key
        }
    }
}
