import Testing
@testable import ParallaxModel

@Suite struct NounAndAttributionTests {
    @Test func nounAndModifiers() throws {
        let claim = try #require(quantity(in: "Kyiv said approximately 11,000 North Korean troops were there."))
        #expect(claim.noun == "troops")
        #expect(claim.modifiers == ["North", "Korean"])
        #expect(claim.text == "approximately 11,000 North Korean troops")
    }

    @Test(arguments: [
        ("The 52-year-old engineer took charge of the plant.", "engineer"),
        ("The 35-year-old pilot flew the jet home.", "pilot"),
        ("About 1,500 Russian-held villages lost power.", "villages"),
        ("Nearly 2,000 US-led troops stayed.", "troops"),
    ])
    func anIrregularPastVerbEndsTheCountedNoun(text: String, noun: String) throws {
        #expect(try #require(quantity(in: text)).noun == noun)
    }

    @Test func subjectIncludesThePlace() throws {
        let claim = try #require(quantity(in: "There are 50,000 Russian troops in Kursk now."))
        #expect(claim.subject == "Russian troops in Kursk")
    }

    @Test(arguments: [
        ("Zelensky said 50,000 troops were there.", "Zelensky"),
        ("According to the Institute for the Study of War, Russia had 11,000 troops.", "Institute for the Study of War"),
        ("The Pentagon confirmed that 10,000 soldiers were sent.", "Pentagon"),
        ("There are 50,000 troops, said Oleksandr Syrskyi.", "Oleksandr Syrskyi"),
        ("Secretary of State Antony Blinken said 1,000 soldiers were hurt.", "Antony Blinken"),
    ])
    func attribution(text: String, speaker: String) throws {
        #expect(try #require(quantity(in: text)).attribution == speaker)
    }

    @Test func mentionsNameTheSpeaker() throws {
        let text = "President Volodymyr Zelensky said 50,000 troops were there."
        let start = 10, end = start + "Volodymyr Zelensky".unicodeScalars.count
        let mention = Mention(span: TextSpan(start, end), text: "Volodymyr Zelensky", type: .person, role: "President", entityID: "e1")
        let claim = try #require(claims(in: text, mentions: [mention]).first { $0.kind == .quantity })
        #expect(claim.attribution == "Volodymyr Zelensky")
    }

    @Test func anEstimatedIsNotASpeaker() throws {
        #expect(try #require(quantity(in: "The war has cost an estimated $800 billion.")).attribution == nil)
    }

    @Test func partCountsWhatTheWholeCounts() throws {
        let found = claims(in: "The air force downed 38 of the 45 drones.").filter { $0.kind == .quantity }
        #expect(found.map(\.noun) == ["drones", "drones"])
    }
}
