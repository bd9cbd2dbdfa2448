import Foundation
import Testing
@testable import ParallaxModel

@Suite struct MarkdownFormatTests {
    private func article() throws -> Article {
        let report = ArticleLoader().load(paths: [LoadingFixtures.path("markdown/article.md")])
        #expect(report.problems.isEmpty)
        return try #require(report.articles.first)
    }

    @Test func frontMatterAndFirstHeadingGiveMetadata() throws {
        let loaded = try article()
        #expect(loaded.title == "Council votes to pedestrianise the high street")
        #expect(loaded.source == "Hillside Herald")
        #expect(loaded.date == "2031-06-01")
    }

    @Test func markupIsRemovedAndLinksKeepTheirText() throws {
        let loaded = try article()
        #expect(loaded.paragraphTexts.contains("The council voted 9 to 4 to close the high street to cars from September, a decision traders called rushed."))
        #expect(loaded.paragraphTexts.contains("Bus routes 4 and 7 will move to Station Road."))
        #expect(!loaded.text.contains("https://"))
        #expect(!loaded.text.contains("photo of the street"))
        #expect(!loaded.text.contains("[roads]"))
        #expect(!loaded.text.contains("<span"))
    }

    @Test func headingsListsAndQuotesBecomeParagraphs() throws {
        let loaded = try article()
        let kinds = Dictionary(zip(loaded.paragraphTexts, loaded.paragraphKinds), uniquingKeysWith: { first, _ in first })
        #expect(kinds["What changes"] == .heading)
        #expect(kinds["Setext heading here"] == .heading)
        #expect(kinds["Delivery vans may enter before 10 a.m."] == .body)
        #expect(kinds["The street belongs to the people who walk on it, said the mayor, Ana_Lopez."] == .body)
    }

    @Test func intraWordUnderscoresAndLoneAsterisksAreText() {
        let report = loadText("Use snake_case_name and 5 * 3 here, with a longer sentence after.", extension: "md")
        #expect(report.articles.first?.text == "Use snake_case_name and 5 * 3 here, with a longer sentence after.")
    }

    @Test func oddMarkdownDoesNotTrapOrHang() {
        let nested = String(repeating: "[", count: 20_000) + "x" + String(repeating: "](", count: 5_000)
        let report = loadText(nested + "\n\n" + String(repeating: "<a", count: 20_000), extension: "md")
        #expect(report.articles.count == 1)
    }
}

@Suite struct HTMLFormatTests {
    private func article(_ name: String) throws -> Article {
        let report = ArticleLoader().load(paths: [LoadingFixtures.path(name)])
        #expect(report.problems.isEmpty)
        return try #require(report.articles.first)
    }

    @Test func openGraphMetadataWins() throws {
        let loaded = try article("html/article.html")
        #expect(loaded.title == "Offshore wind farm gets the green light")
        #expect(loaded.source == "The Northern Ledger")
        #expect(loaded.url == "https://example.org/wind-farm")
        #expect(loaded.date == "2031-03-15T08:00:00Z")
    }

    @Test func articleBodyIsExtractedWithoutPageChrome() throws {
        let loaded = try article("html/article.html")
        #expect(loaded.paragraphTexts == [
            "Offshore wind farm gets the green light",
            "Regulators approved a 1.2 GW wind farm 30 km off the coast — the largest yet & the first to use floating turbines.",
            "Local reaction",
            "Fishing groups said the zone would close about 200 square kilometres of fishing grounds.",
            "Construction is expected to start in 2033…",
            "Cost: £3bn",
            "Turbines: 80",
            "We have waited a long time for this, said a harbour official.",
        ])
        #expect(loaded.paragraphKinds.prefix(3) == [.heading, .body, .heading])
    }

    @Test func savedPageFallsBackToTitleCanonicalAndSavedFromComment() throws {
        let loaded = try article("html/saved-page.htm")
        #expect(loaded.title == "Tram line extension opens")
        #expect(loaded.url == "https://example.net/stories/tram")
        #expect(loaded.date == "2031-08-20")
        #expect(loaded.source == "saved-page")
        #expect(loaded.paragraphTexts.contains("Broken entity &unknown; and a bare ampersand & stay as written."))
        #expect(!loaded.text.contains("Sections"))
        #expect(!loaded.text.contains("JavaScript"))
    }

    @Test func jsonLinkedDataFillsMetadataOpenGraphLacks() {
        let page = #"""
        <html><head><title>Page title</title>
        <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "name": "Not this"},
          {"@type": ["NewsArticle"], "headline": "Port strike ends after 9 days", "datePublished": "2031-02-03",
           "publisher": {"@type": "Organization", "name": "Quay Times"}}]}</script>
        </head><body><p>Dock workers returned to work on Monday after a deal on pay.</p></body></html>
        """#
        let loaded = loadText(page, extension: "html").articles.first
        #expect(loaded?.title == "Port strike ends after 9 days")
        #expect(loaded?.date == "2031-02-03")
        #expect(loaded?.source == "Quay Times")
    }

    @Test func pageTitleLosesTheOutletSuffix() {
        let page = "<title>Dam level falls to 40% | River Post</title><meta property=\"og:site_name\" content=\"River Post\"><p>The reservoir level fell again this week, officials said.</p>"
        let loaded = loadText(page, extension: "html").articles.first
        #expect(loaded?.title == "Dam level falls to 40%")
        #expect(loaded?.source == "River Post")
    }

    @Test func entitiesDecodeIncludingNumericAndWindows1252() {
        #expect(HTMLEntities.decode("&eacute;&#233;&#xE9;&#150;&amp&lt;b&gt;&#0;&#99999999;") == "ééé–&<b>\u{FFFD}\u{FFFD}")
    }

    @Test func decodedControlCharactersAreStillRemoved() {
        let report = loadText("<p>Safe &#27;[31mtext&#x202E; here</p>", extension: "html")
        #expect(report.articles.first?.text == "Safe text here")
    }

    @Test func declaredLatin1PageIsDecodedAsWindows1252() throws {
        let directory = LoadingFixtures.scratchDirectory()
        defer { LoadingFixtures.cleanUp(directory) }
        let bytes = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf".utf8) + [0xE9, 0x20, 0x93]
            + Array("quoted".utf8) + [0x94] + Array("</p></body></html>".utf8)
        let path = LoadingFixtures.write(bytes, to: directory, name: "latin.html")
        let loaded = try #require(ArticleLoader().load(paths: [path]).articles.first)
        #expect(loaded.text == "Café “quoted”")
        #expect(loaded.warnings.isEmpty)
    }

    @Test func shareBarsAndRelatedLinksInsideTheArticleAreDropped() {
        let page = """
        <article><p>The bridge will close for two weeks of repairs starting on Monday.</p>
        <div class="share-tools"><p>Share on social media</p></div>
        <section id="related_links"><p>Another story entirely</p></section>
        <p class="byline">By Somebody</p></article>
        """
        #expect(loadText(page, extension: "html").articles.first?.paragraphTexts == ["The bridge will close for two weeks of repairs starting on Monday."])
    }

    @Test func bodyClassedLikeFurnitureStillLoads() {
        let page = "<div class=\"related\"><p>The only text on the page is inside this box.</p></div>"
        #expect(loadText(page, extension: "html").articles.first?.text == "The only text on the page is inside this box.")
    }

    @Test func unclosedTagsAndGarbageDoNotTrap() {
        let report = loadText("<p>Text <b>bold <div <p>more \"&#; <!-- open comment", extension: "html")
        #expect(report.articles.count == 1)
        #expect(report.articles.first?.text.contains("Text bold") == true)
    }
}
