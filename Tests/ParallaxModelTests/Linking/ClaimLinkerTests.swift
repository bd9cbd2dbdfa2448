import Testing
@testable import ParallaxModel

/// Builds a story from one text per outlet and runs extraction and linking.
func linkedStory(_ texts: [String], mentions: [[Mention]]? = nil) -> Story {
    let articles = texts.enumerated().map { index, text in
        AnnotatedStory.article(fromLines: text, id: "a\(index + 1)", source: "outlet\(index + 1)")
    }
    if let mentions {
        let claims = articles.enumerated().map { index, article -> [Claim] in
            var found = ClaimExtractor().extract(from: article, mentions: mentions[index])
            for claimIndex in found.indices {
                found[claimIndex].id = "c\(index)_\(claimIndex)"
                found[claimIndex].articleID = article.id
            }
            return found
        }
        let result = ClaimLinker().link(claims, articles: articles, mentions: mentions)
        return Story(articles: articles, mentions: mentions, claims: result.claims, clusters: result.clusters)
    }
    return StoryAnalyzer().analyze(articles)
}

@Suite struct ClaimLinkerTests {
    @Test func differentUnitsSameQuantityAgree() throws {
        let story = linkedStory([
            "Ukraine says it holds around 500 square miles of territory.",
            "The army says it controls 1,240 square kilometres of territory.",
        ])
        let cluster = try #require(story.clusters.first)
        #expect(story.clusters.count == 1 && cluster.verdict == .agree && cluster.unit == "km2")
        #expect(story.links.count == 1)
    }

    @Test func fiftyAndSixtyThousandConflict() throws {
        let story = linkedStory([
            "Officials said nearly 50,000 Russian troops were deployed in the region.",
            "Kyiv claims 60,000 Russian soldiers were deployed in the region.",
            "Tens of thousands of Russian troops were deployed in the region, officials said.",
        ])
        let cluster = try #require(story.clusters.first)
        #expect(cluster.claims.count == 3)
        #expect(cluster.verdict == .conflict)
        #expect(story.links.count == 3)
        #expect(story.links.filter { $0.verdict == .conflict }.count == 1)
    }

    @Test func someAndMoreThanAgree() throws {
        let story = linkedStory([
            "The Pentagon said some 10,000 North Korean soldiers were sent to Russia.",
            "More than 10,000 North Korean soldiers were sent to Russia, officials said.",
        ])
        #expect(try #require(story.clusters.first).verdict == .agree)
    }

    @Test func sameNumberDifferentThingsDoNotLink() {
        let story = linkedStory([
            "Zelensky said 11,000 North Korean troops were fighting in Kursk.",
            "According to analysts, Russia had only 11,000 troops in Kursk in August.",
            "The city council said 11,000 homes had no power.",
        ])
        #expect(story.clusters.isEmpty)
        #expect(story.claims.joined().allSatisfy { $0.clusterID == nil })
    }

    @Test func differentArmiesDoNotLink() {
        let story = linkedStory([
            "About 5,000 Belarusian troops are near the border.",
            "Some 5,000 Russian troops are near the border.",
        ])
        #expect(story.clusters.isEmpty)
    }

    @Test func deployedAndKilledDoNotLink() {
        let story = linkedStory([
            "At least 1,000 soldiers were deployed to the town.",
            "At least 1,000 soldiers were killed near the town.",
        ])
        #expect(story.clusters.isEmpty)
    }

    @Test func entityIdsMatchDifferentSpellingsOfAGroup() {
        let texts = ["Officials said 11,000 DPRK troops were in Kursk.", "Officials said 11,000 North Korean troops were in Kursk."]
        #expect(linkedStory(texts, mentions: [[], []]).clusters.isEmpty, "without mentions the spellings share nothing")
        let dprk = Mention(span: TextSpan(22, 26), text: "DPRK", type: .group, entityID: "e5")
        let northKorean = Mention(span: TextSpan(22, 34), text: "North Korean", type: .group, entityID: "e5")
        let kursk1 = Mention(span: TextSpan(42, 47), text: "Kursk", type: .place, entityID: "e2")
        let kursk2 = Mention(span: TextSpan(50, 55), text: "Kursk", type: .place, entityID: "e2")
        #expect(linkedStory(texts, mentions: [[dprk, kursk1], [northKorean, kursk2]]).clusters.count == 1)
    }

