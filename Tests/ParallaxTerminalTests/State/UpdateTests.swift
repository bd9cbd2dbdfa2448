import ParallaxModel
import Testing
@testable import ParallaxTerminal

@Suite struct UpdateTests {
    let story = FixtureStory.bridge(fillerParagraphs: 12)
    var state: ReaderState { ReaderState(story: story, size: Size(width: 100, height: 20)) }

    func apply(_ actions: [Action], to state: ReaderState) -> ReaderState {
        actions.reduce(state) { ReaderUpdate.apply(.action($1), to: $0) }
    }

    @Test func scrollingMovesOnlyTheFocusedPaneAndStopsAtTheEnds() {
        var next = apply([.scrollDown, .scrollDown], to: state)
        #expect(next.tops == [2, 0, 0])
        next = apply([.scrollUp], to: next)
        #expect(next.tops[0] == 1)
        next = apply([.pageDown], to: next)
        #expect(next.tops[0] == 1 + next.layout.bodyHeight - 2)
        next = apply([.pageUp, .pageUp, .pageUp], to: next)
        #expect(next.tops[0] == 0)
        next = apply([.bottom], to: next)
        #expect(next.tops[0] == next.maxTop(0))
        next = apply([.scrollDown], to: next)
        #expect(next.tops[0] == next.maxTop(0))
        next = apply([.top], to: next)
        #expect(next.tops[0] == 0)
    }

    @Test func scrollLockMovesEveryPane() {
        let next = apply([.scrollLock, .scrollDown, .scrollDown], to: state)
        #expect(next.scrollLock)
        #expect(next.tops == [2, 2, 0]) // The third article is too short to scroll.
        #expect(apply([.scrollLock], to: next).scrollLock == false)
    }

    @Test func focusMovesBothWaysAndWraps() {
        #expect(apply([.focusNext], to: state).focus == 1)
        #expect(apply([.focusPrevious], to: state).focus == 2)
        #expect(ReaderUpdate.apply(.key("shift-tab"), to: state).focus == 2)
        #expect(ReaderUpdate.apply(.key("l"), to: state).focus == 1)
    }

    @Test func pagingPanesAndSinglePaneKeepTheFocusVisible() {
        var narrow = ReaderState(story: story, size: Size(width: 40, height: 20))
        #expect(narrow.visibleArticles == 0..<1)
        narrow = apply([.focusNext, .focusNext], to: narrow)
        #expect(narrow.visibleArticles == 2..<3)
        narrow = apply([.previousPanes], to: narrow)
        #expect(narrow.visibleArticles == 1..<2 && narrow.focus == 1)
        var wide = apply([.singlePane], to: state)
        #expect(wide.visibleArticles.count == 1)
        wide = apply([.singlePane], to: wide)
        #expect(wide.visibleArticles.count == 3)
        #expect(apply([.nextPanes], to: wide).visibleArticles == 0..<3)
    }

    @Test func claimSelectionWalksQuantitiesAndConflicts() {
        var next = apply([.nextClaim], to: state)
        #expect(next.selection == ClaimRef(article: 0, index: 0))
        next = apply([.nextClaim, .nextClaim, .nextClaim], to: next)
        #expect(next.selection == ClaimRef(article: 0, index: 0))
        next = apply([.previousClaim], to: next)
        #expect(next.selection == ClaimRef(article: 0, index: 2))
        #expect(next.tops[0] > 0) // The cost claim is below the first screen: the pane scrolled to it.
        next = apply([.nextConflict], to: next)
        #expect(next.selection == ClaimRef(article: 0, index: 0))
        next = apply([.previousConflict], to: next)
        #expect(next.selection == ClaimRef(article: 0, index: 2))
    }

    @Test func conflictKeysSkipAgreeingAndSingleSourceClaims() {
        let next = apply([.nextConflict, .nextConflict], to: state)
        #expect(next.selection == ClaimRef(article: 0, index: 2))
    }

