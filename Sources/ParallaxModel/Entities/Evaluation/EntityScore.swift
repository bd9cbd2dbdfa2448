/// Precision, recall and F1 of typed mentions, and how well merging matches the gold groups.
public struct EntityScore: Sendable {
    public struct Counts: Sendable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        public var f1: Double {
            precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }

        private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }
    }

    public var byType: [EntityType: Counts] = [:]
    public var overall = Counts()
    /// Gold groups split over more than one entity: "story: group → [entity names]".
    public var missedMerges: [String] = []
    /// Entities joining more than one gold group: "story: entity → [groups]".
    public var wrongMerges: [String] = []
    /// Gold groups seen in two or more articles, and how many of them are one entity.
    public var crossSourceGroups = 0
    public var crossSourceGroupsMerged = 0
    /// People (gold PERSON groups) named in two or more articles: the test of following a
    /// person across outlets. `OneEntity` counts those whose mentions that were found share one
    /// entity; `Followed` those whose every mention was found, typed PERSON, in that one entity.
    public var crossSourcePeople = 0
    public var crossSourcePeopleOneEntity = 0
    public var crossSourcePeopleFollowed = 0
    /// Entities joining a person's gold group to any other gold group (a subset of `wrongMerges`).
    public var wrongPersonMerges: [String] = []
    public var errors: [String] = []

    public init() {}

    /// Scores one story: gold per article against the analysis of the same articles.
    public mutating func add(story: String, articles: [AnnotatedArticle], analysis: EntityAnalysis) {
        var entityOfGroup: [String: Set<String>] = [:]
        var groupsOfEntity: [String: Set<String>] = [:]
        var articlesOfGroup: [String: Set<Int>] = [:]
        var personGroups: Set<String> = []
        /// Person groups with a mention not found, or not found as a PERSON.
        var personGroupsMissed: Set<String> = []
        for (index, annotated) in articles.enumerated() {
            let predicted = index < analysis.mentions.count ? analysis.mentions[index] : []
            var predictedBySpan: [TextSpan: Mention] = [:]
            for mention in predicted { predictedBySpan[mention.span] = mention }
            let goldBySpan = Dictionary(annotated.gold.map { ($0.span, $0) }, uniquingKeysWith: { first, _ in first })
            for gold in annotated.gold {
                articlesOfGroup[gold.group, default: []].insert(index)
                if gold.type == .person { personGroups.insert(gold.group) }
                if gold.type == .person, predictedBySpan[gold.span]?.type != .person { personGroupsMissed.insert(gold.group) }
                if let mention = predictedBySpan[gold.span] {
                    if let id = mention.entityID {
                        entityOfGroup[gold.group, default: []].insert(id)
                        groupsOfEntity[id, default: []].insert(gold.group)
                    }
                    if mention.type == gold.type {
                        count(gold.type) { $0.truePositives += 1 }
                        continue
                    }
                    errors.append("\(story)/\(annotated.article.source): \"\(gold.text)\" is \(gold.type.rawValue), found \(mention.type.rawValue)")
                } else {
                    errors.append("\(story)/\(annotated.article.source): missed \"\(gold.text)\" (\(gold.type.rawValue))")
                }
                count(gold.type) { $0.falseNegatives += 1 }
            }
            for mention in predicted {
                if let gold = goldBySpan[mention.span], gold.type == mention.type { continue }
                count(mention.type) { $0.falsePositives += 1 }
                if goldBySpan[mention.span] == nil {
                    errors.append("\(story)/\(annotated.article.source): spurious \"\(mention.text)\" (\(mention.type.rawValue))")
                }
            }
        }
        let names = Dictionary(analysis.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        for (group, ids) in entityOfGroup.sorted(by: { $0.key < $1.key }) where ids.count > 1 {
            missedMerges.append("\(story): \(group) → \(ids.sorted().map { names[$0] ?? $0 })")
        }
        for (id, groups) in groupsOfEntity.sorted(by: { $0.key < $1.key }) where groups.count > 1 {
            wrongMerges.append("\(story): \(names[id] ?? id) → \(groups.sorted())")
            if !groups.isDisjoint(with: personGroups) { wrongPersonMerges.append(wrongMerges[wrongMerges.count - 1]) }
        }
        for (group, seen) in articlesOfGroup where seen.count >= 2 {
            crossSourceGroups += 1
            if entityOfGroup[group]?.count == 1 { crossSourceGroupsMerged += 1 }
            guard personGroups.contains(group) else { continue }
            crossSourcePeople += 1
            guard entityOfGroup[group]?.count == 1 else { continue }
            crossSourcePeopleOneEntity += 1
            if !personGroupsMissed.contains(group) { crossSourcePeopleFollowed += 1 }
        }
    }

    private mutating func count(_ type: EntityType, _ change: (inout Counts) -> Void) {
        change(&overall)
        var counts = byType[type] ?? Counts()
        change(&counts)
        byType[type] = counts
    }
}
