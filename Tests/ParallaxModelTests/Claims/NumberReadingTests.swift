import Testing
@testable import ParallaxModel

@Suite struct NumberReadingTests {
    @Test(arguments: [
        ("The council counted 1,240 homes.", 1_240.0),
        ("Rescuers moved 12 000 residents.", 12_000),
        ("The index rose 1.5 points.", 1.5),
        ("The plan costs 800 billion.", 800e9),
        ("They raised $1.2bn last year.", 1.2e9),
        ("The club has 5k members.", 5_000),
        ("Twenty-five schools closed.", 25),
        ("It took two-and-a-half years.", 2.5 * 365.25 * 86_400),
        ("They hired a dozen pilots.", 12),
        ("Two hundred and fifty people came.", 250),
        ("Half a million tickets were sold.", 500_000),
        ("The bill is 1,240.5 euros.", 1_240.5),
    ])
    func readsWrittenNumbers(text: String, value: Double) throws {
        let claim = try #require(quantity(in: text))
        #expect(abs((claim.value ?? -1) - value) <= 1e-6 * value)
    }

    @Test func keepsWrittenValueBeforeConversion() throws {
        let claim = try #require(quantity(in: "They took 500 square miles of land."))
        #expect(claim.writtenValue == 500)
        #expect(claim.value == 1_294.994)
        #expect(claim.unit == "km2")
        #expect(claim.writtenUnit == "square miles")
    }

    @Test func fractionsAndPercentagesAreShares() throws {
        #expect(try #require(quantity(in: "A third of the land was flooded.")).unit == "percent")
        #expect(try #require(quantity(in: "Turnout was 40 per cent.")).value == 40)
        #expect(try #require(quantity(in: "Prices rose 40% in a year.")).value == 40)
    }

    @Test func vagueAmountsAreRangesWithoutValue() throws {
        let tens = try #require(quantity(in: "Tens of thousands of troops arrived."))
        #expect(tens.value == nil && tens.low == 10_000 && tens.high == 99_999)
        let dozens = try #require(quantity(in: "Dozens of boats were seized."))
        #expect(dozens.low == 24 && dozens.high == 99)
        let thousands = try #require(quantity(in: "Thousands of people marched."))
        #expect(thousands.low == 1_000 && thousands.high == 9_999)
    }

    @Test func writtenRangesKeepBothEnds() throws {
        let hyphen = try #require(quantity(in: "They hired 10,000-12,000 workers."))
        #expect(hyphen.writtenRange == [10_000, 12_000] && hyphen.value == nil)
        let between = try #require(quantity(in: "Between 5 and 8 ships are due."))
        #expect(between.low == 5 && between.high == 8)
        let shared = try #require(quantity(in: "It could reach from 3 to 4 million homes."))
        #expect(shared.low == 3_000_000 && shared.high == 4_000_000)
    }

    @Test func aChangeIsNotARange() {
        let found = claims(in: "Inflation fell from 9 to 6 percent.").filter { $0.kind == .quantity }
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.unit == "percent" && $0.writtenRange == nil })
    }
}
