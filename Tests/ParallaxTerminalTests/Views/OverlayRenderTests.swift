import ParallaxModel
import Testing
@testable import ParallaxTerminal

@Suite struct OverlayRenderTests {
    let story = FixtureStory.bridge()

    func open(_ action: Action, size: Size = Size(width: 120, height: 30)) -> ReaderState {
        ReaderUpdate.apply(.action(action), to: ReaderState(story: story, size: size))
    }

    @Test func claimsViewHasARowPerClusterAndAColumnPerSource() {
        let state = open(.claimsView)
        let grid = ReaderView.render(state, size: state.size, theme: TestThemes.mono)
        #expect(grid.lines[1].contains("Claims — 2 quantities stated by several sources, 2 in conflict"))
        #expect(grid.lines[2].contains("1 Northwind Gazette"))
        #expect(grid.lines[2].contains("3 Valley Post"))
        let workers = grid.lines.first { $0.contains("workers on the bridge") }!
        #expect(workers.contains("≠ 1,200 workers"))
        #expect(workers.contains("≠ about 1,500 workers"))
        #expect(workers.split(separator: " ").last == "·")
        let cost = grid.lines.first { $0.contains("cost of the repairs") }!
        #expect(cost.contains("$80 million"))
        #expect(cost.contains("≠ $95 million"))
        #expect(grid.lines[29].contains("Enter jump to the text"))
    }

    @Test func enterOnAClaimsCellJumpsToThatClaimInTheText() {
        var state = open(.claimsView)
        state = ReaderUpdate.apply(.action(.scrollDown), to: state)
        state = ReaderUpdate.apply(.action(.focusNext), to: state)
        state = ReaderUpdate.apply(.action(.focusNext), to: state)
        state = ReaderUpdate.apply(.key("enter"), to: state)
        #expect(state.overlay == .none)
        #expect(state.focus == 2)
        #expect(state.selection == ClaimRef(article: 2, index: 0))
        #expect(state.alignment != nil)
        let grid = ReaderView.render(state, size: state.size, theme: TestThemes.mono)
        #expect(grid.lines[28].contains("“$95 million”"))
    }

    @Test func enterOnAnEmptyCellSaysTheSourceHasNoMatch() {
        var state = open(.claimsView)
        state = ReaderUpdate.apply(.action(.focusPrevious), to: state)
        state = ReaderUpdate.apply(.action(.align), to: state)
        #expect(state.overlay == .claims)
        #expect(state.message == "Valley Post does not state this quantity")
    }

    @Test func entitiesViewListsVariantsRolesAndMentionsPerSource() {
        let state = open(.entitiesView)
        let grid = ReaderView.render(state, size: state.size, theme: TestThemes.mono)
        #expect(grid.lines[1].contains("Entities — 2 names, 1 with conflicting roles"))
        let orsk = grid.lines.first { $0.contains("Lena Orsk") }!
        #expect(orsk.contains("person"))
        #expect(orsk.contains("Orsk"))
        #expect(orsk.contains("≠ Governor / Mayor"))
        #expect(orsk.contains("   2   1   1"))
    }

    @Test func enterInEntitiesViewHighlightsMentionsAndNWalksThem() {
        var state = open(.entitiesView)
        state = ReaderUpdate.apply(.action(.align), to: state)
        #expect(state.highlightedEntity == "e1")
        #expect(state.overlay == .none)
        let grid = ReaderView.render(state, size: state.size, theme: TestThemes.mono)
        let row = grid.lines.firstIndex { $0.contains("Lena Orsk said") }!
        let column = grid.lines[row].distance(from: grid.lines[row].startIndex, to: grid.lines[row].range(of: "Lena")!.lowerBound)
        #expect(grid[column, row].style.attributes.contains(.underline))
        state = ReaderUpdate.apply(.action(.nextHit), to: state)
        #expect(state.entityWalk?.article == 0 && state.entityWalk?.index == 0)
        state = ReaderUpdate.apply(.action(.nextHit), to: state)
        state = ReaderUpdate.apply(.action(.nextHit), to: state)
        #expect(state.focus == 1)
    }

    @Test func helpOverlayListsEveryActionFromTheTable() {
        let state = open(.help, size: Size(width: 100, height: 60))
        let grid = ReaderView.render(state, size: state.size, theme: TestThemes.mono)
        for spec in ActionTable.all {
            #expect(grid.contains(spec.help), "\(spec.name)")
        }
        #expect(grid.contains("j ↓"))
        let remapped = ReaderUpdate.apply(.action(.help), to: ReaderState(story: story, size: Size(width: 100, height: 60), keymap: Keymap(overrides: ["scroll_down": ["x"]])))
        #expect(ReaderView.render(remapped, size: remapped.size, theme: TestThemes.mono).contains("  x      "))
    }

    @Test func overlaysSurviveTinyTerminals() {
        for action in [Action.help, .claimsView, .entitiesView] {
            var state = open(action, size: Size(width: 24, height: 8))
            _ = ReaderView.render(state, size: state.size, theme: TestThemes.colour)
            state = ReaderUpdate.apply(.resize(Size(width: 2, height: 2)), to: state)
            _ = ReaderView.render(state, size: state.size, theme: TestThemes.colour)
        }
    }

    @Test func warningsAreCountedInTheStatusLineAndListedWrappedByW() {
        var warned = story
        let longPath = "/srv/news/" + String(repeating: "very-long-directory-name/", count: 6) + "feed.bin"
        warned.warnings = ["\(longPath): binary file (not text), skipped", "b.txt: invalid UTF-8 repaired (3 bytes)"]
        let size = Size(width: 80, height: 24)
        var state = ReaderState(story: warned, size: size)
        var grid = ReaderView.render(state, size: size, theme: TestThemes.mono)
        #expect(grid.lines[size.height - 2].hasPrefix(" ⚠ 2 warnings (w)"), "\(grid.lines[size.height - 2])")
        state = ReaderUpdate.apply(.key("w"), to: state)
        grid = ReaderView.render(state, size: size, theme: TestThemes.mono)
        let text = grid.lines.joined(separator: "\n")
        #expect(text.contains("Warnings — j/k scroll"))
        #expect(text.contains("• b.txt: invalid UTF-8 repaired (3 bytes)"))
        // The path has no spaces and is wider than the box: it is cut into lines inside the box.
        let pathRows = grid.lines.filter { $0.contains("very-long-directory-name") }
        #expect(pathRows.count >= 2)
        #expect(text.contains("binary file (not text), skipped"))
        state = ReaderUpdate.apply(.key("esc"), to: state)
        #expect(state.overlay == .none)
    }

    @Test func aCleanLoadSaysSoAndShowsNoWarningCount() {
        let size = Size(width: 80, height: 24)
        let state = ReaderUpdate.apply(.key("w"), to: ReaderState(story: story, size: size))
        let grid = ReaderView.render(state, size: size, theme: TestThemes.mono)
        #expect(grid.lines.contains { $0.contains("Every file loaded cleanly; no text needed repair.") })
        #expect(!grid.lines[size.height - 2].contains("⚠"))
    }

    @Test func wrappingKeepsWordsWholeAndCutsOnlyWhatCannotFit() {
        #expect(TextOverlay.wrap("one two three four", width: 9) == ["one two", "three", "four"])
        #expect(TextOverlay.wrap("abcdefghij xy", width: 4) == ["abcd", "efgh", "ij", "xy"])
        #expect(TextOverlay.wrap("", width: 5) == [""])
        #expect(TextOverlay.wrap("漢字漢字漢字", width: 5) == ["漢字", "漢字", "漢字"])
    }
}
