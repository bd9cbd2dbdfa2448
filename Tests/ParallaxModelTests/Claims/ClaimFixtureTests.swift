import Foundation
import Testing
@testable import ParallaxModel

/// The annotated fixtures as a regression test; `parallax-eval claims` prints the same figures.
@Suite struct ClaimFixtureTests {
    func sentences() throws -> [AnnotatedSentence] {
        let folder = claimFixtures().appendingPathComponent("extraction")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        return try files.flatMap { try ClaimAnnotations.parse(String(contentsOf: $0, encoding: .utf8), name: $0.lastPathComponent) }
    }

    @Test func fixturesCoverEnoughExpressions() throws {
        let all = try sentences()
        #expect(all.flatMap(\.claims).count >= 320)
        #expect(Set(all.flatMap(\.claims).map(\.kind)) == Set(ClaimKind.allCases))
    }

    @Test func extractionMeetsTheQualityBar() throws {
        let score = ExtractionScore.evaluate(try sentences())
        #expect(score.detection.f1 >= 0.97, "\(score.mistakes)")
        #expect(score.value.f1 >= 0.95)
        #expect(score.valueUnit.f1 >= 0.95)
        #expect(score.bounds.f1 >= 0.95)
        #expect(score.kind.f1 >= 0.95)
        #expect(score.labelsReportedAsQuantities == 0)
    }

    @Test func parserRejectsAnnotationsNotInTheSentence() {
        #expect(throws: ClaimAnnotations.ParseError.self) {
            try ClaimAnnotations.parse("> 5 troops came.\n= 6 troops | quantity | 6 | 6 | 6 | count | troops\n", name: "t")
        }
    }
}
