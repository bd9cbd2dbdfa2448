import Foundation
import ParallaxModel
import ParallaxTerminal

/// The `reader` fuzz target: loaded articles go through the analysis and into the reader's
/// pure state and rendering, driven by a key sequence that the input itself chooses, at sizes
/// from too small to wide. Curses is never touched.
enum ReaderSession {
    /// Every key the default key map knows, plus mouse events and one key it does not know.
    static let keys = ["j", "k", "space", "b", "g", "G", "tab", "shift-tab", ">", "<", "1", "s", "]", "[", "}", "{",
                       "enter", "m", "/", "n", "N", "c", "e", "?", "esc", "ctrl-l", "x", "down", "up", "pgdn", "pgup"]
    static let sizes = [Size(width: 80, height: 24), Size(width: 24, height: 8), Size(width: 23, height: 7),
                        Size(width: 161, height: 41), Size(width: 1, height: 1), Size(width: 47, height: 300)]

    static let theme: Theme = {
        do {
            return try ThemeLoader(depth: .ansi256, userDirectory: nil, bundleDirectory: nil).load("default")
        } catch {
            fatalError("the built-in default theme does not load: \(error)")
        }
    }()

    static func run(_ data: Data, articles: [Article], warnings: [String]) {
        let story = StoryAnalyzer().analyze(articles, warnings: warnings)
        var random = InputRandom(data)
        // As in the reader: plain text first, the analysis swapped in a few keys later.
        var plain = articles
        for index in plain.indices { plain[index].id = "a\(index + 1)" }
        var state = ReaderState(story: Story(articles: plain, warnings: warnings), size: sizes[0], analysing: true)
        let swapStep = random.next(below: 8)
        check(ReaderView.render(state, size: state.size, theme: theme))
        for step in 0..<40 {
            let event: ReaderEvent
            switch step == swapStep ? -1 : random.next(below: 12) {
            case -1: event = .storyAnalysed(story)
            case 0: event = .resize(sizes[random.next(below: sizes.count)])
            case 1: event = .click(x: random.next(below: 200) - 20, y: random.next(below: 60) - 5)
            case 2: event = .wheel(x: random.next(below: 100), y: random.next(below: 40), down: random.next(below: 2) == 0)
            default: event = .key(keys[random.next(below: keys.count)])
            }
            state = ReaderUpdate.apply(event, to: state)
            // Quitting ends a real session; here it only stops this one.
            if state.shouldQuit { break }
            if step % 4 == 0 || random.next(below: 3) == 0 {
                check(ReaderView.render(state, size: state.size, theme: theme))
            }
        }
        check(ReaderView.render(state, size: state.size, theme: theme))
    }

    /// A frame the backend can write: the asked-for size, wide glyphs followed by their
    /// continuation and never cut by the right edge, and no cell holding a terminal control.
    static func check(_ grid: Grid) {
        guard grid.cells.count == grid.width * grid.height else { fail("grid of \(grid.cells.count) cells for \(grid.size)") }
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                let cell = grid[x, y]
                if cell.isContinuation {
                    guard x > 0, grid[x - 1, y].width == 2 else { fail("continuation without a wide glyph at \(x),\(y)") }
                    continue
                }
                if cell.width == 2, x + 1 >= grid.width || !grid[x + 1, y].isContinuation {
                    fail("wide glyph at \(x),\(y) without its continuation")
                }
                if let bad = cell.text.unicodeScalars.first(where: { Invariants.isUnsafeForTerminal($0, allowNewline: false) }) {
                    fail("cell \(x),\(y) holds U+\(String(bad.value, radix: 16, uppercase: true))")
                }
            }
        }
    }

    private static func fail(_ message: String) -> Never {
        fatalError("invariant broken: \(message)")
    }
}

/// A small deterministic generator seeded from the input, so a saved input replays exactly.
struct InputRandom {
    private var state: UInt64

    init(_ data: Data) {
        // FNV-1a over the bytes.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        state = hash | 1
    }

    /// xorshift64*: a number in 0..<bound (bound > 0).
    mutating func next(below bound: Int) -> Int {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return Int((state &* 0x2545_f491_4f6c_dd1d) >> 33) % bound
    }
}
