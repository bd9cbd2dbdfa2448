/// The public JSON form of a story (`parallax analyze --format json`).
///
/// Field names and order follow `shared/spec/analysis-json.md`; add fields freely, never
/// rename or drop one without bumping `version`.
public enum AnalysisJSON {
    public static let version = 1

    public static func document(for story: Story) -> JSONValue {
        .object([
            ("version", .number(Double(version))),
            ("articles", .array(story.articles.indices.map { article(story, $0) })),
            ("entities", .array(story.entities.map(entity))),
            ("role_conflicts", .array(story.entities.filter(\.hasRoleConflict).map(roleConflict))),
            ("claim_clusters", .array(story.clusters.map(cluster))),
            ("links", .array(story.links.map(link))),
            ("warnings", .array(story.warnings.map(JSONValue.string))),
        ])
    }

    /// Writes the same text as `document(for:).serialized(pretty:)`, in pieces, to `sink`.
    ///
    /// Articles, entities, clusters and links are built and written one at a time, so a story of
    /// thousands of articles (and millions of links) never exists whole as JSON in memory.
    public static func write(_ story: Story, pretty: Bool = true, to sink: @escaping (String) -> Void) {
        var stream = JSONObjectStream(pretty: pretty, sink: sink)
        stream.field("version", .number(Double(version)))
        stream.arrayField("articles", story.articles.indices.lazy.map { article(story, $0) })
        stream.arrayField("entities", story.entities.lazy.map(entity))
        stream.arrayField("role_conflicts", story.entities.lazy.filter(\.hasRoleConflict).map(roleConflict))
        stream.arrayField("claim_clusters", story.clusters.lazy.map(cluster))
        stream.arrayField("links", story.links.lazy.map(link))
        stream.field("warnings", .array(story.warnings.map(JSONValue.string)))
        stream.finish()
    }

    static func article(_ story: Story, _ index: Int) -> JSONValue {
        let article = story.articles[index]
        return .object([
            ("id", .string(article.id)),
            ("path", .string(article.path)),
            ("source", .string(article.source)),
            ("title", .optional(article.title)),
            ("date", .optional(article.date)),
            ("url", .optional(article.url)),
            ("text", .string(article.text)),
            ("paragraphs", .array(article.paragraphs.map { paragraph in
                .object([("start", .number(Double(paragraph.span.start))), ("end", .number(Double(paragraph.span.end))), ("kind", .string(paragraph.kind.rawValue))])
            })),
            ("sentences", .array(article.sentences.map(span))),
            ("entities", .array(story.mentions[index].map(mention))),
            ("claims", .array(story.claims[index].map(claim))),
            ("warnings", .array(article.warnings.map(JSONValue.string))),
        ])
    }

    static func span(_ span: TextSpan) -> JSONValue {
        .array([.number(Double(span.start)), .number(Double(span.end))])
    }

    static func mention(_ mention: Mention) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("start", .number(Double(mention.span.start))),
            ("end", .number(Double(mention.span.end))),
            ("text", .string(mention.text)),
            ("type", .string(mention.type.rawValue)),
            ("entity", .optional(mention.entityID)),
        ]
        if let role = mention.role { fields.append(("role", .string(role))) }
        return .object(fields)
    }

    static func entity(_ entity: Entity) -> JSONValue {
        .object([
            ("id", .string(entity.id)),
            ("name", .string(entity.name)),
            ("type", .string(entity.type.rawValue)),
            ("variants", .array(entity.variants.map(JSONValue.string))),
            ("roles", .object(entity.roles.keys.sorted(by: articleOrder).map { key in
                (key, .array(entity.roles[key, default: []].map(JSONValue.string)))
            })),
            ("articles", .array(entity.articles.map(JSONValue.string))),
        ])
    }

    static func roleConflict(_ entity: Entity) -> JSONValue {
        .object([
            ("entity", .string(entity.id)),
            ("name", .string(entity.name)),
            ("roles", .object(entity.roles.keys.sorted(by: articleOrder).map { key in
                (key, .array(entity.roles[key, default: []].map(JSONValue.string)))
            })),
        ])
    }

    /// "a2" before "a10".
    static func articleOrder(_ lhs: String, _ rhs: String) -> Bool {
        let left = Int(lhs.dropFirst()) ?? 0, right = Int(rhs.dropFirst()) ?? 0
        return left != right ? left < right : lhs < rhs
    }

    static func claim(_ claim: Claim) -> JSONValue {
        .object([
            ("id", .string(claim.id)),
            ("start", .number(Double(claim.span.start))),
            ("end", .number(Double(claim.span.end))),
            ("text", .string(claim.text)),
            ("kind", .string(claim.kind.rawValue)),
            ("value", .optional(claim.value)),
            ("written_value", .optional(claim.writtenValue)),
            ("written_range", claim.writtenRange.map { .array($0.map(JSONValue.number)) } ?? .null),
            ("low", .optional(claim.low)),
            ("high", .optional(claim.high)),
            ("unit", .optional(claim.unit)),
            ("written_unit", .optional(claim.writtenUnit)),
            ("hedge", .optional(claim.hedge)),
            ("noun", .optional(claim.noun)),
            ("subject", .optional(claim.subject)),
            ("attribution", .optional(claim.attribution)),
            ("sentence", .number(Double(claim.sentence))),
            ("cluster", .optional(claim.clusterID)),
        ])
    }

    static func cluster(_ cluster: ClaimCluster) -> JSONValue {
        .object([
            ("id", .string(cluster.id)),
            ("claims", .array(cluster.claims.map(JSONValue.string))),
            ("verdict", .string(cluster.verdict.rawValue)),
            ("low", .number(cluster.low)),
            ("high", .number(cluster.high)),
            ("unit", .string(cluster.unit)),
            ("label", .string(cluster.label)),
        ])
    }

    static func link(_ link: ClaimLink) -> JSONValue {
        .object([("a", .string(link.a)), ("b", .string(link.b)), ("verdict", .string(link.verdict.rawValue))])
    }
}
