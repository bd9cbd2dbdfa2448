import ParallaxModel

/// The highlighted spans of one article, in drawing order (later layers win), for one frame.
struct SpanLayers {
    struct Layer {
        /// Sorted by start.
        var spans: [TextSpan]
        var styles: [Style]
    }

    var layers: [Layer] = []

    /// Only spans that reach `visible` (scalar offsets on screen) are styled: long articles with
    /// thousands of mentions cost no more per frame than short ones.
    init(state: ReaderState, article: Int, theme: Theme, visible: Range<Int>) {
        let story = state.story
        if article < story.mentions.count {
            var mentions = Layer(spans: [], styles: [])
            let all = story.mentions[article]
            for mention in all[Self.firstIndex(in: all, reaching: visible.lowerBound) { $0.span }...].prefix(while: { $0.span.start < visible.upperBound }) where mention.span.end > visible.lowerBound {
                var style = theme.style(Self.element(for: mention.type))
                if let highlighted = state.highlightedEntity, mention.entityID == highlighted {
                    style = theme.style(.entityHighlight).over(style)
                }
                mentions.spans.append(mention.span)
                mentions.styles.append(style)
            }
            layers.append(mentions)
        }
        if article < story.claims.count {
            var claims = Layer(spans: [], styles: [])
            let shownMatch = state.alignment?.shownMatch(in: article)
            let claimsInArticle = story.claims[article]
            for claimIndex in state.index.selectable[article] {
                let claim = claimsInArticle[claimIndex]
                guard claim.span.end > visible.lowerBound, claim.span.start < visible.upperBound else { continue }
                var style = theme.style(Self.element(for: state.index.states[claim.id] ?? .only))
                if claimIndex == shownMatch { style = theme.style(.claimMatch).over(style) }
                if state.selection == ClaimRef(article: article, index: claimIndex) {
                    style = theme.style(.selection).over(style)
                }
                claims.spans.append(claim.span)
                claims.styles.append(style)
            }
            layers.append(claims)
        }
        if let search = state.search, article < search.hits.count {
            var hits = Layer(spans: [], styles: [])
            let all = search.hits[article]
            let first = Self.firstIndex(in: all, reaching: visible.lowerBound) { $0 }
            for hitIndex in first..<all.count {
                guard all[hitIndex].start < visible.upperBound else { break }
                hits.spans.append(all[hitIndex])
                let current = search.current.map { $0.article == article && $0.index == hitIndex } ?? false
                hits.styles.append(current ? theme.style(.selection).over(theme.style(.searchHit)) : theme.style(.searchHit))
            }
            layers.append(hits)
        }
    }

    /// First element whose span may reach `offset`: spans are sorted by start, and a generous
    /// step back covers a long span that starts before the screen.
    static func firstIndex<T>(in items: [T], reaching offset: Int, span: (T) -> TextSpan) -> Int {
        var lo = 0, hi = items.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if span(items[mid]).start < offset { lo = mid + 1 } else { hi = mid }
        }
        return max(0, lo - 16)
    }

    static func element(for type: EntityType) -> ThemeElement {
        switch type {
        case .person: .person
        case .org: .org
        case .place: .place
        case .group: .group
        case .other: .otherEntity
        }
    }

    static func element(for state: ClaimState) -> ThemeElement {
        switch state {
        case .agree: .claimAgree
        case .conflict: .claimConflict
        case .only: .claimOnly
        }
    }

    /// Styles for glyphs at `offsets` (increasing), starting from `base`.
    func styles(for offsets: [Int32], base: Style, into result: inout [Style]) {
        result.removeAll(keepingCapacity: true)
        result.append(contentsOf: repeatElement(base, count: offsets.count))
        guard let firstOffset = offsets.first, let lastOffset = offsets.last else { return }
        for layer in layers {
            // First span that may reach this line.
            var lo = 0, hi = layer.spans.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if layer.spans[mid].start <= Int(firstOffset) { lo = mid + 1 } else { hi = mid }
            }
            var spanIndex = max(0, lo - 1)
            // Spans sorted by start may nest; step back over any that still reach the line.
            while spanIndex > 0, layer.spans[spanIndex - 1].end > Int(firstOffset) { spanIndex -= 1 }
            while spanIndex < layer.spans.count, layer.spans[spanIndex].start <= Int(lastOffset) {
                let span = layer.spans[spanIndex]
                if span.end > Int(firstOffset) {
                    for position in offsets.indices where span.contains(Int(offsets[position])) {
                        result[position] = layer.styles[spanIndex].over(result[position])
                    }
                }
                spanIndex += 1
            }
        }
    }
}
