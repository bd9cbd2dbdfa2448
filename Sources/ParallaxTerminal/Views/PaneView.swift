import ParallaxModel

/// One article's pane: a three-row header, then its wrapped text with highlights.
enum PaneView {
    static func draw(_ state: ReaderState, article: Int, slot: Int, theme: Theme, into grid: inout Grid) {
        let layout = state.layout
        let x = layout.paneX(slot: slot)
        let width = layout.boxWidth(slot: slot)
        let right = x + width
        let focused = article == state.focus
        let source = state.story.articles[article]
        let textStyle = theme.style(.text)

        // Header: number and source (and date), then title or alignment note, then a rule.
        let headerStyle = theme.style(focused ? .headerFocused : .header)
        grid.fill(x: x, y: layout.paneTop, width: width, height: 1, style: headerStyle)
        var header = "\(article + 1) \(state.index.sourceNames[article])"
        if let date = source.date, !date.isEmpty { header += " · \(date)" }
        if focused { header = "▶ " + header }
        grid.putFitting(header, x: x + 1, y: layout.paneTop, style: headerStyle, limit: right - 1)

        let titleRow = layout.paneTop + 1
        if let note = alignmentNote(state, article: article) {
            grid.putFitting(note, x: x + 1, y: titleRow, style: theme.style(.note), limit: right - 1)
        } else {
            grid.putFitting(source.title ?? String(source.path.split(separator: "/").last ?? ""), x: x + 1, y: titleRow, style: theme.style(.title), limit: right - 1)
        }
        let ruleStyle = theme.style(.border)
        for column in x..<right { grid.set(column, layout.paneTop + 2, Cell(text: "─", style: ruleStyle)) }

        let wrapped = state.wrapped[article]
        let glyphs = state.glyphs[article].glyphs
        let firstLine = max(0, state.tops[article])
        let lastLine = min(wrapped.lines.count, state.tops[article] + layout.bodyHeight)
        var visible = 0..<0
        if firstLine < lastLine {
            let low = wrapped.lines[firstLine].range.lowerBound, high = wrapped.lines[lastLine - 1].range.upperBound
            if low < glyphs.count { visible = Int(glyphs[low].offset)..<(high < glyphs.count ? Int(glyphs[high].offset) : Int.max) }
        }
        let layers = SpanLayers(state: state, article: article, theme: theme, visible: visible)
        let gutter = gutterSentence(state, article: article)
        let gutterStyle = theme.style(.claimMatch).over(theme.style(gutter?.state.map(SpanLayers.element(for:)) ?? .claimMatch))
        var offsets: [Int32] = []
        var styles: [Style] = []
        let headingStyle = theme.style(.heading).over(textStyle)
        let embedStyle = theme.style(.embed).over(textStyle)
        for row in 0..<layout.bodyHeight {
            let lineIndex = state.tops[article] + row
            guard lineIndex >= 0, lineIndex < wrapped.lines.count else { continue }
            let line = wrapped.lines[lineIndex]
            let y = layout.bodyTop + row
            let base: Style
            switch line.kind {
            case .body: base = textStyle
            case .heading: base = headingStyle
            case .embed: base = embedStyle
            }
            var column = x + 1
            if line.kind == .embed, line.indent > 0 {
                grid.put(line.isFirstOfParagraph ? "▌" : "│", x: column, y: y, style: embedStyle, limit: right - 1)
                column += line.indent
            }
            if let sentence = gutter?.span, let firstGlyph = line.range.first, let lastGlyph = line.range.last,
               Int(glyphs[firstGlyph].offset) < sentence.end, Int(glyphs[lastGlyph].offset) >= sentence.start {
                grid.put("▌", x: x, y: y, style: gutterStyle, limit: right)
            }
            offsets.removeAll(keepingCapacity: true)
            for glyphIndex in line.range { offsets.append(glyphs[glyphIndex].offset) }
            layers.styles(for: offsets, base: base, into: &styles)
            grid.put(glyphs: glyphs, range: line.range, styles: styles, x: column, y: y, limit: right - 1)
        }
    }

    /// The sentence marked in the left margin: the selected claim's, and after Enter each
    /// source's matching sentence, so the compared sentences stand out side by side.
    static func gutterSentence(_ state: ReaderState, article: Int) -> (span: TextSpan, state: ClaimState?)? {
        let claimIndex: Int?
        if let alignment = state.alignment {
            claimIndex = article == alignment.anchor.article ? alignment.anchor.index : alignment.shownMatch(in: article)
        } else {
            claimIndex = state.selection?.article == article ? state.selection?.index : nil
        }
        guard let claimIndex, let claim = state.claim(ClaimRef(article: article, index: claimIndex)) else { return nil }
        let sentences = state.story.articles[article].sentences
        let span = claim.sentence >= 0 && claim.sentence < sentences.count && sentences[claim.sentence].overlaps(claim.span)
            ? sentences[claim.sentence] : claim.span
        return (span, state.index.states[claim.id])
    }

    /// Under Enter, a source without a match says so; one with several says which is shown.
    static func alignmentNote(_ state: ReaderState, article: Int) -> String? {
        guard let alignment = state.alignment else { return nil }
        if article == alignment.anchor.article { return "◆ aligned on the selected claim" }
        let matches = alignment.matches[article]
        guard !matches.isEmpty else { return "✗ no match for this claim" }
        guard let shown = alignment.shownMatch(in: article), let claim = state.claim(ClaimRef(article: article, index: shown)) else { return nil }
        let verdict = state.index.states[claim.id] == .conflict ? "≠" : "="
        let anchorClaim = state.claim(alignment.anchor)
        let pairVerdict = anchorClaim.flatMap { state.index.verdict(between: $0.id, claim.id, cluster: state.index.cluster(of: $0)) }
        let mark = pairVerdict.map { $0 == .conflict ? "≠ conflicts" : "= agrees" } ?? verdict
        let position = matches.count > 1 ? " (\(alignment.chosen[article] % matches.count + 1)/\(matches.count), m)" : ""
        return "\(mark): \(claim.text)\(position)"
    }
}
