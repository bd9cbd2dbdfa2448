import Foundation

/// Decides whether two quantity claims from different articles state the same quantity, and how
/// strongly: hard rules reject pairs that cannot be the same thing; a score ranks the rest.
enum PairScorer {
    /// Pairs scoring below this are not linked.
    static let threshold = 0.45
    /// How far apart two committed ranges may be and still describe one quantity (±40%).
    static let plausibleSpread = 0.4

    /// Reasons two claims cannot be the same quantity, checked before any scoring.
    static func compatible(_ a: ClaimFeatures, _ b: ClaimFeatures) -> Bool {
        a.article != b.article && compatibleIgnoringArticle(a, b)
    }

    static func compatibleIgnoringArticle(_ a: ClaimFeatures, _ b: ClaimFeatures) -> Bool {
        guard a.block == b.block else { return false }
        guard sameGroup(a, b) else { return false }
        // A figure about a past event ("in 1998, killed 11") is not the story's own figure.
        guard a.pastYears == b.pastYears else { return false }
        // Measures of known, different things: "miles of frontier" vs "miles of trenches".
        if a.dimension != .count, a.nounIsKnown, b.nounIsKnown, a.nounClass != b.nounClass { return false }
        // Shares without a shared topic word are different things (inflation vs growth).
        if a.dimension == .percent, a.topic.isDisjoint(with: b.topic) { return false }
        // Troops deployed vs troops killed.
        if a.countsPeople, a.event != b.event { return false }
        return plausible(a, b)
    }

    /// Whose quantity it is agrees: "North Korean troops" never links to "Russian troops", nor to
    /// "11,000 troops" in a sentence that names someone else and never North Korea.
    static func sameGroup(_ a: ClaimFeatures, _ b: ClaimFeatures) -> Bool {
        if !a.groups.isEmpty, !b.groups.isEmpty { return !a.groups.isDisjoint(with: b.groups) }
        if !a.groups.isEmpty { return namesGroupOrNothing(b, a.groups) }
        if !b.groups.isEmpty { return namesGroupOrNothing(a, b.groups) }
        return true
    }

    /// An unqualified claim ("12 drones") may be a qualified one ("12 Russian drones") when its
    /// sentence names the same group, or names nobody at all besides the speaker.
    private static func namesGroupOrNothing(_ claim: ClaimFeatures, _ groups: SortedIDs) -> Bool {
        claim.names.isEmpty || !groups.isDisjoint(with: claim.names)
    }

    /// The two ranges come within ±40% of each other: 50,000 vs 60,000 yes, 11,000 vs 50,000 no.
    static func plausible(_ a: ClaimFeatures, _ b: ClaimFeatures) -> Bool {
        if a.dimension == .temperature { return gap(a, b) <= temperatureWindow / 2 }
        let aHigh = a.high >= HedgeTable.unbounded ? a.low * 2 : a.high
        let bHigh = b.high >= HedgeTable.unbounded ? b.low * 2 : b.high
        let aLow = a.low <= 0 ? aHigh / 2 : a.low
        let bLow = b.low <= 0 ? bHigh / 2 : b.low
        return aLow * (1 - plausibleSpread) <= bHigh * (1 + plausibleSpread) && bLow * (1 - plausibleSpread) <= aHigh * (1 + plausibleSpread)
    }

    /// Degrees apart within which two temperatures are compared at all (a ratio means nothing around zero).
    static let temperatureWindow = 10.0

    /// Degrees between two temperature ranges; 0 when they overlap.
    static func gap(_ a: ClaimFeatures, _ b: ClaimFeatures) -> Double {
        max(0, max(a.low, b.low) - min(a.high, b.high))
    }

    /// How alike two compatible claims are, 0...1.
    static func score(_ a: ClaimFeatures, _ b: ClaimFeatures) -> Double {
        let noun: Double = a.noun >= 0 && a.noun == b.noun ? 1 : (a.noun >= 0 && b.noun >= 0 ? 0.7 : 0.4)
        let ratio = max(a.point, b.point) / max(min(a.point, b.point), 1e-12)
        var value = a.dimension == .temperature ? max(0, 1 - gap(a, b) / temperatureWindow) : max(0, 1 - log(max(ratio, 1)) / log(2))
        // A vague amount that contains the other's figure ("tens of thousands" and 50,000) fits it.
        if a.isVague != b.isVague {
            let vague = a.isVague ? a : b, exact = a.isVague ? b : a
            if exact.point >= vague.low && exact.point <= vague.high { value = max(value, 0.7) }
        }
        let context = 0.5 * a.context.jaccard(b.context) + 0.5 * a.topic.overlap(b.topic)
        let groups: Double = a.groups == b.groups ? 1 : 0.5
        let plain: Double = a.plainModifiers == b.plainModifiers ? 1 : (a.plainModifiers.isDisjoint(with: b.plainModifiers) ? 0.3 : 0.6)
        let speaker: Double = a.speaker.isEmpty || b.speaker.isEmpty ? 0.5 : (a.speaker.isDisjoint(with: b.speaker) ? 0 : 1)
        return 0.2 * noun + 0.3 * value + 0.2 * context + 0.1 * groups + 0.05 * plain + 0.15 * speaker
    }

    /// The contract's verdict: agree when the ranges overlap once each is widened by 5%.
    static func verdict(low aLow: Double, high aHigh: Double, low bLow: Double, high bHigh: Double) -> Verdict {
        // Widened by 5% of each bound's size, so negative amounts (temperatures) widen outwards too.
        let widenedAHigh = aHigh >= HedgeTable.unbounded ? aHigh : aHigh + 0.05 * abs(aHigh)
        let widenedBHigh = bHigh >= HedgeTable.unbounded ? bHigh : bHigh + 0.05 * abs(bHigh)
        return aLow - 0.05 * abs(aLow) <= widenedBHigh && bLow - 0.05 * abs(bLow) <= widenedAHigh ? .agree : .conflict
    }
}
