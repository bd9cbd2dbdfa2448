import Testing
@testable import ParallaxModel

@Suite struct AnalysisJSONStreamTests {
    static func streamed(_ story: Story, pretty: Bool) -> String {
        var text = ""
        AnalysisJSON.write(story, pretty: pretty) { text += $0 }
        return text
    }

    @Test func streamedDocumentIsByteIdentical() throws {
        let story = StoryAnalyzer().analyze(try fixtureStoryArticles())
        #expect(!story.links.isEmpty)
        for pretty in [true, false] {
            #expect(Self.streamed(story, pretty: pretty) == AnalysisJSON.document(for: story).serialized(pretty: pretty))
        }
    }

    @Test func emptyAndSmallStoriesAreIdenticalToo() {
        let empty = Story(articles: [], warnings: [])
        let warned = Story(articles: [], warnings: ["one", "two", "three", "four", "five"])
        for story in [empty, warned] {
            for pretty in [true, false] {
                #expect(Self.streamed(story, pretty: pretty) == AnalysisJSON.document(for: story).serialized(pretty: pretty))
            }
        }
    }

    @Test func arrayFieldsFollowTheSerialiserLayout() {
        let arrays: [[JSONValue]] = [
            [], [.number(1)], [.number(1), .string("x"), .null, .bool(true)], (0..<5).map { .number(Double($0)) },
            [.object([("a", .number(1))])], (0..<7).map { .array([.number(Double($0))]) },
        ]
        for items in arrays {
            for pretty in [true, false] {
                var text = ""
                var stream = JSONObjectStream(pretty: pretty) { text += $0 }
                stream.field("first", .string("f"))
                stream.arrayField("items", items)
                stream.finish()
                #expect(text == JSONValue.object([("first", .string("f")), ("items", .array(items))]).serialized(pretty: pretty))
            }
        }
        var text = ""
        var stream = JSONObjectStream { text += $0 }
        stream.finish()
        #expect(text == JSONValue.object([]).serialized())
    }

    @Test func largeOutputArrivesInPiecesOfAboutTheSetSize() {
        var pieces: [String] = []
        var stream = JSONObjectStream(pieceSize: 100) { pieces.append($0) }
        let items = (0..<50).map { JSONValue.object([("n", .number(Double($0))), ("word", .string("item"))]) }
        stream.arrayField("items", items)
        stream.finish()
        #expect(pieces.count > 10)
        #expect(pieces.dropLast().allSatisfy { $0.utf8.count >= 100 && $0.utf8.count < 200 })
        #expect(pieces.joined() == JSONValue.object([("items", .array(items))]).serialized())
    }
}
