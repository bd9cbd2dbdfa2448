import Testing
@testable import ParallaxModel

@Suite struct StoryAnalyzerTests {
    @Test func concurrentAnalysisEqualsSerial() throws {
        let articles = try fixtureStoryArticles()
        #expect(articles.count >= 10)
        let serial = StoryAnalyzer(options: AnalysisOptions(concurrent: false)).analyze(articles)
        let concurrent = StoryAnalyzer(options: AnalysisOptions(concurrent: true)).analyze(articles)
        #expect(serial.claims.joined().count > 50)
        #expect(AnalysisJSON.document(for: concurrent).serialized() == AnalysisJSON.document(for: serial).serialized())
    }

    @Test func concurrentMapKeepsOrder() {
        #expect(Concurrent.map(1_000) { $0 * $0 } == (0..<1_000).map { $0 * $0 })
        #expect(Concurrent.map(0) { $0 }.isEmpty)
        #expect(Concurrent.map(1) { $0 + 7 } == [7])
    }
}
