public enum ClaimKind: String, Sendable, Hashable, CaseIterable {
    /// An amount of something: the only kind that is compared across sources.
    case quantity
    case date
    case time
    case year
    case ordinal
    /// Model and serial numbers, handles, URLs, phone numbers, section numbers.
    case identifier
}

/// A number-bearing expression in one article.
public struct Claim: Hashable, Sendable {
    /// Story-wide id ("c14"), assigned in article order.
    public var id: String
    public var articleID: String
    public var span: TextSpan
    public var text: String
    public var kind: ClaimKind
    /// The value converted to `unit`; nil for vague amounts.
    public var value: Double?
    /// The value as written, scale words applied, no unit conversion; nil for vague amounts and ranges.
    public var writtenValue: Double?
    /// [from, to] as written for explicit ranges.
    public var writtenRange: [Double]?
    /// The committed range in `unit`; "more than" has `high` = 1e18.
    public var low: Double?
    public var high: Double?
    /// Canonical unit: count, percent, km, km2, kg, s, m/s, or an ISO currency code.
    public var unit: String?
    /// The unit as written when it differs from `unit`.
    public var writtenUnit: String?
    public var hedge: String?
    /// What is counted, as written ("troops").
    public var noun: String?
    /// Words qualifying the noun ("North Korean", "Russian"), used for linking.
    public var modifiers: [String]
    /// A short phrase of what the quantity is about, for display.
    public var subject: String?
    /// Who the text says stated it.
    public var attribution: String?
    /// Index into the article's sentences.
    public var sentence: Int
    /// The claim cluster id ("k2"), or nil when no other article states the same quantity.
    public var clusterID: String?

    public init(
        id: String = "", articleID: String = "", span: TextSpan, text: String, kind: ClaimKind,
        value: Double? = nil, writtenValue: Double? = nil, writtenRange: [Double]? = nil,
        low: Double? = nil, high: Double? = nil, unit: String? = nil, writtenUnit: String? = nil,
        hedge: String? = nil, noun: String? = nil, modifiers: [String] = [], subject: String? = nil,
        attribution: String? = nil, sentence: Int, clusterID: String? = nil
    ) {
        self.id = id
        self.articleID = articleID
        self.span = span
        self.text = text
        self.kind = kind
        self.value = value
        self.writtenValue = writtenValue
        self.writtenRange = writtenRange
        self.low = low
        self.high = high
        self.unit = unit
        self.writtenUnit = writtenUnit
        self.hedge = hedge
        self.noun = noun
        self.modifiers = modifiers
        self.subject = subject
        self.attribution = attribution
        self.sentence = sentence
        self.clusterID = clusterID
    }
}
