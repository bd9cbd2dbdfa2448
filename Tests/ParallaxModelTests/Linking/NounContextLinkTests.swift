import Testing
@testable import ParallaxModel

/// Linking rules that decide what a figure counts from the words around it.
@Suite struct NounContextLinkTests {
    /// The cluster holding a claim whose text contains `fragment`, as the texts of its claims.
    private func clusterTexts(_ story: Story, containing fragment: String) -> Set<String> {
        let claims = story.claims.flatMap { $0 }
        guard let claim = claims.first(where: { $0.text.contains(fragment) }), let id = claim.clusterID,
              let cluster = story.clusters.first(where: { $0.id == id }) else { return [] }
        return Set(claims.filter { cluster.claims.contains($0.id) }.map(\.text))
    }

    @Test func aBareFigureCountsWhatItsOwnClauseNames() {
        let story = linkedStory([
            "The death toll from the storm rose to 134 on Wednesday, with 460 people injured.",
            "The storm has killed 130 people, officials said.",
        ])
        #expect(clusterTexts(story, containing: "134") == ["134", "130 people"])
    }

    @Test func trucksAndLorriesAreOneThing() {
        let story = linkedStory([
            "A convoy of 120 trucks entered the city on Sunday.",
            "About 120 lorries crossed into the city on Sunday.",
        ])
        #expect(clusterTexts(story, containing: "120 trucks") == ["120 trucks", "About 120 lorries"])
    }

    @Test func jobsAndPositionsAreOneThing() {
        let story = linkedStory([
            "The carmaker will cut 3,500 jobs this year.",
            "The carmaker will eliminate roughly 3,500 positions this year.",
        ])
        #expect(clusterTexts(story, containing: "jobs").count == 2)
    }

    @Test func peopleAnEmployerEmploysAreItsEmployees() {
        let story = linkedStory([
            "The firm employs about 58,000 people worldwide, including 21,000 in Germany.",
            "The firm, which has 60,000 employees, said 21,000 German workers would be affected.",
        ])
        #expect(clusterTexts(story, containing: "58,000") == ["about 58,000 people", "60,000 employees"])
        #expect(clusterTexts(story, containing: "21,000 German").count == 2)
    }

    @Test func peopleKilledAreNotAWorkforce() {
        let story = linkedStory([
            "The firm employs 300 people at the plant.",
            "The blast killed 300 people near the plant.",
        ])
        #expect(story.clusters.isEmpty)
    }

    @Test func survivorsAreThePeopleRescued() {
        let story = linkedStory([
            "Rescuers pulled 37 survivors from the rubble overnight.",
            "Emergency teams rescued 41 people alive overnight, while 40 people remain missing.",
        ])
        #expect(clusterTexts(story, containing: "37") == ["37 survivors", "41 people"])
    }

    @Test func aShareMoveMeetsAStockMove() {
        let story = linkedStory([
            "Shares fell 4.3% in New York after the announcement.",
            "The stock closed down 5.1% after the announcement.",
        ])
        let cluster = story.clusters.first
        #expect(cluster?.claims.count == 2)
        #expect(cluster?.verdict == .conflict)
    }

    @Test func magnitudesLinkOnlyWithMagnitudes() {
        let story = linkedStory([
            "A magnitude 6.8 earthquake struck the province, killing 7 people.",
            "The 6.7-magnitude quake was felt in the capital; 7 aftershocks followed.",
        ])
        #expect(clusterTexts(story, containing: "6.8") == ["magnitude 6.8 earthquake", "6.7-magnitude quake"])
        #expect(story.clusters.first { $0.unit == "magnitude" }?.verdict == .agree)
    }
}
