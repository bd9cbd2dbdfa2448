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

    @Test func largeRoundValuesReadInWordsAndUnitsAsSymbols() {
        #expect(ClaimDescription.readable(10e9) == "10 billion")
        #expect(ClaimDescription.readable(1.5e6) == "1.5 million")
        #expect(ClaimDescription.readable(800e9) == "800 billion")
        #expect(ClaimDescription.readable(12_345_678) == "12,345,678")
        #expect(ClaimDescription.readable(950_000) == "950,000")
        #expect(ClaimDescription.readable(-2e12) == "-2 trillion")
        #expect(ClaimDescription.readable(.infinity) == "∞")
        var builder = FixtureBuilder()
        builder.add(.init(source: "One", paragraphs: [(.body, "A 10 billion cubic metre line and 40% more.")]))
        _ = builder.claim("10 billion cubic metre", in: 0, value: 10e9, unit: "m3")
        _ = builder.claim("40%", in: 0, value: 40, unit: "percent")
        let claims = builder.story.claims[0]
        #expect(ClaimDescription.value(claims[0]) == "10 billion m³")
        #expect(ClaimDescription.value(claims[1]) == "40%")
    }
}
