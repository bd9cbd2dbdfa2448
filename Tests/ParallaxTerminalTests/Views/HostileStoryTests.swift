import ParallaxModel
import Testing
@testable import ParallaxTerminal

/// Odd text and inconsistent analysis must render and update without trapping.
@Suite struct HostileStoryTests {
    static let oddParagraphs = [
        String(repeating: "w", count: 100_000),
        "Emoji 👨‍👩‍👧‍👦🇺🇦🏳️‍🌈 and CJK 中华人民共和国 and Hangul 대한민국 side by side.",
        "RTL: \u{202E}override\u{202C} שלום עולם مرحبا بالعالم",
        "Controls \u{1B}[31mred\u{1B}[0m \r carriage \u{7} bell \u{0} nul \u{9B} csi",
        "Combining: e\u{0301}\u{0302}\u{0303}\u{0304}\u{0305}\u{0306} and zero-width \u{200B}\u{200D}\u{FEFF} marks",
        "",
    ]

    @Test func oddTextRendersAtEverySize() {
        let story = FixtureStory.single(Self.oddParagraphs)
        var state = ReaderState(story: story, size: Size(width: 80, height: 24))
        for size in [Size(width: 80, height: 24), Size(width: 31, height: 9), Size(width: 24, height: 8), Size(width: 7, height: 3), Size(width: 0, height: 5), Size(width: 1000, height: 3)] {
            state = ReaderUpdate.apply(.resize(size), to: state)
            for action in [Action.pageDown, .bottom, .scrollDown, .search, .top] {
                state = ReaderUpdate.apply(.action(action), to: state)
                let grid = ReaderView.render(state, size: size, theme: TestThemes.colour)
                #expect(grid.size == size)
                for cell in grid.cells where !cell.isContinuation {
                    // No control character and no bidi override ever reaches the terminal.
                    #expect(!cell.text.unicodeScalars.contains { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) })
                    #expect(!cell.text.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) })
                }
            }
            state = ReaderUpdate.apply(.key("esc"), to: state)
        }
    }

    @Test func inconsistentAnalysisDoesNotTrap() {
        let article = FixtureStory.single(["A short text of forty-odd characters here."]).articles[0]
        let claims = [
            Claim(id: "x1", span: TextSpan(30, 10), text: "backwards", kind: .quantity, value: .infinity, sentence: 99, clusterID: "k9"),
            Claim(id: "x2", span: TextSpan(-50, 5_000), text: "everything", kind: .quantity, value: -.greatestFiniteMagnitude, sentence: -1, clusterID: "k1"),
            Claim(id: "x3", span: TextSpan(Int.max - 1, Int.max), text: "far away", kind: .quantity, value: .nan, sentence: 0),
        ]
        let mentions = [Mention(span: TextSpan(40, 2), text: "?", type: .place, entityID: "nobody"), Mention(span: TextSpan(0, 1), text: "A", type: .org)]
        let story = Story(
            articles: [article, article], mentions: [mentions], claims: [claims, [], [claims[0]]],
            entities: [Entity(id: "e1", name: String(repeating: "名", count: 500), type: .other, roles: ["a1": ["x", "y"]])],
            clusters: [ClaimCluster(id: "k1", claims: ["x2", "missing", "x2"], verdict: .conflict, low: .nan, high: .infinity, unit: "", label: "")]
        )
        var state = ReaderState(story: story, size: Size(width: 100, height: 30))
        let actions: [Action] = [.nextClaim, .align, .cycleMatch, .nextConflict, .previousClaim, .align, .claimsView, .align,
                                 .scrollDown, .focusNext, .align, .close, .entitiesView, .align, .nextHit, .previousHit,
                                 .claimsView, .bottom, .focusNext, .focusNext, .align, .help, .pageDown, .close]
        for action in actions {
            state = ReaderUpdate.apply(.action(action), to: state)
            _ = ReaderView.render(state, size: state.size, theme: TestThemes.colour)
        }
        #expect(ClaimDescription.number(1e300) == "1e+300")
        #expect(ClaimDescription.number(-1234.5) == "-1,234.5")
        #expect(ClaimDescription.number(.nan) == "?")
    }
}
