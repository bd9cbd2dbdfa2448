import Testing
@testable import ParallaxModel

@Suite struct HedgeAndUnitTests {
    @Test(arguments: [
        ("About 300 people came.", 270.0, 330.0, "About"),
        ("Nearly 50,000 troops massed.", 45_000, 50_000, "Nearly"),
        ("More than 10,000 volunteers signed up.", 10_000, 1e18, "More than"),
        ("Up to 80 drones were launched.", 0, 80, "Up to"),
        ("An estimated 20,000 people marched.", 18_000, 22_000, "An estimated"),
        ("Just under 1,000 ballots were void.", 900, 1_000, "Just under"),
        ("At least 45 people died.", 45, 1e18, "At least"),
        ("Fewer than 300 inspectors remain.", 0, 300, "Fewer than"),
    ])
    func hedgesBecomeBounds(text: String, low: Double, high: Double, hedge: String) throws {
        let claim = try #require(quantity(in: text))
        #expect(abs((claim.low ?? -1) - low) < 1e-6 && abs((claim.high ?? -1) - high) < 1e-6)
        #expect(claim.hedge == hedge)
    }

    @Test func hedgesWrittenAfter() throws {
        #expect(try #require(quantity(in: "The strike involved 10,000-plus workers.")).high == 1e18)
        #expect(try #require(quantity(in: "A dozen or so reporters waited.")).low == 10.8)
    }

    @Test(arguments: [
        ("The lake covers 12 sq mi.", "km2", 31.079856),
        ("The fire burned 3,000 hectares.", "km2", 30),
        ("The pipeline runs 1,100 miles.", "km", 1_770.2784),
        ("The parcel weighed 10 lb.", "kg", 4.5359237),
        ("The ceasefire held for 72 hours.", "s", 259_200),
        ("Winds reached 70 mph.", "m/s", 31.2928),
        ("The EU approved €50bn.", "EUR", 50e9),
        ("Teachers earn 15,000 hryvnias.", "UAH", 15_000),
        ("The fine was ₽1.5m.", "RUB", 1.5e6),
        ("The deal is worth USD 300 million.", "USD", 300e6),
        ("He paid US$1.2bn.", "USD", 1.2e9),
    ])
    func unitsConvertToCanonical(text: String, unit: String, value: Double) throws {
        let claim = try #require(quantity(in: text))
        #expect(claim.unit == unit)
        #expect(abs((claim.value ?? -1) - value) <= 1e-9 * max(1, value))
    }

    @Test func adjectivalDurationCountsTheWar() throws {
        let claim = try #require(quantity(in: "It was the two-and-a-half-year war's worst week."))
        #expect(claim.unit == "s" && claim.noun == "war")
    }

    @Test func hyphenatedScaleAndUnitBeforeANoun() throws {
        let gas = try #require(quantity(in: "They agreed a 10-billion-cubic-metre pipeline."))
        #expect(gas.unit == "m3" && gas.value == 10e9)
        let steel = try #require(quantity(in: "It is a 2-million-tonne plant."))
        #expect(steel.unit == "kg" && steel.value == 2e9)
    }

    @Test func overMeansDuringWithoutALead() throws {
        #expect(try #require(claims(in: "The panel heard ten witnesses over six days.").last).high == 6 * 86_400)
        #expect(try #require(quantity(in: "The dispute has lasted for over two years.")).high == 1e18)
    }
}

@Suite struct SignedAndVolumeTests {
    @Test(arguments: [
        ("Brent rose 65 cents a barrel.", "USD", 0.65),
        ("Bus fares rise by 40 pence.", "GBP", 0.4),
        ("Stamps went up by 20 euro cents.", "EUR", 0.2),
    ])
    func hundredthsOfACurrencyAreMoney(text: String, unit: String, value: Double) throws {
        let claim = try #require(quantity(in: text))
        #expect(claim.unit == unit)
        #expect(abs((claim.value ?? 0) - value) < 1e-9)
    }

    @Test(arguments: [
        ("One in five adults smokes.", 20.0),
        ("Nearly 1 in 10 homes was damaged.", 10),
        ("Three out of four voters agreed.", 75),
        ("Turnout was about two-thirds.", 200.0 / 3),
        ("The drug cut deaths by a quarter.", 25),
    ])
    func ratiosAndBareFractionsAreShares(text: String, value: Double) throws {
        let claim = try #require(quantity(in: text))
        #expect(claim.unit == "percent")
        #expect(abs((claim.value ?? 0) - value) < 1e-9)
    }

    @Test func aQuarterWithoutOfOrByIsNotAShare() {
        #expect(claims(in: "Profits rose in the third quarter.").allSatisfy { $0.kind != .quantity })
    }

    @Test(arguments: [
        ("The bank cut rates by 25 basis points.", "percent", 0.25),
        ("The state will spend Rs 2,000 crore on roads.", "INR", 2e10),
        ("The scheme reached 8 lakh farmers.", "count", 8e5),
    ])
    func basisPointsAndIndianScales(text: String, unit: String, value: Double) throws {
        let claim = try #require(quantity(in: text))
        #expect(claim.unit == unit)
        #expect(abs((claim.value ?? 0) - value) < 1e-6)
    }

    @Test func aNumberWordAfterAFigureStartsItsOwnAmount() {
        let found = claims(in: "Turnout fell from 71% four years ago.").filter { $0.kind == .quantity }
        #expect(found.map(\.text) == ["71%", "four years"])
    }

    @Test(arguments: [
        ("A magnitude 6.8 earthquake struck at dawn.", "magnitude 6.8 earthquake"),
        ("The 7.1-magnitude quake shook the city.", "7.1-magnitude quake"),
        ("It was measured at magnitude 5.", "magnitude 5"),
    ])
    func earthquakeMagnitudesHaveTheirOwnUnit(text: String, span: String) throws {
        let claim = try #require(quantity(in: text))
        #expect(claim.unit == "magnitude")
        #expect(claim.text == span)
    }

    @Test func aDirectionAfterADistanceIsNotItsNoun() throws {
        #expect(try #require(quantity(in: "The quake struck 11 miles below the surface.")).noun == nil)
        #expect(try #require(quantity(in: "The town lies 60 kilometres south of the capital.")).noun == nil)
    }

    @Test func temperaturesMayBeNegative() throws {
        let claim = try #require(quantity(in: "Temperatures fell to minus 20 degrees Celsius."))
        #expect(claim.value == -20 && claim.unit == "degC")
    }

    @Test func aDashBeforeACountIsNotASign() throws {
        let claim = try #require(quantity(in: "Losses - 40 tanks - were confirmed."))
        #expect(claim.value == 40)
    }

    @Test func volumesConvertToCubicMetres() throws {
        let claim = try #require(quantity(in: "The tanker spilled 2,000 barrels of oil."))
        #expect(claim.unit == "m3" && abs((claim.value ?? 0) - 317.974589856) < 1e-6)
    }
}
