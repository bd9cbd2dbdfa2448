/// How a hedge word turns a written value into the range the text commits to.
enum HedgeBounds: Sendable {
    /// ±10%: "about", "around", "some", "roughly", "approximately", "an estimated".
    case approximately
    /// −10%..0: "nearly", "almost", "just under".
    case nearly
    /// value..∞ (1e18): "more than", "over", "at least", "upwards of".
    case atLeast
    /// 0..value: "up to", "less than", "fewer than", "as many as".
    case atMost

    /// The committed range for a written [low, high]; the JSON contract fixes these factors.
    func apply(low: Double, high: Double) -> (low: Double, high: Double) {
        switch self {
        case .approximately: return (low * 0.9, high * 1.1)
        case .nearly: return (low * 0.9, high)
        case .atLeast: return (low, HedgeTable.unbounded)
        case .atMost: return (0, high)
        }
    }
}

/// Knowledge table: hedge phrases in English news, longest first so "just under" wins over "under".
/// Each entry is the phrase's lower-case words.
enum HedgeTable {
    /// "No upper bound", as the JSON contract writes it.
    static let unbounded: Double = 1e18

    static let before: [(words: [String], bounds: HedgeBounds)] = [
        (["an", "estimated"], .approximately),
        (["an", "approximate"], .approximately),
        (["just", "under"], .nearly),
        (["just", "shy", "of"], .nearly),
        (["close", "to"], .nearly),
        (["just", "over"], .atLeast),
        (["more", "than"], .atLeast),
        (["greater", "than"], .atLeast),
        (["upwards", "of"], .atLeast),
        (["upward", "of"], .atLeast),
        (["at", "least"], .atLeast),
        (["in", "excess", "of"], .atLeast),
        (["no", "fewer", "than"], .atLeast),
        (["no", "less", "than"], .atLeast),
        (["not", "less", "than"], .atLeast),
        (["up", "to"], .atMost),
        (["less", "than"], .atMost),
        (["fewer", "than"], .atMost),
        (["as", "many", "as"], .atMost),
        (["as", "much", "as"], .atMost),
        (["no", "more", "than"], .atMost),
        (["not", "more", "than"], .atMost),
        (["at", "most"], .atMost),
        (["about"], .approximately),
        (["around"], .approximately),
        (["some"], .approximately),
        (["roughly"], .approximately),
        (["approximately"], .approximately),
        (["approx"], .approximately),
        (["estimated"], .approximately),
        (["circa"], .approximately),
        (["nearly"], .nearly),
        (["almost"], .nearly),
        (["over"], .atLeast),
        (["above"], .atLeast),
        (["exceeding"], .atLeast),
        (["under"], .atMost),
        (["below"], .atMost),
    ]

    /// Hedges written after the amount ("10,000 or more", "a dozen or so").
    static let after: [(words: [String], bounds: HedgeBounds)] = [
        (["or", "more"], .atLeast),
        (["or", "so"], .approximately),
        (["or", "fewer"], .atMost),
        (["or", "less"], .atMost),
        (["plus"], .atLeast),
        (["+"], .atLeast),
    ]
}
