import ParallaxModel

/// Selecting claims and aligning the other panes on their matches.
extension ReaderState {
    func claimCandidates(in article: Int, conflictsOnly: Bool) -> [Int] {
        index.selectable[article].filter { claimIndex in
            !conflictsOnly || index.states[story.claims[article][claimIndex].id] == .conflict
        }
    }

    mutating func selectClaim(forward: Bool, conflictsOnly: Bool) {
        let candidates = claimCandidates(in: focus, conflictsOnly: conflictsOnly)
        guard !candidates.isEmpty else {
            moveToNextSourceWithClaims(forward: forward, conflictsOnly: conflictsOnly)
            return
        }
        let chosen: Int
        if let selection, selection.article == focus {
            let later = forward ? candidates.first { $0 > selection.index } : candidates.last { $0 < selection.index }
            chosen = later ?? (forward ? candidates.first! : candidates.last!)
        } else {
            // Start from what is on screen rather than from the top of the article.
            let topLine = max(0, tops[focus])
            let wrapped = wrapped[focus], claims = story.claims[focus]
            let lineOf = { (claimIndex: Int) in wrapped.lineIndex(ofOffset: claims[claimIndex].span.start) }
            if forward {
                chosen = candidates.first { lineOf($0) >= topLine } ?? candidates.first!
            } else {
                chosen = candidates.last { lineOf($0) < topLine + layout.bodyHeight } ?? candidates.last!
            }
        }
        select(ClaimRef(article: focus, index: chosen))
    }

    /// The focused source has nothing to select: rather than stop there, go to the nearest
    /// source (in the key's direction) that has, so } finds a conflict wherever it is.
    mutating func moveToNextSourceWithClaims(forward: Bool, conflictsOnly: Bool) {
        let what = conflictsOnly ? "conflicting claims" : "quantity claims"
        for step in 1..<max(1, articleCount) {
            let article = (focus + (forward ? step : articleCount - step)) % articleCount
            let candidates = claimCandidates(in: article, conflictsOnly: conflictsOnly)
            guard let chosen = forward ? candidates.first : candidates.last else { continue }
            let from = focus
            setFocus(article)
            select(ClaimRef(article: article, index: chosen))
            message = "No \(what) in source \(from + 1); moved to source \(article + 1)"
            return
        }
        message = "No \(what) in any source"
    }

    mutating func select(_ ref: ClaimRef) {
        selection = ref
        alignment = nil
        if let claim = claim(ref) { reveal(line: line(of: claim.span.start, in: ref.article), in: ref.article) }
    }

    /// Enter: every other pane shows its match for the selected claim on the same row.
    mutating func alignOnSelection() {
        guard let selection, let claim = claim(selection) else {
            message = "Select a claim first: ] or [ (} or { for conflicts), or click one"
            return
        }
        guard let cluster = index.cluster(of: claim), let perArticle = index.members[cluster.id] else {
            message = "Only this source states \(claim.text)"
            return
        }
        setFocus(selection.article)
        let anchorLine = line(of: claim.span.start, in: selection.article)
        reveal(line: anchorLine, in: selection.article)
        var matches = perArticle
        matches[selection.article] = []
        let alignment = Alignment(
            anchor: selection, matches: matches,
            chosen: Array(repeating: 0, count: articleCount),
            row: anchorLine - tops[selection.article]
        )
        realign(alignment)
        message = alignmentSummary(anchor: claim, cluster: cluster)
    }

    /// "Aligned: 1 agreeing, 1 conflicting — conflicting source 3 off screen (…)": a narrow
    /// terminal shows only some panes, and the disagreeing source must not go unnoticed.
    func alignmentSummary(anchor: Claim, cluster: ClaimCluster) -> String {
        guard let alignment else { return "" }
        var agreeing = 0, missing = 0
        var conflicting: [Int] = []
        for article in 0..<articleCount where article != alignment.anchor.article {
            guard let shown = alignment.shownMatch(in: article), let other = claim(ClaimRef(article: article, index: shown)) else {
                missing += 1
                continue
            }
            if index.verdict(between: anchor.id, other.id, cluster: cluster) == .conflict {
                conflicting.append(article)
            } else {
                agreeing += 1
            }
        }
        var parts = ["\(agreeing) agreeing", "\(conflicting.count) conflicting"]
        if missing > 0 { parts.append("\(missing) without it") }
        var text = "Aligned: " + parts.joined(separator: ", ")
        let hidden = conflicting.filter { !visibleArticles.contains($0) }.map { String($0 + 1) }
        if !hidden.isEmpty {
            text += " — conflicting source \(hidden.joined(separator: ", ")) off screen (\(keymap.keys(for: .nextPanes).first ?? ">") shows more panes)"
        }
        return text
    }

    /// Puts each match on the anchor's row (the anchor stays where it is on screen).
    mutating func realign(_ alignment: Alignment) {
        var alignment = alignment
        guard let anchorClaim = claim(alignment.anchor) else { self.alignment = nil; return }
        let anchorLine = line(of: anchorClaim.span.start, in: alignment.anchor.article)
        reveal(line: anchorLine, in: alignment.anchor.article)
        alignment.row = anchorLine - tops[alignment.anchor.article]
        for article in 0..<articleCount where article != alignment.anchor.article {
            guard let match = alignment.shownMatch(in: article) else { continue }
            let matchLine = line(of: story.claims[article][match].span.start, in: article)
            tops[article] = matchLine - alignment.row
        }
        self.alignment = alignment
        keepFocusVisible()
    }

    /// m: shows the next match in every source that has several.
    mutating func cycleMatches() {
        guard var alignment else {
            message = "Press Enter on a selected claim first"
            return
        }
        var cycled = false
        for article in 0..<articleCount where alignment.matches[article].count > 1 {
            alignment.chosen[article] = (alignment.chosen[article] + 1) % alignment.matches[article].count
            cycled = true
        }
        if !cycled { message = "No source has more than one match" }
        realign(alignment)
    }
}
