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
        var unit = claim.unit.map { $0 == "count" ? (claim.noun ?? "") : (unitSymbols[$0] ?? $0) } ?? ""
        var scale = 1.0
        if unit == "s", let typical = claim.value ?? claim.low {
            // Durations are normalised to seconds; say them in the unit a person would.
            let (name, factor) = durationUnit(for: typical)
            unit = claim.value.map { $0 == factor } == true ? String(name.dropLast()) : name
            scale = factor
        }
        var text: String
        if let value = claim.value {
            text = readable(value / scale)
        } else if let low = claim.low, let high = claim.high {
            text = high >= 1e17 ? "over \(readable(low / scale))" : "\(readable(low / scale))–\(readable(high / scale))"
        } else {
            return claim.hedge.map { "vague (\($0))" }
        }
        if unit == "%" { text += unit } else if !unit.isEmpty { text += " \(unit)" }
        if let hedge = claim.hedge, !hedge.isEmpty { text = "\(hedge) \(text)" }
        return text
    }

    /// Seconds per unit, largest first (a year of 365.25 days, a month a twelfth of it, as
    /// the claims analyser counts them).
    static let durationUnits: [(name: String, seconds: Double)] = [
        ("years", 31_557_600), ("months", 2_629_800), ("weeks", 604_800), ("days", 86_400),
        ("hours", 3_600), ("minutes", 60), ("seconds", 1),
    ]

    /// The largest unit in which the duration is a whole number (14 months, not 1.17 years),
    /// else the largest in which it is at least one.
    static func durationUnit(for seconds: Double) -> (name: String, seconds: Double) {
        let magnitude = abs(seconds)
        guard magnitude.isFinite, magnitude >= 1 else { return ("seconds", 1) }
        let fitting = durationUnits.filter { magnitude / $0.seconds >= 1 }
        let whole = fitting.first { unit in
            let amount = magnitude / unit.seconds
            return abs(amount - amount.rounded()) < 0.01 * amount
        }
        return whole ?? fitting.first ?? ("seconds", 1)
    }

    /// How the canonical units read to a person.
    static let unitSymbols: [String: String] = ["m3": "m³", "km2": "km²", "percent": "%", "degC": "°C", "degF": "°F"]

    /// A large round value in words, as news writes it ("10 billion", "1.5 million"); any other
    /// value in grouped digits.
    static func readable(_ value: Double) -> String {
        let scales: [(Double, String)] = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")]
        for (size, word) in scales where abs(value) >= size && abs(value) < 1e15 {
            let amount = value / size
            // At most two decimals in words; "12,345,678" stays digits rather than "12.35 million".
            if abs(amount * 100 - (amount * 100).rounded()) < 1e-6 * max(1, abs(amount)) { return "\(number(amount)) \(word)" }
            break
        }
        return number(value)
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
