public enum Verdict: String, Sendable, Hashable {
    case agree
    case conflict
}

/// Claims from two or more articles that state the same quantity.
public struct ClaimCluster: Hashable, Sendable {
    public var id: String
    /// Claim ids in story order.
    public var claims: [String]
    public var verdict: Verdict
    public var low: Double
    public var high: Double
    public var unit: String
    public var label: String

    public init(id: String, claims: [String], verdict: Verdict, low: Double, high: Double, unit: String, label: String) {
        self.id = id
        self.claims = claims
        self.verdict = verdict
        self.low = low
        self.high = high
        self.unit = unit
        self.label = label
    }
}

/// One cross-article pair inside a cluster.
public struct ClaimLink: Hashable, Sendable {
    public var a: String
    public var b: String
    public var verdict: Verdict

    public init(a: String, b: String, verdict: Verdict) {
        self.a = a
        self.b = b
        self.verdict = verdict
    }
}
