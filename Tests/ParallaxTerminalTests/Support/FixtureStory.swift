import ParallaxModel
@testable import ParallaxTerminal

/// Builds small stories by hand (text written for these tests) with mentions, claims and
/// clusters (links follow from the claims' values), so the reader can be tested before the analysers exist.
struct FixtureBuilder {
    struct ArticleSpec {
        var source: String
        var title: String?
        var date: String?
        var paragraphs: [(ParagraphKind, String)]
    }

    var articles: [Article] = []
    var mentions: [[Mention]] = []
    var claims: [[Claim]] = []
    var entities: [Entity] = []
    var clusters: [ClaimCluster] = []

    mutating func add(_ spec: ArticleSpec) {
        var text = ""
        var paragraphs: [Paragraph] = []
        var sentences: [TextSpan] = []
        for (kind, body) in spec.paragraphs {
            if !text.isEmpty { text += "\n\n" }
            let start = text.unicodeScalars.count
            text += body
            let end = text.unicodeScalars.count
            paragraphs.append(Paragraph(span: TextSpan(start, end), kind: kind))
            // Sentences: split after ". " inside the paragraph.
            let scalars = Array(body.unicodeScalars)
            var sentenceStart = 0
            for i in scalars.indices where scalars[i] == "." && (i + 1 == scalars.count || scalars[i + 1] == " ") {
                sentences.append(TextSpan(start + sentenceStart, start + i + 1))
                sentenceStart = i + 2
            }
            if sentenceStart < scalars.count { sentences.append(TextSpan(start + sentenceStart, end)) }
        }
        let id = "a\(articles.count + 1)"
        articles.append(Article(id: id, path: "fixture/\(spec.source).txt", source: spec.source, title: spec.title, date: spec.date,
                                text: text, paragraphs: paragraphs, sentences: sentences))
        mentions.append([])
        claims.append([])
    }

    /// The span of the `occurrence`-th appearance of `needle` in an article.
    func span(of needle: String, in article: Int, occurrence: Int = 0) -> TextSpan {
        let haystack = articles[article].scalars
        let target = Array(needle.unicodeScalars)
        var found = -1
        var start = 0
        while start + target.count <= haystack.count {
            if haystack[start..<start + target.count].elementsEqual(target) {
                found += 1
                if found == occurrence { return TextSpan(start, start + target.count) }
            }
            start += 1
        }
        fatalError("fixture text \(needle) not found in article \(article)")
    }

    mutating func mention(_ text: String, in article: Int, type: EntityType, entity: String, role: String? = nil, occurrence: Int = 0) {
        let span = span(of: text, in: article, occurrence: occurrence)
        mentions[article].append(Mention(span: span, text: text, type: type, role: role, entityID: entity))
        mentions[article].sort { $0.span < $1.span }
    }

    /// Adds a quantity claim and returns its id.
    @discardableResult
    mutating func claim(_ text: String, in article: Int, value: Double, unit: String = "count", noun: String? = nil,
                        kind: ClaimKind = .quantity, attribution: String? = nil, cluster: String? = nil) -> String {
        let span = span(of: text, in: article)
        let id = "c\(claims.flatMap { $0 }.count + 1)"
        let sentence = articles[article].sentenceIndex(containing: span.start) ?? 0
        claims[article].append(Claim(id: id, articleID: articles[article].id, span: span, text: text, kind: kind,
                                     value: value, writtenValue: value, low: value, high: value, unit: unit, noun: noun,
                                     attribution: attribution, sentence: sentence, clusterID: cluster))
        claims[article].sort { $0.span < $1.span }
        return id
    }

    var story: Story {
        Story(articles: articles, mentions: mentions, claims: claims, entities: entities, clusters: clusters)
    }
}

/// A three-source story about a bridge: one conflicting count, one cost two sources agree on
/// and a third disputes, one claim only the first source makes, names with a role conflict.
enum FixtureStory {
    static let filler = "Engineers described the work in detail and residents gathered along the river to watch the final inspection of the span."