    /// "Russian troops" in one source and "soldiers ... Russia has deployed" in another are one
    /// country's forces; a third source's South Korean figure is not.
    @Test func aCountryAndItsDemonymAreOneGroup() throws {
        let texts = [
            "Officials said 50,000 Russian troops were near the town.",
            "Officials said the 60,000 soldiers that Russia has deployed were near the town.",
            "Officials said 55,000 South Korean troops were near the town.",
        ]
        func mention(_ text: String, in source: String, _ type: EntityType, _ id: String) -> Mention {
            let range = source.range(of: text)!
            let offset = source.unicodeScalars.distance(from: source.unicodeScalars.startIndex, to: range.lowerBound)
            return Mention(span: TextSpan(offset, offset + text.unicodeScalars.count), text: text, type: type, entityID: id)
        }
        let mentions = [
            [mention("Russian", in: texts[0], .group, "e1")],
            [mention("Russia", in: texts[1], .place, "e2")],
            [mention("South Korean", in: texts[2], .group, "e3")],
        ]
        let story = linkedStory(texts, mentions: mentions)
        let cluster = try #require(story.clusters.first)
        #expect(story.clusters.count == 1)
        #expect(cluster.claims.count == 2)
        #expect(cluster.verdict == .conflict)
        #expect(story.claims[2].allSatisfy { $0.clusterID == nil })
    }

    /// A figure about an earlier year's event is not the story's figure, however alike the words.
    @Test func aPastEventsFigureDoesNotLinkToTheStorysOwn() {
        let now = "Officials said the flood killed 19 people in March 2026."
        #expect(linkedStory([now, "Officials said the flood killed 18 people."]).clusters.count == 1)
        #expect(linkedStory([now, "Officials said the last flood, in 1998, killed 18 people."]).clusters.isEmpty)
        #expect(StoryTime.year(in: "in 1998,") == 1998)
        #expect(StoryTime.year(in: "12345") == nil)
    }

    /// Casualty wording before a figure counts only inside the figure's own clause.
    @Test func anEarlierClausesDeathsDoNotMakeTheMissingDead() {
        let story = linkedStory([
            "Officials said at least 24 people were killed in the valley.",
            "Officials have confirmed 19 deaths, and dozens of people remain missing in the valley.",
        ])
        let missing = story.claims[1].first { $0.text.hasPrefix("dozens") }
        #expect(missing != nil)
        #expect(missing?.clusterID == nil)
    }

    @Test func restatementInOneArticleJoinsTheCluster() throws {
        let story = linkedStory([
            "Russia has 50,000 troops in Kursk, Zelensky said.\nLater he repeated that around 50,000 troops were in Kursk.",
            "Analysts said 50,000 troops were in Kursk.",
        ])
        let cluster = try #require(story.clusters.first)
        #expect(cluster.claims.count == 3)
        #expect(story.links.count == 2, "links pair only claims from different articles")
    }

    @Test func clusterIdsAndOrderAreDeterministic() {
        let texts = [
            "Some 4,000 refugees crossed on Sunday. The EU sent €25 million.",
            "The EU sent €25m. About 4,000 refugees crossed on Sunday.",
        ]
        let first = linkedStory(texts), second = linkedStory(texts)
        #expect(first.clusters == second.clusters)
        #expect(first.clusters.map(\.id) == ["k1", "k2"])
        #expect(first.clusters[0].label.contains("refugees"))
    }

    @Test func verdictFollowsTheContract() {
        #expect(PairScorer.verdict(low: 45_000, high: 50_000, low: 60_000, high: 60_000) == .conflict)
        #expect(PairScorer.verdict(low: 9_000, high: 11_000, low: 10_000, high: 1e18) == .agree)
        #expect(PairScorer.verdict(low: 100, high: 100, low: 104, high: 104) == .agree)
        #expect(PairScorer.verdict(low: 100, high: 100, low: 111, high: 111) == .conflict)
    }

    @Test func emptyInputLinksNothing() {
        let result = ClaimLinker().link([], articles: [], mentions: [])
        #expect(result.clusters.isEmpty && result.links.isEmpty)
        let mismatched = ClaimLinker().link([[Claim(span: TextSpan(0, 1), text: "5", kind: .quantity, value: 5, low: 5, high: 5, unit: "count", sentence: 7)]],
                                            articles: [], mentions: [])
        #expect(mismatched.clusters.isEmpty)
    }
}
