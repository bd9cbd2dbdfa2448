import Testing
@testable import ParallaxModel

@Suite struct ClaimKindTests {
    @Test(arguments: [
        ("Russia invaded in 2022.", "2022", ClaimKind.year),
        ("The 2022-23 winter was hard.", "2022-23", .year),
        ("In the 1990s it grew.", "1990s", .year),
        ("Talks are set for 12 August in Geneva.", "12 August", .date),
        ("On November 14, 2024, it ended.", "November 14, 2024", .date),
        ("The vote was on Aug. 6 after a delay.", "Aug. 6", .date),
        ("It started at 10:30 on Tuesday.", "10:30", .time),
        ("Sirens sounded at 5 p.m. there.", "5 p.m.", .time),
        ("It was the first attack.", "first", .ordinal),
        ("She finished 3rd in the race.", "3rd", .ordinal),
        ("Ukraine received F-16 jets.", "F-16", .identifier),
        ("Photos showed M-1978/1989 guns.", "M-1978/1989", .identifier),
        ("Russia tested its Status-6 torpedo.", "Status-6", .identifier),
        ("He posts as @Archer83Able online.", "@Archer83Able", .identifier),
        ("See https://example.com/a/2024/44 now.", "https://example.com/a/2024/44", .identifier),
        ("Call +380 44 123 4567 today.", "+380 44 123 4567", .identifier),
        ("It is on page 14 of the report.", "page 14", .identifier),
        ("Article 5 was invoked.", "Article 5", .identifier),
        ("The decree No. 64 was signed.", "No. 64", .identifier),
        ("The S&P 500 closed lower.", "S&P 500", .identifier),
        ("Regulators grounded the Boeing 737 after the incident.", "Boeing 737", .identifier),
        ("Users of Windows 11 saw the update.", "Windows 11", .identifier),
        ("The home side won 2-1 on Saturday.", "2-1", .identifier),
        ("The court ruled 5-4 against the plan.", "5-4", .identifier),
        ("The victim was a man in his 60s.", "60s", .identifier),
        ("The band was huge in the 80s.", "80s", .year),
        ("Police were called to 27 Mill Road overnight.", "27 Mill Road", .identifier),
    ])
    func labelsAreNotQuantities(text: String, span: String, kind: ClaimKind) throws {
        let found = claims(in: text)
        let claim = try #require(found.first { $0.text == span })
        #expect(claim.kind == kind)
        #expect(!found.contains { $0.kind == .quantity })
    }

    @Test func aYearBeforeACountedNounIsAnAmount() throws {
        #expect(try #require(quantity(in: "About 2000 troops stayed.")).value == 2_000)
        #expect(claims(in: "The 2,000 soldiers were deployed in 2023.").map(\.kind) == [.quantity, .year])
    }

    @Test(arguments: [
        ("Storm Leaves 300 Homeless Across Northern Valley", 300.0),
        ("Floods Kill 40 in Mountain Villages", 40),
        ("Perhaps 300 people came.", 300),
        ("The EU 90 billion loan was approved.", 90e9),
        ("The Kremlin said Kyiv lost 1,200 soldiers.", 1_200),
        ("Ukraine 50 years on: the war's long shadow.", 50 * 365.25 * 86_400),
        ("The market sold Rs 500 of grain.", 500),
    ])
    func aFigureAfterACapitalisedWordCanStillBeAnAmount(text: String, value: Double) throws {
        #expect(try #require(quantity(in: text)).value == value)
    }

    @Test(arguments: [
        "The two sides agreed to meet.",
        "Each of the three leaders gave a speech.",
        "Sales fell in the first half of the year.",
        "One of the goals was an exchange.",
        "One day the shelling stopped.",
        "One official said it was untrue.",
        "Both leaders praised the deal, and all three ministers signed it.",
    ])
    func idiomaticNumberWordsAreNotClaims(text: String) {
        #expect(claims(in: text).filter { $0.kind == .quantity }.isEmpty)
    }

    @Test(arguments: [
        ("The airline ordered 20 Boeing 787 jets.", 20.0, "jets"),
        ("It shipped 1.1 million iPhone 15 units.", 1_100_000, "units"),
    ])
    func aNamedModelInsideACountedPhraseIsPartOfTheNoun(text: String, value: Double, noun: String) throws {
        let claim = try #require(quantity(in: text))
        #expect(claim.value == value)
        #expect(claim.noun == noun)
    }

    @Test func theBeforeALargerNumberWordStillCounts() throws {
        #expect(try #require(quantity(in: "The trial of the seven defendants opens today.")).value == 7)
    }

    @Test func aCountedNumberWordIsAClaim() throws {
        let claim = try #require(quantity(in: "Officials confirmed that two soldiers were killed."))
        #expect(claim.value == 2 && claim.noun == "soldiers")
    }
}
