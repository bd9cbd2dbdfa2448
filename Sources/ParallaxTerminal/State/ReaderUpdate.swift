import ParallaxModel

/// Something that happened: a key, a resize, the mouse.
public enum ReaderEvent: Sendable {
    /// A key by name ("j", "enter", "shift-tab"; see `Keymap`).
    case key(String)
    case action(Action)
    case resize(Size)
    case click(x: Int, y: Int)
    case wheel(x: Int, y: Int, down: Bool)
    /// More files were read while the reader is open: add their articles after the others.
    case articlesLoaded(LoadedBatch)
    /// The background analysis finished: show its names, numbers and links.
    case storyAnalysed(Story)
    /// Time passed with no input (animates the progress spinner).
    case tick
}

/// The one place state changes: `apply(event, to: state)` returns the next state and never draws.
public enum ReaderUpdate {
    public static func apply(_ event: ReaderEvent, to state: ReaderState) -> ReaderState {
        var next = state
        next.handle(event)
        return next
    }
}

extension ReaderState {
    mutating func handle(_ event: ReaderEvent) {
        switch event {
        case .key(let key):
            message = nil
            if prompt != nil {
                promptKey(key)
            } else if let action = keymap.action(for: key) {
                perform(action)
            } else if key == "enter" {
                // Enter keeps working in the views even when the user moved `align` elsewhere.
                perform(.align)
            }
        case .action(let action):
            message = nil
            if prompt != nil, action != .close { return }
            if prompt != nil { prompt = nil; return }
            perform(action)
        case .resize(let size):
            resize(to: size)
        case .click(let x, let y):
            guard overlay == .none, prompt == nil else { return }
            click(x: x, y: y)
        case .articlesLoaded(let batch):
            adoptLoaded(batch)
        case .storyAnalysed(let analysed):
            adopt(analysed)
        case .tick:
            if analysing { spinnerFrame &+= 1 }
        case .wheel(let x, let y, let down):
            guard overlay == .none else {
                perform(down ? .scrollDown : .scrollUp)
                return
            }
            if y >= layout.paneTop, let slot = layout.slot(atColumn: x) {
                let article = visibleArticles.lowerBound + slot
                if article < articleCount { scroll(article, by: down ? 3 : -3) }
            }
        }
    }

    mutating func perform(_ action: Action) {
        if action == .redraw {
            wantsFullRepaint = true
            return
        }
        switch overlay {
        case .help, .warnings: textOverlayAction(action)
        case .claims: claimsViewAction(action)
        case .entities: entitiesViewAction(action)
        case .none: paneAction(action)
        }
    }

    mutating func paneAction(_ action: Action) {
        guard articleCount > 0 else {
            if action == .quit { shouldQuit = true }
            return
        }
        if analysing, Self.needsAnalysis.contains(action) {
            message = "Still finding the names and numbers — claims and entities appear in a moment"
            if action == .claimsView || action == .entitiesView { viewWhenAnalysed = action }
            return
        }
        // Esc takes the request back: nothing then opens unasked when the analysis is in.
        if action == .close { viewWhenAnalysed = nil }
        let page = max(1, layout.bodyHeight - 2)
        switch action {
        case .scrollDown: scrollFocused(by: 1)
        case .scrollUp: scrollFocused(by: -1)
        case .pageDown: scrollFocused(by: page)
        case .pageUp: scrollFocused(by: -page)
        case .top: scrollFocused(to: 0)
        case .bottom: scrollFocused(to: maxTop(focus))
        case .focusNext: setFocus((focus + 1) % articleCount)
        case .focusPrevious: setFocus((focus + articleCount - 1) % articleCount)
        case .nextPanes: pagePanes(forward: true)
        case .previousPanes: pagePanes(forward: false)
        case .singlePane:
            singlePane.toggle()
            resize(to: size)
        case .scrollLock:
            scrollLock.toggle()
            message = scrollLock ? "Scroll-lock on: all panes scroll together" : "Scroll-lock off"
        case .nextClaim: selectClaim(forward: true, conflictsOnly: false)
        case .previousClaim: selectClaim(forward: false, conflictsOnly: false)
        case .nextConflict: selectClaim(forward: true, conflictsOnly: true)
        case .previousConflict: selectClaim(forward: false, conflictsOnly: true)
        case .align: alignOnSelection()
        case .cycleMatch: cycleMatches()
        case .search: prompt = ""
        case .nextHit: walk == .entity && highlightedEntity != nil ? stepMention(forward: true) : stepHit(forward: true)
        case .previousHit: walk == .entity && highlightedEntity != nil ? stepMention(forward: false) : stepHit(forward: false)
        case .claimsView: overlay = .claims
        case .entitiesView: overlay = .entities
        case .help: openTextOverlay(.help)
        case .warnings: openTextOverlay(.warnings)
        case .close:
            if alignment != nil || search != nil || highlightedEntity != nil || selection != nil {
                alignment = nil
                search = nil
                highlightedEntity = nil
                entityWalk = nil
                selection = nil
                message = "Cleared the selection, search and highlights"
            }
        case .redraw: wantsFullRepaint = true
        case .quit: shouldQuit = true
        }
    }

