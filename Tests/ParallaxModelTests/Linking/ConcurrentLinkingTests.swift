import Testing
@testable import ParallaxModel

/// A story of many articles mixing many units, nouns and values, written for this test, so
/// that linking has many blocks of different sizes and features span many chunks.
private func manyBlockStory(articles count: Int) -> [Article] {
    let people = ["Irena Novak", "Tomas Berglund", "Lena Ostrova", "Pavel Hrdina"]
    let towns = ["Lower Selby", "Marrowick", "Kestrel Bay"]
    let sentences: [(Int) -> String] = [
        { "Officials said nearly \(40 + $0 % 7),000 residents were evacuated from the valley." },
        { "The flood covered about \(300 + ($0 % 5) * 20) square miles of farmland, the Red Cross said." },
        { "Rescuers flew \(10 + $0 % 4) helicopters and delivered \(200 + $0 % 9) tonnes of food." },
        { "At least \(12 + $0 % 6) people died and \(100 + $0 % 13) were injured, police said on Monday." },
        { "Bread prices rose by \(5 + $0 % 8) per cent, and the government released $\(2 + $0 % 3).5 billion." },
        { "The river rose \(3 + $0 % 4).2 metres in \(2 + $0 % 3) days, according to Mayor Irena Novak." },
        { "North Korean troops numbering \(10 + $0 % 3),000 joined Russian forces of \(50 + $0 % 4),000 soldiers." },
        { "The temperature fell to minus \(4 + $0 % 5) degrees as \(1 + $0 % 3),500 volunteers arrived." },
        { "The Danube Flood Authority (DFA) said \(people[$0 % people.count]) would visit \(towns[$0 % towns.count]) on Friday." },
        { "\(people[($0 + 1) % people.count].split(separator: " ").last!) said the DFA and the Harbour Pilots Guild had \(5 + $0 % 4) boats in \(towns[($0 + 2) % towns.count])." },
    ]
    return (0..<count).map { index in
        let lines = (0..<5).map { sentences[(index + $0 * 3) % sentences.count](index + $0) }
        return AnnotatedStory.article(fromLines: lines.joined(separator: "\n"), id: "a\(index + 1)", source: "outlet\(index % 9)")
    }
}

@Suite struct ConcurrentLinkingTests {
    @Test func linkingBlocksConcurrentlyEqualsSerially() {
        let articles = manyBlockStory(articles: 60)
        let entities = EntityAnalyzer(concurrent: false).analyze(articles)
        let claims = StoryAnalyzer(options: AnalysisOptions(concurrent: false)).extractClaims(articles, mentions: entities.mentions)
        let serial = ClaimLinker(concurrent: false).link(claims, articles: articles, mentions: entities.mentions)
        let concurrent = ClaimLinker(concurrent: true).link(claims, articles: articles, mentions: entities.mentions)
        #expect(serial.clusters.count >= 8)
        #expect(concurrent.clusters == serial.clusters)
        #expect(concurrent.claims == serial.claims)
    }

    @Test func chunkedFeaturesHaveTheIDsOfOneBuilder() {
        let articles = manyBlockStory(articles: 50)
        let entities = EntityAnalyzer(concurrent: false).analyze(articles)
        let claims = StoryAnalyzer(options: AnalysisOptions(concurrent: false)).extractClaims(articles, mentions: entities.mentions)
        let oneBuilder = StoryFeatures.chunkFeatures(0..<articles.count, claims: claims, articles: articles,
                                                     mentions: entities.mentions,
                                                     storyYear: StoryTime.latestYear(articles: articles, claims: claims)).features
        for concurrent in [false, true] {
            let chunked = StoryFeatures.build(claims: claims, articles: articles, mentions: entities.mentions, concurrent: concurrent)
            #expect(chunked.count == oneBuilder.count)
            #expect(oneBuilder.count > 200)
            for (a, b) in zip(chunked, oneBuilder) {
                #expect(a.article == b.article && a.claims == b.claims && a.block == b.block && a.noun == b.noun)
                #expect(a.nounClass == b.nounClass && a.event == b.event && a.point == b.point)
                #expect(a.groups == b.groups && a.context == b.context && a.names == b.names && a.topic == b.topic)
                #expect(a.speaker == b.speaker && a.plainModifiers == b.plainModifiers && a.pastYears == b.pastYears)
            }
        }
    }

    @Test func storyConsistencyConcurrentEqualsSerial() {
        let articles = manyBlockStory(articles: 150)
        let serial = EntityAnalyzer(concurrent: false).analyze(articles)
        let concurrent = EntityAnalyzer(concurrent: true).analyze(articles)
        #expect(serial.entities.count >= 5)
        #expect(concurrent.entities == serial.entities)
        #expect(concurrent.mentions == serial.mentions)
    }
}
