import Testing
@testable import ParallaxTerminal

@Suite struct GridDiffTests {
    func grid(_ rows: [String], width: Int) -> Grid {
        var grid = Grid(size: Size(width: width, height: rows.count))
        for (y, row) in rows.enumerated() { grid.put(row, x: 0, y: y, style: .plain) }
        return grid
    }

    @Test func firstFrameWritesEveryRow() {
        let runs = GridDiff.changes(from: nil, to: grid(["ab", "cd"], width: 2))
        #expect(runs.map(\.y) == [0, 1])
    }

    @Test func identicalFramesWriteNothing() {
        let frame = grid(["hello", "world"], width: 5)
        #expect(GridDiff.changes(from: frame, to: frame).isEmpty)
        #expect(ANSIEncoder.encode(GridDiff.changes(from: frame, to: frame)).isEmpty)
    }

    @Test func onlyChangedCellsAreWritten() {
        let runs = GridDiff.changes(from: grid(["hello", "world"], width: 5), to: grid(["hello", "wOrld"], width: 5))
        #expect(runs == [CellRun(x: 1, y: 1, cells: [Cell(text: "O")])])
        #expect(String(decoding: ANSIEncoder.encode(runs), as: UTF8.self) == "\u{1B}[2;2H\u{1B}[0mO")
    }

    @Test func aChangeUnderAWideGlyphRewritesTheWholeGlyph() {
        let runs = GridDiff.changes(from: grid(["a中b"], width: 4), to: grid(["a文b"], width: 4))
        #expect(runs.count == 1 && runs[0].x == 1 && runs[0].cells.count == 2)
        #expect(runs[0].cells[0].text == "文")
        let halves = GridDiff.changes(from: grid(["ab中"], width: 4), to: grid(["a中 "], width: 4))
        #expect(halves.first?.x == 1)
    }

    @Test func styleChangesAreDiffsToo() {
        var styled = grid(["abc"], width: 3)
        styled.restyle(x: 1, y: 0, width: 1) { _ in Style(attributes: .reverse) }
        let runs = GridDiff.changes(from: grid(["abc"], width: 3), to: styled)
        #expect(runs.count == 1 && runs[0].x == 1)
        #expect(String(decoding: ANSIEncoder.encode(runs), as: UTF8.self).contains("\u{1B}[0;7m"))
    }

    @Test func aOneLineScrollWritesFarLessThanARepaint() {
        let state = ReaderState(story: FixtureStory.bridge(fillerParagraphs: 20), size: Size(width: 200, height: 50))
        let before = ReaderView.render(state, size: state.size, theme: TestThemes.colour)
        let scrolled = ReaderUpdate.apply(.action(.scrollDown), to: state)
        let after = ReaderView.render(scrolled, size: scrolled.size, theme: TestThemes.colour)
        let scrollBytes = ANSIEncoder.encode(GridDiff.changes(from: before, to: after)).count
        let repaintBytes = ANSIEncoder.encode(GridDiff.changes(from: nil, to: after)).count
        #expect(scrollBytes > 0)
        #expect(scrollBytes * 3 < repaintBytes)
        // No cell outside the focused pane (and the status lines) changes.
        for run in GridDiff.changes(from: before, to: after) where run.y < scrolled.layout.statusRow {
            #expect(run.x + run.cells.count <= scrolled.layout.paneWidth)
        }
    }
}
