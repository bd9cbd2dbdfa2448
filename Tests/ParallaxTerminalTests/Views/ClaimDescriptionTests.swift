import ParallaxModel
import Testing
@testable import ParallaxTerminal

@Suite struct ClaimDescriptionTests {
    @Test func durationsAreSaidInTheUnitAPersonWouldUse() {
        #expect(ClaimDescription.durationUnit(for: 36_817_200).name == "months")
        #expect(ClaimDescription.durationUnit(for: 63_115_200).name == "years")
        #expect(ClaimDescription.durationUnit(for: 3 * 86_400).name == "days")
        #expect(ClaimDescription.durationUnit(for: 90 * 60).name == "minutes")
        #expect(ClaimDescription.durationUnit(for: 0.5).name == "seconds")
        #expect(ClaimDescription.durationUnit(for: .infinity).name == "seconds")
        #expect(ClaimDescription.durationUnit(for: -.nan).name == "seconds")
    }

    @Test func aClaimsValueReadsInThatUnit() {
        var builder = FixtureBuilder()
        builder.add(.init(source: "One", paragraphs: [(.body, "It took 14 months and a year.")]))
        _ = builder.claim("14 months", in: 0, value: 36_817_200, unit: "s")
        _ = builder.claim("a year", in: 0, value: 31_557_600, unit: "s")
        let claims = builder.story.claims[0]
        #expect(ClaimDescription.value(claims[0]) == "14 months")
        #expect(ClaimDescription.value(claims[1]) == "1 year")
    }
}
