import Testing
@testable import ParallaxModel

@Suite struct SentenceCaseFileTests {
    @Test func parsesCasesAndSkipsComments() throws {
        let cases = try SentenceCaseFile.parse("# header\n> A b. C d.\nA b.\nC d.\n\n# more\n> E.\nE.\n")
        #expect(cases == [
            SentenceCase(line: 2, paragraph: "A b. C d.", expected: ["A b.", "C d."]),
            SentenceCase(line: 7, paragraph: "E.", expected: ["E."]),
        ])
    }

    @Test func rejectsSentencesThatAreNotTheParagraphsText() {
        #expect(throws: SentenceCaseError.self) { try SentenceCaseFile.parse("> A b. C d.\nA b.\n") }
        #expect(throws: SentenceCaseError.self) { try SentenceCaseFile.parse("> A b.\n\n") }
        #expect(throws: SentenceCaseError.self) { try SentenceCaseFile.parse("orphan line\n") }
    }

    @Test func scoresExactCasesAndBoundaries() throws {
        let cases = try SentenceCaseFile.parse("> Dr. Ames left. He was tired.\nDr. Ames left.\nHe was tired.\n\n> One two. three.\nOne two.\nthree.\n")
        let score = SentenceSplitScore(cases: cases)
        #expect(score.total == 2)
        #expect(score.correct == 1)
        #expect(score.truePositives == 1)
        #expect(score.falseNegatives == 1)
        #expect(score.falsePositives == 0)
        #expect(score.recall == 0.5)
    }
}
