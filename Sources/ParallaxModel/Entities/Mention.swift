public enum EntityType: String, Sendable, Hashable, CaseIterable {
    case person = "PERSON"
    case org = "ORG"
    case place = "PLACE"
    /// Nationalities and other named groups ("North Korean", "Ukrainians").
    case group = "GROUP"
    /// Events, products, works.
    case other = "OTHER"
}

/// One occurrence of a name in one article's text.
public struct Mention: Hashable, Sendable {
    /// The name only: no leading "the", no possessive, no title.
    public var span: TextSpan
    public var text: String
    public var type: EntityType
    /// A title or role written with the name ("President", "Commander-in-Chief").
    public var role: String?
    /// The id of the cross-source `Entity` ("e7"), set by merging.
    public var entityID: String?

    public init(span: TextSpan, text: String, type: EntityType, role: String? = nil, entityID: String? = nil) {
        self.span = span
        self.text = text
        self.type = type
        self.role = role
        self.entityID = entityID
    }
}
