import ParallaxModel
import Testing
@testable import ParallaxTerminal

@Suite struct PaneRenderTests {
    let story = FixtureStory.bridge()

    func render(_ state: ReaderState, theme: Theme = TestThemes.mono) -> Grid {
        ReaderView.render(state, size: state.size, theme: theme)
    }

    @Test func showsEveryPaneSideBySideWithHeadersAndStrip() {
        let state = ReaderState(story: story, size: Size(width: 120, height: 30))
        let grid = render(state)
        #expect(state.layout.visiblePanes == 3)
        #expect(grid.lines[0].hasPrefix("Parallax  [1 2 3]"))
        #expect(grid.lines[1].contains("▶ 1 Northwind Gazette · 2031-05-02"))
        #expect(grid.lines[1].contains("2 Coastal Herald"))
        #expect(grid.lines[1].contains("3 Valley Post"))
        #expect(grid.lines[2].contains("Harbour bridge reopens"))
        #expect(grid.contains("Mayor Lena Orsk said 1,200"))
        #expect(grid.contains("▌ @cityhall: Proud of"))
        #expect(grid.lines[28].contains("1 quantity claim") == false)
        #expect(grid.lines[28].contains("Northwind Gazette — Harbour bridge reopens · 3 quantity claim(s), 2 in conflict"))
        #expect(grid.lines[29].contains("] claim"))
    }

    @Test func narrowTerminalShowsFewerPanesAndTheStripSaysWhich() {
        var state = ReaderState(story: story, size: Size(width: 70, height: 20))
        #expect(state.layout.visiblePanes == 2)
        #expect(render(state).lines[0].hasPrefix("Parallax  [1 2] 3"))
        state = ReaderUpdate.apply(.action(.nextPanes), to: state)
        #expect(render(state).lines[0].hasPrefix("Parallax  1 [2 3]"))
        state = ReaderUpdate.apply(.action(.singlePane), to: state)
        #expect(state.layout.visiblePanes == 1)
        #expect(render(state).lines[0].contains("ONE PANE"))
    }

    @Test func stripWithManySourcesKeepsTheVisibleOnesInView() {
        var builder = FixtureBuilder()
        for number in 1...40 { builder.add(.init(source: "S\(number)", paragraphs: [(.body, "Text \(number).")])) }
        var state = ReaderState(story: builder.story, size: Size(width: 70, height: 20))
        #expect(ReaderView.render(state, size: state.size, theme: TestThemes.mono).lines[0].contains("[1 2] 3"))
        for _ in 0..<30 { state = ReaderUpdate.apply(.action(.focusNext), to: state) }
        let top = ReaderView.render(state, size: state.size, theme: TestThemes.mono).lines[0]
        #expect(top.contains("[30 31]"), "\(top)")
        #expect(top.contains("…"))
    }

    @Test func headingsAreBoldAndEmbedsDimmed() {
        let state = ReaderState(story: story, size: Size(width: 120, height: 30))
        let grid = render(state)
        let headingRow = grid.lines.firstIndex { $0.contains("Harbour bridge reopens after") }!
        let column = Array(grid.lines[headingRow]).firstIndex(of: "H")!
        #expect(grid[column, headingRow].style.attributes.contains(.bold))
        let embedRow = grid.lines.firstIndex { $0.contains("@cityhall") }!
        let embedColumn = Array(grid.lines[embedRow]).firstIndex(of: "@")!
        #expect(grid[embedColumn, embedRow].style.attributes.contains(.dim))
    }

    @Test func claimStatesAreReadableWithoutColour() {
        var state = ReaderState(story: FixtureStory.bridge(fillerParagraphs: 0), size: Size(width: 120, height: 40))
        let grid = render(state)
        func style(of text: String, in grid: Grid) -> Style {
            let row = grid.lines.firstIndex { $0.contains(text) }!
            let column = grid.lines[row].distance(from: grid.lines[row].startIndex, to: grid.lines[row].range(of: text)!.lowerBound)
            return grid[column, row].style
        }
        #expect(style(of: "1,200 workers", in: grid).attributes == [.bold, .underline])
        #expect(style(of: "14 months", in: grid).attributes == [.bold])
        #expect(style(of: "$80 million", in: grid).attributes == [.bold, .underline])
        state = ReaderUpdate.apply(.action(.nextClaim), to: state)
        #expect(style(of: "1,200 workers", in: render(state)).attributes.contains(.reverse))
    }

