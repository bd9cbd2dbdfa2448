import Testing
@testable import ParallaxModel

/// Temperatures are compared by difference: ratios mean nothing around zero.
@Suite struct TemperatureLinkTests {
    @Test func theSameFrostWrittenTwoWaysAgrees() throws {
        let story = linkedStory([
            "Overnight the temperature in the valley fell to minus 12 degrees.",
            "In the valley the temperature dropped to -12C overnight.",
        ])
        let cluster = try #require(story.clusters.first)
        #expect(story.clusters.count == 1)
        #expect(cluster.verdict == .agree)
    }

    @Test func frostAndWarmthAreNeverLinked() {
        let story = linkedStory([
            "Overnight the temperature in the valley fell to minus 12 degrees.",
            "In the valley the temperature rose to 12C overnight.",
        ])
        #expect(story.clusters.isEmpty)
    }

    @Test func negativeBoundsWidenOutwards() {
        #expect(PairScorer.verdict(low: -12, high: -12, low: -12, high: -12) == .agree)
        #expect(PairScorer.verdict(low: -20, high: -20, low: -12, high: -12) == .conflict)
        #expect(PairScorer.verdict(low: 40, high: 40, low: 42, high: 42) == .agree)
    }
}
