import Testing
@testable import ParallaxModel

/// Words at the head or end of a name that say what kind of thing it names.
@Suite("Head words of organisations and places")
struct HeadWordTests {
    @Test(arguments: [
        ("The Miyako Fisheries Cooperative said boats were lost.", "Miyako Fisheries Cooperative"),
        ("Trains of the Sanriku Railway stopped at noon.", "Sanriku Railway"),
        ("Tohoku Electric Power said its plant was safe.", "Tohoku Electric Power"),
        ("The U.S. Geological Survey put the magnitude at 7.4.", "U.S. Geological Survey"),
        ("Hindustan Aeronautics Limited built the capsule.", "Hindustan Aeronautics Limited"),
    ])
    func anOrganisationWordAtTheEndMakesAnOrganisation(sentence: String, name: String) {
        let result = analyze([[sentence]])
        #expect(result.mention(name)?.type == .org, "\(result.texts)")
    }

    @Test(arguments: [
        ("Evacuees slept in the Miyako Civic Gymnasium overnight.", "Miyako Civic Gymnasium"),
        ("Crowds gathered at Katara Cultural Village on Friday.", "Katara Cultural Village"),
        ("Power returned to Malviya Nagar by evening.", "Malviya Nagar"),
        ("Police closed Rue Martenot after the crash.", "Rue Martenot"),
        ("Smoke drifted over Carrer de la Creu at dawn.", "Carrer de la Creu"),
        ("Schools closed across Iwate Prefecture on Friday.", "Iwate Prefecture"),
    ])
    func aPlaceWordMakesAPlace(sentence: String, name: String) {
        let result = analyze([[sentence]])
        #expect(result.mention(name)?.type == .place, "\(result.texts)")
    }

    @Test func anAreaNamedWithItsRegionStaysAPlaceBesideAFirmNamedAfterIt() {
        let result = analyze([[
            "Tohoku Electric Power said its reactors were safe.",
            "Waves hit the coast of the Tohoku region on Thursday.",
        ]])
        let area = result.mentions[0].first { $0.text == "Tohoku" }
        #expect(area?.type == .place)
        #expect(area?.entityID != result.entity(of: "Tohoku Electric Power")?.id)
    }
}

/// Capitalised words that name no one: units, religions, decades, contractions of "I".
@Suite("Capitalised words that are no names")
struct NotNameWordTests {
    @Test(arguments: [
        "Temperatures passed 50 degrees Celsius in Mecca on Sunday.",
        "\"I just thought, I'm not going home,\" the rider said.",
        "Pilgrims from across the Kingdom prayed as Islam's holiest week began.",
        "The cost reached Rs 500 crore, officials in Delhi said.",
        "Fans who grew up in the Seventies queued outside.",
    ])
    func aWordThatNamesNoOneIsNoMention(sentence: String) {
        let result = analyze([[sentence]])
        let spurious = result.texts[0].filter { ["Celsius", "I'm", "Kingdom", "Islam", "Rs", "Seventies"].contains($0) }
        #expect(spurious.isEmpty, "\(result.texts)")
    }
}

/// Initials inside people's names.
@Suite("Initials in names")
struct InitialsTests {
    @Test(arguments: [
        ("President John F. Kennedy spoke in Berlin.", "John F. Kennedy"),
        ("The author J. K. Rowling said she was delighted.", "J. K. Rowling"),
        ("ISRO chairman V. Narayanan told reporters the crew was well.", "V. Narayanan"),
        ("ISRO chairman V Narayanan told reporters the crew was well.", "V Narayanan"),
        ("External Affairs Minister S Jaishankar spoke on Monday.", "S Jaishankar"),
    ])
    func anInitialStaysInsideTheName(sentence: String, name: String) {
        let result = analyze([[sentence]])
        #expect(result.mention(name)?.type == .person, "\(result.texts)")
    }

    @Test func aLoneCapitalThatIsAWordIsNoInitial() {
        let result = analyze([["A Russian drone hit the port, and I Spoke to witnesses."]])
        #expect(!result.texts[0].contains { $0.hasPrefix("A ") || $0.hasPrefix("I ") }, "\(result.texts)")
    }

    @Test func aNameWithAnInitialMeetsTheSurnameAlone() {
        let result = analyze([
            ["ISRO chairman V. Narayanan told reporters the crew was well."],
            ["Narayanan said the capsule would return on Sunday."],
        ])
        #expect(result.entity(of: "V. Narayanan")?.id != nil)
        #expect(result.entity(of: "Narayanan", in: 1)?.id == result.entity(of: "V. Narayanan")?.id)
    }
}

/// Islands news names alone (geographic-features.tsv).
@Suite("Islands")
struct IslandTests {
    @Test func anIslandNamedAloneIsAPlaceAndItsSpellingsMeet() {
        let result = analyze([
            ["Tourists left Evia on Monday as fires spread on Lesbos."],
            ["Fires spread on Lesvos and Euboea, officials said."],
        ])
        #expect(result.mention("Evia")?.type == .place, "\(result.texts)")
        #expect(result.entity(of: "Lesvos", in: 1)?.id == result.entity(of: "Lesbos")?.id)
        #expect(result.entity(of: "Euboea", in: 1)?.id == result.entity(of: "Evia")?.id)
    }
}