    @Test func statusLineDescribesTheSelectedClaimAndTheOtherSources() {
        var state = ReaderState(story: story, size: Size(width: 160, height: 30))
        state = ReaderUpdate.apply(.action(.nextClaim), to: state)
        let status = render(state).lines[28]
        #expect(status.contains("≠ CONFLICT “1,200 workers” = 1,200 workers"))
        #expect(status.contains("Coastal Herald ≠ about 1,500 workers"))
        state = ReaderUpdate.apply(.action(.nextClaim), to: state)
        #expect(render(state).lines[28].contains("only this source “14 months”"))
        state = ReaderUpdate.apply(.action(.nextClaim), to: state)
        let cost = render(state).lines[28]
        #expect(cost.contains("Coastal Herald = $80 million"))
        #expect(cost.contains("Valley Post ≠ $95 million"))
        #expect(cost.contains("per Orsk"))
    }

    @Test func enterAlignsMatchesOnTheSameRowAndSaysWhoHasNone() {
        var state = ReaderState(story: story, size: Size(width: 120, height: 30))
        state = ReaderUpdate.apply(.action(.nextClaim), to: state)
        state = ReaderUpdate.apply(.action(.align), to: state)
        let grid = render(state)
        let anchorRow = grid.lines.firstIndex { $0.contains("1,200 workers") }!
        #expect(grid.lines[anchorRow].contains("about 1,500"))
        #expect(grid.lines[2].contains("✗ no match for this claim"))
        // The compared sentences are marked in each pane's left margin.
        #expect(grid[0, anchorRow].text == "▌")
        #expect(grid[state.layout.paneX(slot: 1), anchorRow].text == "▌")
        #expect(grid[state.layout.paneX(slot: 2), anchorRow].text == " ")
        #expect(grid.lines[2].contains("≠ conflicts: about 1,500 workers"))
        // The later cost claim sits far down; aligning on it scrolls the other panes to it.
        for _ in 0..<2 { state = ReaderUpdate.apply(.action(.nextClaim), to: state) }
        state = ReaderUpdate.apply(.action(.align), to: state)
        let aligned = render(state)
        let costRow = aligned.lines.firstIndex { $0.contains("spent $80") }!
        #expect(aligned.lines[costRow].contains("$80 million, paid") || aligned.lines[costRow].contains("cost at $80"))
        #expect(aligned.lines[costRow].contains("$95 million"))
    }

    @Test func tinySizesShowANoticeAndNeverCrash() {
        let state = ReaderState(story: story, size: Size(width: 20, height: 6))
        #expect(render(state).contains("Terminal too small"))
        for size in [Size(width: 1, height: 1), Size(width: 0, height: 0), Size(width: 1, height: 100), Size(width: 300, height: 1)] {
            let grid = ReaderView.render(state, size: size, theme: TestThemes.colour)
            #expect(grid.size == size)
        }
        let back = ReaderUpdate.apply(.resize(Size(width: 120, height: 30)), to: state)
        #expect(render(back).contains("Northwind Gazette"))
    }

    @Test func wideTextNeverCrossesAPaneBorder() {
        let cjk = String(repeating: "中文", count: 60)
        var builder = FixtureBuilder()
        for source in ["A", "B", "C"] { builder.add(.init(source: source, paragraphs: [(.body, cjk + " 😀 e\u{0301} " + cjk)])) }
        for width in [91, 92, 93, 100, 101] {
            let state = ReaderState(story: builder.story, size: Size(width: width, height: 12))
            let grid = render(state)
            let borderColumn = state.layout.paneWidth
            for row in state.layout.bodyTop..<state.layout.statusRow {
                #expect(grid[borderColumn, row].text == "│", "width \(width) row \(row)")
                #expect(!grid[borderColumn + 1, row].isContinuation)
            }
        }
    }

    @Test func storyWithoutArticlesOrAnalysisStillRenders() {
        let empty = Story(articles: [])
        let grid = ReaderView.render(ReaderState(story: empty, size: Size(width: 80, height: 24)), size: Size(width: 80, height: 24), theme: TestThemes.colour)
        #expect(grid.contains("No articles"))
        let plain = FixtureStory.single(["Just words, no analysis."])
        #expect(render(ReaderState(story: plain, size: Size(width: 80, height: 24))).contains("0 quantity claim(s)"))
    }
}
