import ParallaxModel
import Testing
@testable import ParallaxTerminal

/// The reader opens on plain text and takes the analysed story when the background analysis
/// finishes, without losing the reader's place.
@Suite struct StorySwapTests {
    let analysed = FixtureStory.bridge(fillerParagraphs: 12)
    var plain: Story { Story(articles: analysed.articles) }
    var opening: ReaderState { ReaderState(story: plain, size: Size(width: 100, height: 20), analysing: true) }

    func apply(_ events: [ReaderEvent], to state: ReaderState) -> ReaderState {
        events.reduce(state) { ReaderUpdate.apply($1, to: $0) }
    }

    @Test func claimKeysWaitForTheAnalysisWithANotice() {
        let next = apply([.action(.nextClaim)], to: opening)
        #expect(next.selection == nil)
        #expect(next.message?.contains("Still finding") == true)
        #expect(apply([.action(.claimsView)], to: opening).overlay == .none)
        #expect(apply([.action(.entitiesView)], to: opening).overlay == .none)
    }

    @Test func aViewAskedForWhileAnalysingOpensWhenTheAnalysisIsIn() {
        let asked = apply([.action(.claimsView)], to: opening)
        #expect(asked.overlay == .none)
        #expect(apply([.storyAnalysed(analysed)], to: asked).overlay == .claims)
        let entities = apply([.action(.entitiesView), .storyAnalysed(analysed)], to: opening)
        #expect(entities.overlay == .entities)
        // Dismissed in the meantime by opening something else: nothing pops up unasked.
        let helped = apply([.action(.claimsView), .action(.help), .storyAnalysed(analysed)], to: opening)
        #expect(helped.overlay == .help)
        #expect(apply([.action(.claimsView), .action(.close), .storyAnalysed(analysed)], to: opening).overlay == .none)
        // A claim key is not a view: the reader stays on the text.
        #expect(apply([.action(.nextClaim), .storyAnalysed(analysed)], to: opening).overlay == .none)
    }

    @Test func scrollingAndSearchWorkWhileAnalysing() {
        let next = apply([.action(.scrollDown), .action(.scrollDown), .action(.focusNext)], to: opening)
        #expect(next.tops[0] == 2)
        #expect(next.focus == 1)
    }

    @Test func theSwapKeepsFocusScrollAndThenClaimsWork() {
        var state = apply([.action(.focusNext), .action(.scrollDown), .action(.scrollDown), .action(.scrollDown)], to: opening)
        let topsBefore = state.tops
        state = apply([.storyAnalysed(analysed)], to: state)
        #expect(!state.analysing)
        #expect(state.focus == 1)
        #expect(state.tops == topsBefore)
        #expect(state.message == "Analysis ready: 2 figure(s) stated by several sources, 2 in conflict, 2 name(s) — c to compare, ] next claim")
        #expect(state.index.selectable.joined().count == analysed.claims.joined().filter { $0.kind == .quantity }.count)
        state = apply([.action(.nextClaim)], to: state)
        #expect(state.selection?.article == 1)
        #expect(apply([.action(.claimsView)], to: state).overlay == .claims)
    }

    @Test func ticksTurnTheSpinnerOnlyWhileAnalysing() {
        let ticking = apply([.tick, .tick, .tick], to: opening)
        #expect(ticking.spinnerFrame == 3)
        let done = apply([.storyAnalysed(analysed), .tick], to: ticking)
        #expect(done.spinnerFrame == 3)
    }

    @Test func theStatusLineShowsProgressThenTheSummary() {
        let theme = Theme.fallback
        var screen = ReaderView.render(opening, size: opening.size, theme: theme).text
        #expect(screen.contains("analysing names and numbers in 3 article(s)…"), "\(screen)")
        let done = apply([.storyAnalysed(analysed)], to: opening)
        screen = ReaderView.render(done, size: done.size, theme: theme).text
        #expect(!screen.contains("analysing"), "\(screen)")
        #expect(screen.contains("quantity claim(s)"), "\(screen)")
    }

    @Test func aStoryWithDifferentTextIsRebuiltAndPositionsClamped() {
        let scrolled = apply([.action(.bottom), .action(.focusNext), .action(.focusNext)], to: opening)
        let shorter = FixtureStory.single(["One short paragraph."])
        let next = apply([.storyAnalysed(shorter)], to: scrolled)
        #expect(next.articleCount == 1)
        #expect(next.focus == 0)
        #expect(next.tops == [0])
        #expect(next.wrapped.count == 1)
        _ = ReaderView.render(next, size: next.size, theme: Theme.fallback)
    }
}

@Suite struct StatusTextTests {
    @Test func wholePartsAreDroppedFromTheEndBeforeAnythingIsCut() {
        let parts = ["≠ CONFLICT “2,400 homes”", "Daily Courier = 2,400 homes", "Evening Post ≠ 3,100 homes", "per the utility"]
        #expect(StatusText.fit(parts, width: 200) == parts.joined(separator: " · "))
        let fitted = StatusText.fit(parts, width: 60)
        #expect(fitted == "≠ CONFLICT “2,400 homes” · Daily Courier = 2,400 homes …")
        #expect(DisplayWidth.of(fitted) <= 60)
    }

    @Test func aPartTooLongAloneIsCutAtAWordWithAnEllipsis() {
        let fitted = StatusText.fit(["Evening Post — A rather long headline about the storm"], width: 30)
        #expect(fitted == "Evening Post — A rather long…")
        #expect(DisplayWidth.of(fitted) <= 30)
    }

    @Test(arguments: [0, 1, 2, 5])
    func oddWidthsAndTextsNeverOverflow(width: Int) {
        for text in ["", "🚢🚢🚢🚢", String(repeating: "x", count: 100_000), "中文中文中文", "a b"] {
            #expect(DisplayWidth.of(StatusText.fit([text, "more"], width: width)) <= width)
        }
    }
}
