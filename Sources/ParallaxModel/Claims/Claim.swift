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
    public var value: Double? {
        get { storedValue.value }
        set { storedValue = CompactOptionalDouble(newValue) }
    }
    /// The value as written, scale words applied, no unit conversion; nil for vague amounts and ranges.
    public var writtenValue: Double? {
        get { storedWrittenValue.value }
        set { storedWrittenValue = CompactOptionalDouble(newValue) }
    }
    /// [from, to] as written for explicit ranges.
    public var writtenRange: [Double]?
    /// The committed range in `unit`; "more than" has `high` = 1e18.
    public var low: Double? {
        get { storedLow.value }
        set { storedLow = CompactOptionalDouble(newValue) }
    }
    public var high: Double? {
        get { storedHigh.value }
        set { storedHigh = CompactOptionalDouble(newValue) }
    }
    // A story holds every claim of every article at once (the largest thing it holds): the four
    // optional numbers take 8 bytes each this way instead of 16.
    private var storedValue: CompactOptionalDouble
    private var storedWrittenValue: CompactOptionalDouble
    private var storedLow: CompactOptionalDouble
    private var storedHigh: CompactOptionalDouble
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
        storedValue = CompactOptionalDouble(value)
        storedWrittenValue = CompactOptionalDouble(writtenValue)
        self.writtenRange = writtenRange
        storedLow = CompactOptionalDouble(low)
        storedHigh = CompactOptionalDouble(high)
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

/// A `Double?` in 8 bytes: nil is one signalling-NaN bit pattern, which no arithmetic produces
/// (operations on NaN give quiet NaNs). Equal and hashed exactly as the `Double?` it holds.
struct CompactOptionalDouble: Hashable, Sendable {
    private static let nilBits: UInt64 = 0x7FF4_0000_0000_C1A1
    private var bits: UInt64

    init(_ value: Double?) {
        bits = value?.bitPattern ?? Self.nilBits
    }

    var value: Double? { bits == Self.nilBits ? nil : Double(bitPattern: bits) }

    static func == (left: Self, right: Self) -> Bool { left.value == right.value }

    func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
