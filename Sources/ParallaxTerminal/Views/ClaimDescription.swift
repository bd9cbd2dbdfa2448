import ParallaxModel

/// Words for a claim and how the other sources stand on it, for the status line.
enum ClaimDescription {
    /// The parts of the status line for a selected claim, most important first: the claim,
    /// then each other source's figure, then who said it.
    static func status(_ state: ReaderState, _ ref: ClaimRef) -> [String] {
        guard let claim = state.claim(ref) else { return [] }
        let claimState = state.index.states[claim.id] ?? .only
        var parts: [String] = []
        let mark: String
        switch claimState {
        case .conflict: mark = "≠ CONFLICT"
        case .agree: mark = "= agrees"
        case .only: mark = "• only this source"
        }
        parts.append("\(mark) “\(claim.text)”\(value(claim).map { " = \($0)" } ?? "")")
        if let cluster = state.index.cluster(of: claim), let members = state.index.members[cluster.id] {
            for (article, indices) in members.enumerated() where article != ref.article {
                guard let first = indices.first, let other = state.claim(ClaimRef(article: article, index: first)) else { continue }
                let verdict = state.index.verdict(between: claim.id, other.id, cluster: cluster) == .conflict ? "≠" : "="
                let more = indices.count > 1 ? " +\(indices.count - 1)" : ""
                parts.append("\(state.index.sourceNames[article]) \(verdict) \(other.text)\(more)")
            }
        }
        if let attribution = claim.attribution, !attribution.isEmpty { parts.append("per \(attribution)") }
        return parts
    }

    /// "50,000 troops", "1,240 km2 (as 500 square miles)", "between 10 and 20 count".
    static func value(_ claim: Claim) -> String? {
        let unit = claim.unit.map { $0 == "count" ? (claim.noun ?? "") : $0 } ?? ""
        var text: String
        if let value = claim.value {
            text = number(value)
        } else if let low = claim.low, let high = claim.high {
            text = high >= 1e17 ? "over \(number(low))" : "\(number(low))–\(number(high))"
        } else {
            return claim.hedge.map { "vague (\($0))" }
        }
        if !unit.isEmpty { text += " \(unit)" }
        if let hedge = claim.hedge, !hedge.isEmpty { text = "\(hedge) \(text)" }
        return text
    }

    /// Digits grouped by thousands, at most two decimals; huge or odd values never trap.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return value > 0 ? "∞" : (value < 0 ? "-∞" : "?") }
        guard abs(value) < 1e15 else { return String(value) }
        let rounded = (value * 100).rounded() / 100
        let whole = Int64(rounded.magnitude.rounded(.down))
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        let fraction = Int64(((rounded.magnitude - Double(whole)) * 100).rounded())
        if fraction > 0 {
            grouped += fraction % 10 == 0 ? ".\(fraction / 10)" : (fraction < 10 ? ".0\(fraction)" : ".\(fraction)")
        }
        return (rounded < 0 ? "-" : "") + grouped
    }
}
