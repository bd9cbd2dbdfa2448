import Testing
@testable import ParallaxModel

@Suite struct StoryLinksTests {
    /// The contract's links listed the slow way: every pair of each cluster, from different articles.
    static func everyPair(_ story: Story) -> [ClaimLink] {
        let byID = Dictionary(story.claims.enumerated().flatMap { article, claims in claims.map { ($0.id, (article, $0)) } },
                              uniquingKeysWith: { first, _ in first })
        var links: [ClaimLink] = []
        for cluster in story.clusters {
            let members = cluster.claims.compactMap { byID[$0] }
            for i in members.indices {
                for j in members.indices where j > i && members[i].0 != members[j].0 {
                    let a = members[i].1, b = members[j].1
                    let verdict = PairScorer.verdict(low: a.low ?? 0, high: a.high ?? 0, low: b.low ?? 0, high: b.high ?? 0)
                    links.append(ClaimLink(a: a.id, b: b.id, verdict: verdict))
                }
            }
        }
        return links
    }

    static func claim(_ id: String, _ low: Double, _ high: Double, cluster: String) -> Claim {
        Claim(id: id, span: TextSpan(0, 1), text: id, kind: .quantity, value: low, low: low, high: high, sentence: 0, clusterID: cluster)
    }

    /// Three articles; k1 spans all three (two claims from the second), k2 two of them.
    static let story = Story(
        articles: [],
        claims: [
            [claim("c1", 100, 100, cluster: "k1"), claim("c2", 7, 7, cluster: "k2")],
            [claim("c3", 104, 104, cluster: "k1"), claim("c4", 130, 130, cluster: "k1")],
            [claim("c5", 90, 110, cluster: "k1"), claim("c6", 7.2, 7.2, cluster: "k2")],
        ],
        clusters: [
            ClaimCluster(id: "k1", claims: ["c1", "c3", "c4", "c5"], verdict: .conflict, low: 90, high: 130, unit: "count", label: "a"),
            ClaimCluster(id: "k2", claims: ["c2", "c6"], verdict: .agree, low: 7, high: 7.2, unit: "count", label: "b"),
        ]
    )

    @Test func listsEveryCrossArticlePairInContractOrder() {
        let links = Array(Self.story.links)
        #expect(links == Self.everyPair(Self.story))
        #expect(links.map { "\($0.a)-\($0.b)" } == ["c1-c3", "c1-c4", "c1-c5", "c3-c5", "c4-c5", "c2-c6"])
        #expect(links.map(\.verdict) == [.agree, .conflict, .agree, .agree, .conflict, .agree])
        #expect(Self.story.links.count == 6 && !Self.story.links.isEmpty)
    }

    @Test func answersForOneClaimOrOnePair() {
        let links = Self.story.links
        #expect(links.links(of: "c4").map { "\($0.a)-\($0.b)" } == ["c1-c4", "c4-c5"])
        #expect(links.links(of: "c2") == [ClaimLink(a: "c2", b: "c6", verdict: .agree)])
        #expect(links.links(of: "nowhere").isEmpty)
        #expect(links.verdict(between: "c5", "c4") == .conflict)
        #expect(links.verdict(between: "c1", "c3") == .agree)
        #expect(links.verdict(between: "c3", "c4") == nil, "one article: no link")
        #expect(links.verdict(between: "c1", "c2") == nil, "different clusters: no link")
        let own = links.verdictsByClaim()
        #expect(own == ["c1": .conflict, "c3": .agree, "c4": .conflict, "c5": .conflict, "c2": .agree, "c6": .agree])
    }

    @Test func skipsIdsNoArticleHoldsAndRepeatedIds() {
        let story = Story(
            articles: [],
            claims: [[Self.claim("x1", 1, 1, cluster: "k1")], [Self.claim("x2", 5, 5, cluster: "k1")]],
            clusters: [ClaimCluster(id: "k1", claims: ["x1", "missing", "x1", "x2"], verdict: .conflict, low: 1, high: 5, unit: "", label: "")]
        )
        #expect(Array(story.links).map { "\($0.a)-\($0.b)" } == ["x1-x2", "x1-x2"])
        #expect(story.links.count == 2)
        #expect(Story(articles: []).links.isEmpty)
    }

    /// The O(k) verdicts must agree with the pair rule on every pair, including odd bounds.
    @Test func clusterVerdictsMatchThePairRule() {
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17
            return Int(seed % UInt64(bound))
        }
        let odd: [Double] = [.nan, .infinity, -.infinity, 0, -5, 1e18, -1e300, 1e300]
        for round in 0..<3_000 {
            let size = 1 + next(7)
            let sign: Double = round % 3 == 0 ? -1 : 1
            let members = (0..<size).map { _ -> LinkBounds in
                let low = next(10) == 0 ? odd[next(odd.count)] : Double(next(40) + 80) * sign
                let high = next(4) == 0 ? odd[next(odd.count)] : low + Double(next(12))
                return LinkBounds(article: next(3), low: low, high: high)
            }
            let computed = ClusterVerdicts.memberVerdicts(members)
            for (index, member) in members.enumerated() {
                let others = members.filter { $0.article != member.article }
                let conflicting = others.contains {
                    PairScorer.verdict(low: member.low, high: member.high, low: $0.low, high: $0.high) == .conflict
                }
                let expected: Verdict? = others.isEmpty ? nil : (conflicting ? .conflict : .agree)
                #expect(computed[index] == expected, "round \(round): \(members)")
            }
            #expect(ClusterVerdicts.verdict(members) == (computed.contains(.conflict) ? .conflict : .agree))
        }
    }

    @Test func analysedStoryLinksMatchEveryPair() throws {
        let story = StoryAnalyzer().analyze(try fixtureStoryArticles())
        #expect(!story.clusters.isEmpty)
        #expect(Array(story.links) == Self.everyPair(story))
        #expect(story.links.count == Self.everyPair(story).count)
        for cluster in story.clusters {
            let pairs = Self.everyPair(Story(articles: story.articles, claims: story.claims, clusters: [cluster]))
            #expect(cluster.verdict == (pairs.contains { $0.verdict == .conflict } ? .conflict : .agree))
        }
    }
}
