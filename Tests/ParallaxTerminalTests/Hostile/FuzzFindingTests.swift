import Foundation
import ParallaxModel
import ParallaxTerminal
import Testing

/// Findings of the `reader` fuzz target (Sources/ParallaxFuzz/ReaderSession.swift), rebuilt
/// from text written for the test.
@Suite struct ReaderFuzzFindingTests {
    static let theme = try! ThemeLoader(depth: .ansi256, userDirectory: nil, bundleDirectory: nil).load("default")

    static func state(_ texts: [String], size: Size) -> ReaderState {
        let articles = texts.flatMap { text in
            let data = Data(text.utf8)
            return ArticleLoader().load(paths: ["-"], standardInput: { data }).articles
        }
        return ReaderState(story: StoryAnalyzer().analyze(articles, warnings: []), size: size)
    }

    /// Wide glyphs whose continuation cell was overwritten by something else: the terminal
    /// would draw the glyph over the neighbouring cell.
    static func brokenWideGlyphs(_ grid: Grid) -> [String] {
        var broken: [String] = []
        for y in 0..<grid.height {
            for x in 0..<grid.width where grid[x, y].width == 2 {
                if x + 1 >= grid.width || !grid[x + 1, y].isContinuation { broken.append("\(grid[x, y].text) at \(x),\(y)") }
            }
        }
        return broken
    }

    /// Found by `reader` on CJK text with the help open: the help box's left edge lands on the
    /// right half of a wide glyph in the pane below and leaves its left half behind (the
    /// terminal then draws that glyph over the box's edge, or drops it, depending on order).
    @Test func overlayEdgeOverAWideGlyph() {
        let cjk = (1...12).map { _ in "河水漫过了村庄的道路。" }.joined(separator: "\n")
        var state = Self.state([cjk, "The river rose overnight.\nRoads were closed."], size: Size(width: 80, height: 24))
        let panes = ReaderView.render(state, size: state.size, theme: Self.theme)
        // Without an overlay the panes themselves are well formed.
        #expect(Self.brokenWideGlyphs(panes).isEmpty)
        #expect(panes.cells.contains { $0.text == "河" && $0.width == 2 })

        state = ReaderUpdate.apply(.key("?"), to: state)
        let help = ReaderView.render(state, size: state.size, theme: Self.theme)
        #expect(Self.brokenWideGlyphs(help).isEmpty, "\(Self.brokenWideGlyphs(help).prefix(3))")
        // The claims and entities views are drawn without cutting glyphs.
        for key in ["c", "e"] {
            state = ReaderUpdate.apply(.key("esc"), to: state)
            state = ReaderUpdate.apply(.key(key), to: state)
            #expect(state.overlay != .none, "\(key) opens a view")
            let grid = ReaderView.render(state, size: state.size, theme: Self.theme)
            #expect(Self.brokenWideGlyphs(grid).isEmpty, "view \(key): \(Self.brokenWideGlyphs(grid).prefix(3))")
        }
    }
}
