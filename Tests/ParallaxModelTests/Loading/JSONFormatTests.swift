import Foundation
import Testing
@testable import ParallaxModel

@Suite struct JSONFormatTests {
    @Test func oneObjectWithAlternativeFieldNames() throws {
        let report = ArticleLoader().load(paths: [LoadingFixtures.path("json/one.json")])
        let loaded = try #require(report.articles.first)
        #expect(loaded.title == "Glacier retreat measured")
        #expect(loaded.source == "Alpine Monitor")
        #expect(loaded.date == "2031-09-30")
        #expect(loaded.url == "https://example.com/glacier")
        #expect(loaded.paragraphTexts == ["Scientists measured a retreat of 42 metres this year.", "That is the fastest since records began in 1950."])
    }

    @Test func arrayLoadsEveryArticleAndReportsBadItems() {
        let path = LoadingFixtures.path("json/many.json")
        let report = ArticleLoader().load(paths: [path])
        #expect(report.articles.map(\.source) == ["Wire One", "Wire Two"])
        #expect(report.articles.allSatisfy { $0.path == path })
        #expect(report.problems.map(\.reason) == ["item 3: not a JSON object", "item 4: no text field (expected one of: text, content, body)"])
    }

    @Test func badJSONLineIsReportedAndTheRestLoad() {
        let report = ArticleLoader().load(paths: [LoadingFixtures.path("json/lines.jsonl")])
        #expect(report.articles.map(\.title) == ["Line one", "Line three"])
        #expect(report.problems.map(\.reason) == ["line 2: not valid JSON"])
    }

    @Test func escapedControlCharactersInJSONAreRemoved() throws {
        let report = ArticleLoader().load(paths: [LoadingFixtures.path("json/lines.jsonl")])
        let last = try #require(report.articles.last)
        #expect(last.text == "Control red text and flipped.")
        #expect(last.warnings.contains("2 terminal escape sequences removed"))
    }

    @Test func jsonFileWithOneObjectPerLineIsReadAsLines() {
        let report = loadText("{\"text\": \"First article body.\"}\n{\"text\": \"Second article body.\"}\n", extension: "json")
        #expect(report.articles.map(\.text) == ["First article body.", "Second article body."])
    }

    @Test func invalidJSONDocumentIsAProblem() {
        let report = loadText("{\"title\": ", extension: "json")
        #expect(report.articles.isEmpty)
        #expect(report.problems.first?.reason.hasPrefix("not valid JSON") == true)
    }
}
