import Foundation
import Testing
@testable import ParallaxModel

@Suite struct TextFormatTests {
    private func article(_ fixture: String) throws -> Article {
        let report = ArticleLoader().load(paths: [LoadingFixtures.path(fixture)])
        #expect(report.problems.isEmpty, "\(report.problems)")
        return try #require(report.articles.first)
    }

    @Test func yamlFrontMatterGivesMetadataAndIgnoresUnknownKeys() throws {
        let loaded = try article("text/yaml-front-matter.txt")
        #expect(loaded.title == "Harbour bridge reopens after repairs")
        #expect(loaded.source == "Coastal Courier")
        #expect(loaded.date == "2031-04-02")
        #expect(loaded.url == "https://example.org/bridge")
        #expect(loaded.paragraphTexts.count == 2)
        #expect(!loaded.text.contains("editor"))
        #expect(!loaded.text.contains("---"))
    }

    @Test func leadingKeyLinesAreMetadataOnlyWhenRecognised() throws {
        let loaded = try article("text/key-lines.txt")
        #expect(loaded.title == "Library extends opening hours")
        #expect(loaded.source == "Valley Gazette")
        #expect(loaded.date == "2031-05-09")
        #expect(loaded.paragraphTexts.last?.hasPrefix("Update: the change") == true)
    }

    @Test func unrecognisedFirstKeyLineIsBodyText() {
        let report = loadText("Update: the vote was postponed until next week by the committee.\nSecond line of the article, long enough to be a body paragraph.")
        #expect(report.articles.first?.paragraphTexts.first == "Update: the vote was postponed until next week by the committee.")
        #expect(report.articles.first?.title == nil)
    }

    @Test func blankLineSeparatedBlocksJoinHardWrappedLines() throws {
        let loaded = try article("text/hard-wrapped.txt")
        #expect(loaded.paragraphTexts.count == 3)
        #expect(loaded.paragraphTexts[1].hasPrefix("Forecasters said the region received 312 millimetres of rain in September,"))
        #expect(loaded.paragraphTexts[1].hasSuffix("would stay high."))
    }

    @Test func headingLineAboveAParagraphIsNotJoinedOntoIt() {
        let long = "The regional council confirmed on Friday that the old hospital site will become a park with a playground, a pond and a small cafe."
        let report = loadText("Plans for the hospital site\n" + long + "\n\nA second block of text follows after a blank line here.")
        #expect(report.articles.first?.paragraphTexts == ["Plans for the hospital site", long, "A second block of text follows after a blank line here."])
        #expect(report.articles.first?.paragraphKinds == [.heading, .body, .body])
    }

    @Test func withoutBlankLinesEachLineIsAParagraph() throws {
        let loaded = try article("text/line-per-paragraph.txt")
        #expect(loaded.paragraphTexts.count == 5)
        #expect(loaded.paragraphKinds == [.heading, .body, .body, .heading, .body])
    }

    @Test func shortFirstLineWithoutPunctuationIsTheTitleAndStaysAsHeading() throws {
        let loaded = try article("text/line-per-paragraph.txt")
        #expect(loaded.title == "Ferry operator cancels winter timetable")
        #expect(loaded.paragraphTexts.first == "Ferry operator cancels winter timetable")
        #expect(loaded.sentences.first == loaded.paragraphs.first?.span)
    }

    @Test func firstLineEndingInPunctuationIsNotATitle() {
        let report = loadText("Short sentence here.\nAnother line that is a body paragraph of the article text.")
        #expect(report.articles.first?.title == nil)
        #expect(report.articles.first?.paragraphKinds == [.body, .body])
    }

    @Test func bylineIsNotATitle() {
        let report = loadText("By Sam Example\nThe bakery on the corner closed after 60 years of trading, its owners said.")
        #expect(report.articles.first?.title == nil)
    }

    @Test func longFirstLineIsNotATitle() {
        let long = Array(repeating: "word", count: 20).joined(separator: " ")
        let report = loadText(long + "\nBody.")
        #expect(report.articles.first?.title == nil)
    }

    @Test func appearedFirstOnFooterNamesTheSourceAndIsDropped() throws {
        let loaded = try article("text/syndicated.txt")
        #expect(loaded.source == "Riverside Daily News")
        #expect(!loaded.text.contains("appeared first on"))
        #expect(loaded.paragraphTexts.count == 2)
    }

    @Test func originallyAppearedFooterNamesTheSource() throws {
        let loaded = try article("text/originally-appeared.txt")
        #expect(loaded.source == "The Meadow Review")
        #expect(!loaded.text.contains("originally appeared"))
    }

    @Test func metadataSourceWinsOverFooterButFooterIsStillDropped() {
        let report = loadText("Source: Wire Desk\n\nA paragraph of body text that reports the news of the day.\n\nThe post Something happened appeared first on Other Outlet.")
        #expect(report.articles.first?.source == "Wire Desk")
        #expect(report.articles.first?.text.contains("Other Outlet") == false)
    }

    @Test func sourceFallsBackToTheFileStem() {
        let report = loadText("Body text without any hint of the outlet that published it.")
        #expect(report.articles.first?.source == "article")
    }

    @Test func repeatedBlockIsCollapsedWithAWarning() throws {
        let loaded = try article("text/repeated-block.txt")
        #expect(loaded.paragraphTexts.count == 4)
        #expect(loaded.paragraphTexts.filter { $0.hasPrefix("The museum will reopen") }.count == 1)
        #expect(loaded.warnings.contains("repeated block of 2 paragraphs removed"))
        #expect(!loaded.text.contains("Advertisement"))
    }

    @Test func promotionalLinkLinesAreDropped() {
        let body = "The dam was completed in 1962 and supplies water to about 400,000 homes in the valley."
        let report = loadText(body + "\nREAD MORE: Ten things you did not know about dams\nRelated: Reservoir levels hit record low\n" + body.replacingOccurrences(of: "1962", with: "1963"))
        #expect(report.articles.first?.paragraphTexts.count == 2)
        #expect(report.articles.first?.warnings.first?.hasPrefix("2 page-furniture lines removed") == true)
    }

    @Test func repeatedShortSentenceIsKept() {
        let report = loadText("“No.”\nThe minister was asked twice whether the plan would go ahead this year.\n“No.”")
        #expect(report.articles.first?.paragraphTexts.count == 3)
    }

    @Test func embeddedPostsBecomeEmbedParagraphs() throws {
        let loaded = try article("text/embedded-post.txt")
        #expect(loaded.paragraphKinds == [.body, .embed, .embed, .body, .embed, .embed, .body])
        let analysable = loaded.analysableSentences.map { loaded.string($0.span) }
        #expect(!analysable.contains { $0.contains("@harbour_watch") || $0.contains("biggest ship") })
    }

    @Test func paragraphSpansAreExactAndJoinedByABlankLine() throws {
        let loaded = try article("text/line-per-paragraph.txt")
        let rebuilt = loaded.paragraphTexts.joined(separator: "\n\n")
        #expect(rebuilt == loaded.text)
        for pair in zip(loaded.paragraphs, loaded.paragraphs.dropFirst()) {
            #expect(pair.1.span.start == pair.0.span.end + 2)
        }
        for sentence in loaded.sentences {
            #expect(loaded.paragraphs.contains { $0.span.contains(sentence) })
        }
    }
}
