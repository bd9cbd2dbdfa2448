import Foundation
import Testing
@testable import ParallaxModel

@Suite struct LinkFixtureTests {
    @Test func annotatedStoriesLinkWell() throws {
        let folder = claimFixtures().appendingPathComponent("stories")
        let stories = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
            .map(AnnotatedStory.load(from:))
        #expect(stories.count >= 3)
        let score = LinkScore.evaluate(stories)
        #expect(score.links.f1 >= 0.9, "\(score.mistakes)")
        #expect(score.verdictsRight == score.verdictsChecked)
    }
}
