import ParallaxModel

/// The search prompt, search hits and walking an entity's mentions with n/N.
extension ReaderState {
    mutating func promptKey(_ key: String) {
        guard var text = prompt else { return }
        switch key {
        case "esc": prompt = nil
        case "enter":
            prompt = nil
            runSearch(text)
        case "backspace":
            if !text.isEmpty { text.removeLast() }
            prompt = text
        case "space":
            prompt = text + " "
        default:
            // Named keys (arrows, tab...) are ignored; single characters are typed.
            if key.count == 1, text.count < 200 { prompt = text + key }
        }
    }

    mutating func runSearch(_ query: String) {
        let needle = SearchFolding.fold(Array(query.unicodeScalars)).scalars
        guard !needle.isEmpty, !needle.allSatisfy({ $0 == " " }) else {
            search = nil
            return
        }
        var hits: [[TextSpan]] = []
        for article in story.articles {
            hits.append(SearchFolding.find(needle, in: SearchFolding.fold(article.scalars)))
        }
        search = SearchResult(query: query, hits: hits, current: nil)
        walk = .search
        let total = search?.total ?? 0
        guard total > 0 else {
            message = "Not found: \(query)"
            return
        }
        for article in 0..<articleCount {
            if let first = hits[article].first { reveal(line: line(of: first.start, in: article), in: article) }
        }
        stepHit(forward: true)
        let sources = hits.filter { !$0.isEmpty }.count
        message = "\(total) hit(s) in \(sources) source(s) for \(query) — n/N for the next/previous"
    }

    /// n/N over search hits: the focused pane first, then on to the next pane with hits.
    mutating func stepHit(forward: Bool) {
        guard var result = search, result.total > 0 else {
            message = "No search: press / to search"
            return
        }
        let spans = result.hits
        let position = result.current.map { (article: $0.article, index: $0.index) }
        let next = Self.step(spans.map { $0.count }, from: position, focus: focus, forward: forward, firstAtOrAfter: { article in
            let topLine = max(0, tops[article])
            return spans[article].firstIndex { line(of: $0.start, in: article) >= topLine }
        })
        guard let next else { return }
        result.current = next
        search = result
        setFocus(next.article)
        reveal(line: line(of: spans[next.article][next.index].start, in: next.article), in: next.article)
    }

    mutating func stepMention(forward: Bool) {
        guard let entity = highlightedEntity, let mentions = index.mentionsByEntity[entity], !mentions.isEmpty else { return }
        var perArticle = Array(repeating: [Int](), count: articleCount)
        for mention in mentions where mention.article < articleCount { perArticle[mention.article].append(mention.index) }
        let next = Self.step(perArticle.map { $0.count }, from: entityWalk, focus: focus, forward: forward, firstAtOrAfter: { _ in nil })
        guard let next else { return }
        entityWalk = next
        setFocus(next.article)
        let mention = story.mentions[next.article][perArticle[next.article][next.index]]
        reveal(line: line(of: mention.span.start, in: next.article), in: next.article)
    }

    /// The next (article, index) in a list of per-article counts, wrapping through the articles.
    static func step(_ counts: [Int], from current: (article: Int, index: Int)?, focus: Int, forward: Bool,
                     firstAtOrAfter: (Int) -> Int?) -> (article: Int, index: Int)? {
        guard counts.contains(where: { $0 > 0 }) else { return nil }
        if let current, current.article == focus, current.article < counts.count {
            let index = current.index + (forward ? 1 : -1)
            if index >= 0 && index < counts[current.article] { return (current.article, index) }
        } else if focus < counts.count, counts[focus] > 0 {
            return (focus, forward ? (firstAtOrAfter(focus) ?? 0) : counts[focus] - 1)
        }
        let n = counts.count
        for offset in 1...n {
            let article = ((focus + (forward ? offset : -offset)) % n + n) % n
            if counts[article] > 0 { return (article, forward ? 0 : counts[article] - 1) }
        }
        return nil
    }
}

/// Case- and apostrophe-insensitive matching over scalars: letters are lower-cased, curly quotes
/// straightened, and apostrophes dropped (so "Kyiv's", "Kyiv’s" and "Kyivs" all match), with each
/// folded scalar remembering its offset in the article so hits are article offsets.
enum SearchFolding {
    struct Folded {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
    }

    // MARK: - Table: apostrophe look-alikes (dropped) and quotes searched as a straight quote
    static let apostrophes: Set<UInt32> = [0x27, 0x2019, 0x2018, 0x02BC, 0x2032, 0x0060, 0x00B4, 0x201B]
    static let quotes: Set<UInt32> = [0x201C, 0x201D, 0x201E, 0x2033]

    static func fold(_ scalars: [Unicode.Scalar]) -> Folded {
        var folded = Folded()
        folded.scalars.reserveCapacity(scalars.count)
        folded.offsets.reserveCapacity(scalars.count)
        for (offset, scalar) in scalars.enumerated() {
            let value = scalar.value
            let mapped: Unicode.Scalar
            if value < 0x80 && value != 0x27 && value != 0x60 {
                mapped = value >= 0x41 && value <= 0x5A ? Unicode.Scalar(value + 32)! : scalar
            } else if apostrophes.contains(value) {
                continue
            } else if quotes.contains(value) {
                mapped = "\""
            } else if value == 0xA0 {
                mapped = " "
            } else {
                mapped = scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
            }
            folded.scalars.append(mapped)
            folded.offsets.append(offset)
        }
        return folded
    }

    /// Non-overlapping occurrences of `needle` in `haystack`, as article offsets.
    static func find(_ needle: [Unicode.Scalar], in haystack: Folded) -> [TextSpan] {
        let text = haystack.scalars
        guard !needle.isEmpty, needle.count <= text.count else { return [] }
        var hits: [TextSpan] = []
        var start = 0
        let first = needle[0]
        while start + needle.count <= text.count {
            if text[start] == first, text[start..<start + needle.count].elementsEqual(needle) {
                let end = start + needle.count
                hits.append(TextSpan(haystack.offsets[start], haystack.offsets[end - 1] + 1))
                start = end
            } else {
                start += 1
            }
        }
        return hits
    }
}
