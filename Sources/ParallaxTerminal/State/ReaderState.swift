import ParallaxModel

/// What covers the panes, if anything.
public enum Overlay: Equatable, Sendable {
    case none, help, warnings, claims, entities
}

/// Matches of the anchor claim in every other source, as aligned by Enter.
public struct Alignment: Equatable, Sendable {
    public var anchor: ClaimRef
    /// Per article: indices of claims matching the anchor (empty when the source has none).
    public var matches: [[Int]]
    /// Per article: which of `matches` is shown.
    public var chosen: [Int]
    /// The screen row (within the body) the matches are aligned to.
    public var row: Int

    public func shownMatch(in article: Int) -> Int? {
        guard article < matches.count, !matches[article].isEmpty else { return nil }
        return matches[article][chosen[article] % matches[article].count]
    }
}

/// A finished search: hits per article.
public struct SearchResult: Equatable, Sendable {
    public var query: String
    public var hits: [[TextSpan]]
    /// The hit n/N last moved to.
    public var current: (article: Int, index: Int)?

    public static func == (lhs: SearchResult, rhs: SearchResult) -> Bool {
        lhs.query == rhs.query && lhs.hits == rhs.hits && lhs.current?.article == rhs.current?.article && lhs.current?.index == rhs.current?.index
    }

    public var total: Int { hits.reduce(0) { $0 + $1.count } }
}

/// What n/N walk: search hits, or the mentions of the highlighted entity.
public enum WalkTarget: Sendable {
    case search, entity
}

/// Everything the reader shows, as a value: `ReaderUpdate.apply` changes it, `ReaderView` draws it.
public struct ReaderState: Sendable {
    /// Plain text at first when the analysis runs in the background; swapped by `storyAnalysed`.
    public internal(set) var story: Story
    public internal(set) var index: StoryIndex
    public let keymap: Keymap
    var glyphs: [ArticleGlyphs]
    /// True while the names and numbers are still being found (the panes show plain text).
    public internal(set) var analysing = false
    /// A view asked for while analysing (`c`, `e`): opened as soon as the analysis is in, as the
    /// notice promises, rather than leaving the reader to ask again.
    public internal(set) var viewWhenAnalysed: Action?
    /// Files read so far while articles are still arriving (`articlesLoaded`); nil once all are in.
    public internal(set) var loading: LoadingProgress?
    /// Advanced by `tick` while analysing, to animate the status-line spinner.
    public internal(set) var spinnerFrame = 0

    public internal(set) var layout: ScreenLayout
    /// Every article wrapped to the current text width.
    public internal(set) var wrapped: [WrappedText]
    /// First display line shown per article; negative when aligned near the top (blank rows above).
    public internal(set) var tops: [Int]
    public internal(set) var focus = 0
    public internal(set) var firstPane = 0
    public internal(set) var singlePane = false
    public internal(set) var scrollLock = false
    public internal(set) var selection: ClaimRef?
    public internal(set) var alignment: Alignment?
    public internal(set) var overlay: Overlay = .none
    public internal(set) var claimsCursor = (row: 0, column: 0)
    public internal(set) var entitiesCursor = 0
    /// First line shown by the help or the warnings, the two overlays of plain lines.
    public internal(set) var textOverlayTop = 0
    /// The search being typed, when the prompt is open.
    public internal(set) var prompt: String?
    public internal(set) var search: SearchResult?
    public internal(set) var highlightedEntity: String?
    public internal(set) var entityWalk: (article: Int, index: Int)?
    public internal(set) var walk: WalkTarget = .search
    /// A one-off message for the hint line, cleared by the next key.
    public internal(set) var message: String?
    public internal(set) var shouldQuit = false
    /// Set by the redraw action: the backend repaints every cell, then clears it.
    public internal(set) var wantsFullRepaint = false

    public init(story: Story, size: Size, keymap: Keymap = Keymap(), analysing: Bool = false) {
        self.story = story
        self.analysing = analysing
        self.index = StoryIndex(story: story)
        self.keymap = keymap
        self.glyphs = ParallelLayout.glyphs(story.articles)
        let layout = ScreenLayout(size: size, articleCount: story.articles.count, singlePane: false)
        self.layout = layout
        self.wrapped = ParallelLayout.wrap(glyphs, width: layout.textWidth)
        self.tops = Array(repeating: 0, count: story.articles.count)
    }

    public var size: Size { layout.size }
    public var articleCount: Int { story.articles.count }

    /// Articles in the visible slots, left to right.
    public var visibleArticles: Range<Int> {
        let first = min(firstPane, max(0, articleCount - layout.visiblePanes))
        return max(0, first)..<min(articleCount, max(0, first) + layout.visiblePanes)
    }

    public func claim(_ ref: ClaimRef) -> Claim? {
        guard ref.article < story.claims.count, ref.index < story.claims[ref.article].count else { return nil }
        return story.claims[ref.article][ref.index]
    }

    /// Largest useful top line for an article: the last line at the bottom of the pane.
    func maxTop(_ article: Int) -> Int {
        max(0, wrapped[article].lines.count - layout.bodyHeight)
    }

    /// Display line of a scalar offset in an article.
    func line(of offset: Int, in article: Int) -> Int {
        wrapped[article].lineIndex(ofOffset: offset)
    }

    /// Scalar offset of an article's top line, kept across re-wraps to hold the reading position.
    func topOffset(_ article: Int) -> Int? {
        let lines = wrapped[article].lines
        let top = tops[article]
        guard top > 0, top < lines.count else { return nil }
        let range = lines[top].range.isEmpty && top + 1 < lines.count ? lines[top + 1].range : lines[top].range
        guard range.lowerBound < glyphs[article].glyphs.count else { return nil }
        return Int(glyphs[article].glyphs[range.lowerBound].offset)
    }
}
