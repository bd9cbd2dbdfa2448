import Foundation
@testable import ParallaxModel

/// Every article of the annotated linking stories (text written for the tests), as one story.
func fixtureStoryArticles() throws -> [Article] {
    let folder = claimFixtures().appendingPathComponent("stories")
    return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        .sorted { $0.lastPathComponent < $1.lastPathComponent }
        .flatMap { try AnnotatedStory.load(from: $0).articles.map(\.article) }
}