    static func bridge(fillerParagraphs: Int = 6) -> Story {
        var builder = FixtureBuilder()
        let extra = Array(repeating: (ParagraphKind.body, filler), count: fillerParagraphs)
        builder.add(.init(source: "Northwind Gazette", title: "Harbour bridge reopens", date: "2031-05-02", paragraphs: [
            (.heading, "Harbour bridge reopens after repairs"),
            (.body, "Mayor Lena Orsk said 1,200 workers rebuilt the bridge in 14 months."),
            (.embed, "@cityhall: Proud of every crew member today!"),
        ] + extra + [
            (.body, "The city spent $80 million on the work, Orsk said."),
        ]))
        builder.add(.init(source: "Coastal Herald", title: "Bridge open again", date: "2031-05-02", paragraphs: [
            (.body, "Officials said about 1,500 workers finished the bridge."),
        ] + extra + [
            (.body, "Mayor Lena Orsk put the cost at $80 million, paid by the Harbour Council."),
        ]))
        builder.add(.init(source: "Valley Post", title: nil, date: nil, paragraphs: [
            (.body, "The bridge cost $95 million, according to Governor Lena Orsk."),
        ]))
        builder.mention("Lena Orsk", in: 0, type: .person, entity: "e1", role: "Mayor")
        builder.mention("Orsk", in: 0, type: .person, entity: "e1", occurrence: 1)
        builder.mention("Lena Orsk", in: 1, type: .person, entity: "e1", role: "Mayor")
        builder.mention("Harbour Council", in: 1, type: .org, entity: "e2")
        builder.mention("Lena Orsk", in: 2, type: .person, entity: "e1", role: "Governor")
        builder.entities = [
            Entity(id: "e1", name: "Lena Orsk", type: .person, variants: ["Orsk"], roles: ["a1": ["Mayor"], "a2": ["Mayor"], "a3": ["Governor"]], articles: ["a1", "a2", "a3"]),
            Entity(id: "e2", name: "Harbour Council", type: .org, articles: ["a2"]),
        ]
        let workers1 = builder.claim("1,200 workers", in: 0, value: 1200, noun: "workers", cluster: "k1")
        builder.claim("14 months", in: 0, value: 36_817_200, unit: "s")
        let cost1 = builder.claim("$80 million", in: 0, value: 80_000_000, unit: "USD", attribution: "Orsk", cluster: "k2")
        let workers2 = builder.claim("about 1,500 workers", in: 1, value: 1500, noun: "workers", cluster: "k1")
        let cost2 = builder.claim("$80 million", in: 1, value: 80_000_000, unit: "USD", cluster: "k2")
        let cost3 = builder.claim("$95 million", in: 2, value: 95_000_000, unit: "USD", attribution: "Lena Orsk", cluster: "k2")
        builder.clusters = [
            ClaimCluster(id: "k1", claims: [workers1, workers2], verdict: .conflict, low: 1200, high: 1500, unit: "count", label: "workers on the bridge"),
            ClaimCluster(id: "k2", claims: [cost1, cost2, cost3], verdict: .conflict, low: 80e6, high: 95e6, unit: "USD", label: "cost of the repairs"),
        ]
        return builder.story
    }

    /// A one-article story of arbitrary paragraphs (for odd-text tests).
    static func single(_ paragraphs: [String], source: String = "Odd Source") -> Story {
        var builder = FixtureBuilder()
        builder.add(.init(source: source, title: "Odd", date: nil, paragraphs: paragraphs.map { (.body, $0) }))
        return builder.story
    }
}

extension Grid {
    /// Whether any line contains `text`.
    func contains(_ text: String) -> Bool { lines.contains { $0.contains(text) } }
}

/// A theme with colours, so tests also see styles; and monochrome for text checks.
enum TestThemes {
    static let colour = try! ThemeLoader(depth: .ansi256, userDirectory: nil, bundleDirectory: nil).load("default")
    static let mono = try! ThemeLoader(depth: .none, userDirectory: nil, bundleDirectory: nil).load("monochrome")
}
