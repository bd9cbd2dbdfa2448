/// A cluster member as the verdict rule sees it: its article and the range it commits to.
public struct LinkBounds: Hashable, Sendable {
    /// Index of the member's article in the story.
    public var article: Int
    public var low: Double
    public var high: Double

    public init(article: Int, low: Double, high: Double) {
        self.article = article
        self.low = low
        self.high = high
    }
}

/// The verdicts of a cluster's cross-article pairs, without visiting every pair.
///
/// Two claims conflict when one's widened range lies wholly below the other's (the 5% rule of
/// `PairScorer.verdict`). So a member conflicts with some claim of another article exactly when
/// the smallest widened high among the other articles' members is below its widened low, or the
/// largest widened low among them is above its widened high. Keeping the best value and the best
/// from a different article answers "among the other articles" for every member at once: O(k) for
/// a cluster of k claims instead of its k²/2 pairs.
enum ClusterVerdicts {
    /// Per member: `.conflict` when any of its links conflicts, `.agree` when it has links and none
    /// conflicts, nil when it has no link (every other member comes from its own article).
    static func memberVerdicts(_ members: [LinkBounds]) -> [Verdict?] {
        let widened = members.map(widen)
        var articles = BestTwo(), poisoned = BestTwo(), smallestHigh = BestTwo(), largestLow = BestTwo()
        for (member, range) in zip(members, widened) {
            articles.offer(0, article: member.article)
            if range.isPoisoned {
                poisoned.offer(0, article: member.article)
            } else {
                smallestHigh.offer(range.high, article: member.article)
                largestLow.offer(-range.low, article: member.article)
            }
        }
        return zip(members, widened).map { member, range in
            guard articles.best(excluding: member.article) != nil else { return nil }
            // A NaN bound fails every comparison of the pair rule, so it conflicts with everything.
            if range.isPoisoned || poisoned.best(excluding: member.article) != nil { return .conflict }
            if let high = smallestHigh.best(excluding: member.article), high < range.low { return .conflict }
            if let negatedLow = largestLow.best(excluding: member.article), -negatedLow > range.high { return .conflict }
            return .agree
        }
    }

    /// `.conflict` when any cross-article pair conflicts, else `.agree`.
    static func verdict(_ members: [LinkBounds]) -> Verdict {
        memberVerdicts(members).contains(.conflict) ? .conflict : .agree
    }

    struct WidenedRange {
        var low: Double
        var high: Double
        var isPoisoned: Bool { low.isNaN || high.isNaN }
    }

    /// Exactly the widening of `PairScorer.verdict`, so both give the same answer for every pair.
    static func widen(_ bounds: LinkBounds) -> WidenedRange {
        let high = bounds.high >= HedgeTable.unbounded ? bounds.high : bounds.high + 0.05 * abs(bounds.high)
        return WidenedRange(low: bounds.low - 0.05 * abs(bounds.low), high: high)
    }

    /// The smallest value offered, and the smallest from an article other than the smallest's.
    struct BestTwo {
        private var best: (value: Double, article: Int)?
        /// The smallest value among articles other than `best`'s.
        private var runnerUp: (value: Double, article: Int)?

        mutating func offer(_ value: Double, article: Int) {
            guard let current = best else {
                best = (value, article)
                return
            }
            if value < current.value {
                // The old best is from another article, and no smaller than anything else there.
                if article != current.article { runnerUp = current }
                best = (value, article)
            } else if article != current.article, runnerUp.map({ value < $0.value }) ?? true {
                runnerUp = (value, article)
            }
        }

        /// The smallest value offered by an article other than `article`.
        func best(excluding article: Int) -> Double? {
            guard let best else { return nil }
            return best.article != article ? best.value : runnerUp?.value
        }
    }
}
