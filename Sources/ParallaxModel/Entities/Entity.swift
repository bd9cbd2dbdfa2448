/// One real-world person, place, organisation or group, across every article of a story.
public struct Entity: Hashable, Sendable {
    public var id: String
    /// The preferred spelling: the most frequent full form.
    public var name: String
    public var type: EntityType
    /// Every other surface form seen, sorted.
    public var variants: [String]
    /// Titles by article id ("a1" → ["President"]).
    public var roles: [String: [String]]
    /// Ids of the articles that mention it, in story order.
    public var articles: [String]

    public init(id: String, name: String, type: EntityType, variants: [String] = [], roles: [String: [String]] = [:], articles: [String] = []) {
        self.id = id
        self.name = name
        self.type = type
        self.variants = variants
        self.roles = roles
        self.articles = articles
    }

    /// Sources give this entity different titles: a finding worth showing. Only offices
    /// count: "Mr" against "President", or "US president" against "President", is not one.
    public var hasRoleConflict: Bool {
        Set(roles.values.flatMap { $0 }.compactMap(RoleOffice.office)).count > 1
    }
}
