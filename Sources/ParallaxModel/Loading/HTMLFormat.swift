/// Extracts an article from a saved web page: its metadata and the paragraphs of its body.
///
/// Prefers the `<article>` (or `<main>`) with the most paragraph text; drops page chrome
/// (navigation, scripts, forms, figures, asides...). Block elements become blocks; h1–h6 are
/// headings. Never fails: a page with no recognisable body yields no blocks.
enum HTMLFormat {
    /// Elements whose whole content is page chrome, not article text.
    static let skippedElements: Set<String> = [
        "script", "style", "nav", "footer", "aside", "form", "noscript", "svg", "figure", "figcaption",
        "button", "select", "textarea", "template", "iframe", "object", "canvas", "video", "audio",
        "dialog", "menu", "math", "head", "title",
    ]
    /// Elements that end the current block when they open or close.
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
        "pre", "table", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br", "header",
        "body", "address", "center",
    ]
    static let headingElements: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    /// Elements that never have content or an end tag.
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
        "track", "wbr", "keygen",
    ]

    /// Class and id words that mark page furniture inside an article (share bars, related
    /// links, newsletter boxes). Matched as whole words of the attribute, split on - and _.
    static let furnitureWords: Set<String> = [
        "share", "sharing", "social", "related", "newsletter", "advert", "advertisement", "ad", "ads",
        "promo", "sidebar", "comments", "comment", "subscribe", "subscription", "paywall", "cookie",
        "cookies", "breadcrumb", "breadcrumbs", "pagination", "popup", "modal", "byline", "tags",
    ]

    static func read(_ html: [Unicode.Scalar]) -> ArticleDraft {
        let tokens = HTMLTokenizer.tokenize(html)
        var draft = ArticleDraft(metadata: HTMLMetadata.read(tokens))
        let range = contentRange(tokens)
        draft.blocks = blocks(tokens[range], skipFurniture: true, firstTopHeading: &draft.firstTopHeading)
        // A page whose body itself is classed like furniture: better everything than nothing.
        if draft.blocks.isEmpty {
            draft.blocks = blocks(tokens[range], skipFurniture: false, firstTopHeading: &draft.firstTopHeading)
        }
        return draft
    }

    /// The tokens of the `<article>` (else `<main>`) with the most text, else all of them.
    private static func contentRange(_ tokens: [HTMLToken]) -> Range<Int> {
        for container in ["article", "main"] {
            var best: (range: Range<Int>, score: Int)?
            var starts: [Int] = []
            var textInside: [Int] = []
            for (index, token) in tokens.enumerated() {
                switch token.kind {
                case .startTag where token.name == container:
                    starts.append(index)
                    textInside.append(0)
                case .endTag where token.name == container:
                    guard let start = starts.popLast(), let score = textInside.popLast() else { continue }
                    if let outer = textInside.indices.last { textInside[outer] += score }
                    if best == nil || score > best!.score { best = (start..<(index + 1), score) }
                case .text where !textInside.isEmpty:
                    textInside[textInside.count - 1] += token.text.count
                default:
                    break
                }
            }
            // An unclosed container runs to the end of the page.
            if let start = starts.first, let score = textInside.first, best == nil || score > best!.score {
                best = (start..<tokens.count, score)
            }
            if let best, best.score > 0 { return best.range }
        }
        return 0..<tokens.count
    }

    private static func blocks(_ tokens: ArraySlice<HTMLToken>, skipFurniture: Bool, firstTopHeading: inout String?) -> [DraftBlock] {
        var blocks: [DraftBlock] = []
        var current: [Unicode.Scalar] = []
        var currentRole: DraftBlock.Role = .body
        var skipped: [String] = []
        var headerDepth = 0
        var preDepth = 0
        var headingLevel = 0
        var currentHasReference = false

        func flush() {
            let text = Normalizer.paragraphText(current[...])
            current = []
            defer { currentHasReference = false }
            guard !text.isEmpty else { return }
            if currentRole == .heading, firstTopHeading == nil, headingLevel == 1 {
                firstTopHeading = String(scalarsOf: text[...])
            }
            // Inside a page or article header only the headline is article text.
            if headerDepth == 0 || currentRole == .heading {
                blocks.append(DraftBlock(text: text, role: currentRole, needsCleaning: currentHasReference))
            }
        }

        for token in tokens {
            switch token.kind {
            case .comment:
                continue
            case .text:
                guard skipped.isEmpty else { continue }
                // Only character references can bring in characters the normalizer has not seen.
                if token.text.contains("&") { currentHasReference = true }
                let decoded = HTMLEntities.decode(token.text)
                if preDepth > 0 {
                    current.append(contentsOf: decoded)
                } else {
                    for scalar in decoded {
                        current.append(HTMLTokenizer.isSpace(scalar) ? " " : scalar)
                    }
                }
            case .startTag:
                if !skipped.isEmpty || isHidden(token) || skippedElements.contains(token.name)
                    || skipFurniture && isFurniture(token) {
                    if !voidElements.contains(token.name) { skipped.append(token.name) }
                    continue
                }
                if token.name == "br" {
                    current.append("\n")
                    continue
                }
                if blockElements.contains(token.name) {
                    flush()
                    if token.name == "header" { headerDepth += 1 }
                    if token.name == "pre" { preDepth += 1 }
                    if headingElements.contains(token.name) {
                        currentRole = .heading
                        headingLevel = Int(String(token.name.dropFirst())) ?? 0
                    } else {
                        currentRole = .body
                    }
                }
            case .endTag:
                if let open = skipped.lastIndex(of: token.name) {
                    skipped.removeSubrange(open...)
                    continue
                }
                guard skipped.isEmpty else { continue }
                if blockElements.contains(token.name) {
                    flush()
                    if token.name == "header" { headerDepth = max(0, headerDepth - 1) }
                    if token.name == "pre" { preDepth = max(0, preDepth - 1) }
                    currentRole = .body
                }
            }
        }
        flush()
        return blocks
    }

    private static func isFurniture(_ token: HTMLToken) -> Bool {
        guard !["article", "main", "body", "html"].contains(token.name), !voidElements.contains(token.name) else { return false }
        let names = (token.attributes["class"] ?? "") + " " + (token.attributes["id"] ?? "")
        return names.lowercased().split(whereSeparator: { !$0.isLetter }).contains { furnitureWords.contains(String($0)) }
    }

    /// `hidden` or `aria-hidden="true"` content is not shown to readers either.
    private static func isHidden(_ token: HTMLToken) -> Bool {
        token.attributes["hidden"] != nil || token.attributes["aria-hidden"]?.lowercased() == "true"
    }
}