    // MARK: - Geometry and scrolling

    mutating func resize(to size: Size) {
        let kept = (0..<articleCount).map { topOffset($0) }
        let newLayout = ScreenLayout(size: size, articleCount: articleCount, singlePane: singlePane)
        if newLayout.textWidth != layout.textWidth {
            wrapped = ParallelLayout.wrap(glyphs, width: newLayout.textWidth)
        }
        layout = newLayout
        for article in 0..<articleCount {
            tops[article] = kept[article].map { line(of: $0, in: article) } ?? min(max(tops[article], 0), maxTop(article))
        }
        keepFocusVisible()
        if let alignment { realign(alignment) }
    }

    mutating func setFocus(_ article: Int) {
        focus = max(0, min(article, articleCount - 1))
        keepFocusVisible()
    }

    mutating func keepFocusVisible() {
        let visible = layout.visiblePanes
        if focus < firstPane { firstPane = focus }
        if focus >= firstPane + visible { firstPane = focus - visible + 1 }
        firstPane = max(0, min(firstPane, articleCount - visible))
    }

    mutating func pagePanes(forward: Bool) {
        let visible = layout.visiblePanes
        guard articleCount > visible else { return }
        let first = forward ? min(firstPane + visible, articleCount - visible) : max(0, firstPane - visible)
        firstPane = first
        focus = first
    }

    mutating func scrollFocused(by delta: Int) {
        if scrollLock {
            for article in 0..<articleCount { scroll(article, by: delta) }
        } else {
            scroll(focus, by: delta)
        }
    }

    mutating func scrollFocused(to line: Int) {
        scrollFocused(by: line - tops[focus])
    }

    /// Moves a pane; a pane aligned above its first line may only scroll back towards it.
    mutating func scroll(_ article: Int, by delta: Int) {
        let old = tops[article]
        let low = min(old, 0), high = max(old, maxTop(article))
        tops[article] = min(max(old + delta, low), high)
    }

    /// Scrolls so that `line` is on screen, a third of the way down when it has to move.
    mutating func reveal(line: Int, in article: Int) {
        let height = layout.bodyHeight
        if line < tops[article] || line >= tops[article] + height {
            tops[article] = min(max(0, line - height / 3), max(maxTop(article), line))
        }
    }

    mutating func click(x: Int, y: Int) {
        guard y >= layout.paneTop, y < layout.statusRow, let slot = layout.slot(atColumn: x) else { return }
        let article = visibleArticles.lowerBound + slot
        guard article < articleCount else { return }
        setFocus(article)
        let row = y - layout.bodyTop
        let lineIndex = tops[article] + row
        guard row >= 0, lineIndex >= 0, lineIndex < wrapped[article].lines.count else { return }
        let line = wrapped[article].lines[lineIndex]
        var column = layout.paneX(slot: slot) + 1 + line.indent
        for glyphIndex in line.range {
            let glyph = glyphs[article].glyphs[glyphIndex]
            let width = Int(glyph.width)
            if x >= column && x < column + width {
                let offset = Int(glyph.offset)
                for index in index.selectable[article] where story.claims[article][index].span.contains(offset) {
                    selection = ClaimRef(article: article, index: index)
                    alignment = nil
                    return
                }
                return
            }
            column += width
        }
    }
}