    @Test func claimKeysMoveOnToTheNextSourceThatHasSomething() {
        var builder = FixtureBuilder()
        builder.add(.init(source: "One", paragraphs: [(.body, "Nothing countable here.")]))
        builder.add(.init(source: "Two", paragraphs: [(.body, "It had 40 boats.")]))
        builder.add(.init(source: "Three", paragraphs: [(.body, "It had 45 boats.")]))
        let b = builder.claim("40 boats", in: 1, value: 40, noun: "boats", cluster: "k1")
        let c = builder.claim("45 boats", in: 2, value: 45, noun: "boats", cluster: "k1")
        builder.clusters = [ClaimCluster(id: "k1", claims: [b, c], verdict: .conflict, low: 40, high: 45, unit: "count", label: "boats")]
        let start = ReaderState(story: builder.story, size: Size(width: 80, height: 20))
        var next = apply([.nextConflict], to: start)
        #expect(next.selection == ClaimRef(article: 1, index: 0))
        #expect(next.focus == 1)
        #expect(next.message == "No conflicting claims in source 1; moved to source 2")
        next = apply([.previousClaim], to: start)
        #expect(next.selection == ClaimRef(article: 2, index: 0))
        // At 80 columns two panes fit: aligning from source 2 tells that source 3 disagrees off screen.
        next = apply([.nextConflict, .align], to: start)
        #expect(next.visibleArticles == 0..<2)
        #expect(next.message == "Aligned: 0 agreeing, 1 conflicting, 1 without it — conflicting source 3 off screen (> shows more panes)")
        // In the claims view } lands on a cell that is in conflict, so Enter has a figure to show.
        let table = apply([.claimsView, .nextConflict], to: start)
        #expect(table.claimsCursor.row == 0 && table.claimsCursor.column == 1)
        #expect(apply([.align], to: table).selection == ClaimRef(article: 1, index: 0))
        let empty = FixtureStory.single(["No figures at all."])
        #expect(apply([.nextClaim], to: ReaderState(story: empty, size: Size(width: 80, height: 20))).message == "No quantity claims in any source")
    }

    @Test func alignPutsMatchesOnTheAnchorRowAndMCycles() {
        var builder = FixtureBuilder()
        builder.add(.init(source: "One", paragraphs: [(.body, "Line one."), (.body, "It had 40 boats.")]))
        builder.add(.init(source: "Two", paragraphs: [(.body, "There were 40 boats."), (.body, "Later 48 boats came.")]))
        let a = builder.claim("40 boats", in: 0, value: 40, noun: "boats", cluster: "k1")
        let b = builder.claim("40 boats", in: 1, value: 40, noun: "boats", cluster: "k1")
        let c = builder.claim("48 boats", in: 1, value: 48, noun: "boats", cluster: "k1")
        builder.clusters = [ClaimCluster(id: "k1", claims: [a, b, c], verdict: .conflict, low: 40, high: 48, unit: "count", label: "boats")]
        var next = apply([.nextClaim, .align], to: ReaderState(story: builder.story, size: Size(width: 80, height: 20)))
        #expect(next.message == "Aligned: 1 agreeing, 0 conflicting")
        let row = 2 - next.tops[0]
        #expect(next.alignment?.row == row)
        #expect(next.tops[1] == 0 - row)
        next = apply([.cycleMatch], to: next)
        #expect(next.alignment?.shownMatch(in: 1) == 1)
        #expect(next.tops[1] == 2 - row)
        #expect(PaneView.alignmentNote(next, article: 1) == "≠ conflicts: 48 boats (2/2, m)")
        next = apply([.cycleMatch], to: next)
        #expect(PaneView.alignmentNote(next, article: 1) == "= agrees: 40 boats (1/2, m)")
        // The aligned pane sits above its first line; scrolling brings it back, never further up.
        next = apply([.focusNext, .scrollUp], to: next)
        #expect(next.tops[1] == -row)
    }

    @Test func alignWithoutSelectionOrClusterExplainsWhy() {
        #expect(apply([.align], to: state).message?.contains("Select a claim first") == true)
        let single = apply([.nextClaim, .nextClaim, .align], to: state)
        #expect(single.message == "Only this source states 14 months")
        #expect(apply([.cycleMatch], to: state).message == "Press Enter on a selected claim first")
    }

    @Test func searchIsCaseAndApostropheInsensitiveAndNWalksHits() {
        var builder = FixtureBuilder()
        builder.add(.init(source: "One", paragraphs: [(.body, "Kyiv’s mayor spoke. KYIV'S council met.")]))
        builder.add(.init(source: "Two", paragraphs: [(.body, "In kyiv's centre. Kyivs streets.")]))
        var next = ReaderState(story: builder.story, size: Size(width: 80, height: 20))
        for key in ["/", "k", "y", "i", "v", "'", "s", "backspace", "s", "space", "enter"] {
            next = ReaderUpdate.apply(.key(key), to: next)
        }
        #expect(next.search?.query == "kyiv's ")
        #expect(next.search?.hits.map(\.count) == [2, 2])
        #expect(next.search?.hits[0].first == TextSpan(0, 7))
        #expect(next.search?.current?.article == 0 && next.search?.current?.index == 0)
        next = apply([.nextHit, .nextHit], to: next)
        #expect(next.focus == 1)
        next = apply([.previousHit], to: next)
        #expect(next.focus == 0 && next.search?.current?.index == 1)
        let cancelled = ["/", "x", "esc"].reduce(next) { ReaderUpdate.apply(.key($1), to: $0) }
        #expect(cancelled.prompt == nil && cancelled.search?.query == "kyiv's ")
        let missing = ["/", "z", "q", "enter"].reduce(next) { ReaderUpdate.apply(.key($1), to: $0) }
        #expect(missing.message == "Not found: zq")
        #expect(missing.shouldQuit == false) // q was typed into the prompt, not a quit.
    }

    @Test func viewsHelpCloseAndQuit() {
        #expect(apply([.claimsView], to: state).overlay == .claims)
        #expect(apply([.entitiesView], to: state).overlay == .entities)
        #expect(apply([.help], to: state).overlay == .help)
        #expect(apply([.help, .close], to: state).overlay == .none)
        #expect(apply([.claimsView, .close], to: state).overlay == .none)
        #expect(apply([.claimsView, .claimsView], to: state).overlay == .none)
        #expect(apply([.help, .scrollDown, .scrollDown], to: state).textOverlayTop == 2)
        #expect(apply([.warnings], to: state).overlay == .warnings)
        #expect(apply([.warnings, .warnings], to: state).overlay == .none)
        #expect(apply([.help, .warnings], to: state).overlay == .warnings)
        #expect(apply([.help, .scrollDown, .warnings], to: state).textOverlayTop == 0)
        #expect(apply([.claimsView, .warnings], to: state).overlay == .warnings)
        #expect(apply([.entitiesView, .scrollDown, .scrollDown, .scrollDown], to: state).entitiesCursor == 1)
        #expect(apply([.claimsView, .nextConflict], to: state).claimsCursor.row == 1)
        let cleared = apply([.nextClaim, .close], to: state)
        #expect(cleared.selection == nil)
        #expect(apply([.redraw], to: state).wantsFullRepaint)
        #expect(apply([.help, .redraw], to: state).overlay == .help)
        #expect(apply([.quit], to: state).shouldQuit)
        #expect(apply([.claimsView, .quit], to: state).shouldQuit)
    }

    @Test func resizeKeepsTheReadingPosition() {
        var next = apply([.scrollDown, .scrollDown, .scrollDown, .scrollDown], to: state)
        let offset = next.topOffset(0)!
        next = ReaderUpdate.apply(.resize(Size(width: 200, height: 50)), to: next)
        let line = next.wrapped[0].lines[next.tops[0]]
        #expect(Int(next.glyphs[0].glyphs[line.range.lowerBound].offset) <= offset)
        next = ReaderUpdate.apply(.resize(Size(width: 0, height: 0)), to: next)
        next = ReaderUpdate.apply(.resize(Size(width: 100, height: 20)), to: next)
        #expect(next.tops[0] > 0)
    }

    @Test func mouseClickSelectsAClaimAndWheelScrollsThePaneUnderIt() {
        let grid = ReaderView.render(state, size: state.size, theme: TestThemes.mono)
        let row = grid.lines.firstIndex { $0.contains("1,200") }!
        let column = grid.lines[row].distance(from: grid.lines[row].startIndex, to: grid.lines[row].range(of: "1,200")!.lowerBound)
        let clicked = ReaderUpdate.apply(.click(x: column + 1, y: row), to: state)
        #expect(clicked.selection == ClaimRef(article: 0, index: 0))
        let secondPane = state.layout.paneX(slot: 1) + 3
        let wheeled = ReaderUpdate.apply(.wheel(x: secondPane, y: 6, down: true), to: state)
        #expect(wheeled.tops == [0, 3, 0])
        #expect(ReaderUpdate.apply(.click(x: secondPane, y: 2), to: state).focus == 1)
        _ = ReaderUpdate.apply(.click(x: -4, y: 900), to: state)
    }

    @Test func unknownKeysChangeNothing() {
        let next = ReaderUpdate.apply(.key("f12"), to: state)
        #expect(next.tops == state.tops && next.focus == state.focus && next.overlay == .none)
    }
}
