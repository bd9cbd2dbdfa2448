import Foundation
import Testing
@testable import ParallaxModel

/// Variants beyond spelling: word order, a place with or without its kind word, a person
/// called by a given name alone, and a place mistyped as an organisation.
@Suite("Name variants: order, designators, given names")
struct NameVariantTests {
    @Test func aNameWrittenFamilyNameFirstMeetsItsWesternOrder() {
        let result = analyze([
            ["Defence Minister Minoru Kihara visited the port on Friday."],
            ["Kihara Minoru, the defence minister, toured the harbour."],
        ])
        let id = result.entity(of: "Minoru Kihara")?.id
        #expect(id != nil)
        #expect(result.entity(of: "Kihara Minoru", in: 1)?.id == id)
    }

    @Test func aReversedNameSharingOneWordIsAnotherPerson() {
        let result = analyze([
            ["Kenta Ozawa, the mayor, spoke first."],
            ["Ozawa Minoru, a fisherman, spoke after him."],
        ])
        #expect(result.entity(of: "Kenta Ozawa")?.id != nil)
        #expect(result.entity(of: "Ozawa Minoru", in: 1)?.id != result.entity(of: "Kenta Ozawa")?.id)
    }

    @Test func aPlaceWithItsAdministrativeWordIsThePlace() {
        let result = analyze([
            ["Rescuers reached Kuji City by road on Tuesday."],
            ["Rescuers reached Kuji by road on Tuesday, officials said."],
        ])
        let id = result.entity(of: "Kuji City")?.id
        #expect(id != nil)
        #expect(result.entity(of: "Kuji", in: 1)?.id == id)
    }

    @Test func aLakeNamedAfterAnUnknownPlaceIsThatPlaceButNotAKnownCity() {
        let result = analyze([
            ["Diesel reached Lake Pyasino on Monday. Swimmers left Lake Geneva."],
            ["Diesel spread into Pyasino on Monday, and Geneva stayed calm."],
        ])
        #expect(result.entity(of: "Lake Pyasino")?.id != nil)
        #expect(result.entity(of: "Pyasino", in: 1)?.id == result.entity(of: "Lake Pyasino")?.id)
        #expect(result.entity(of: "Geneva", in: 1)?.id != nil)
        #expect(result.entity(of: "Geneva", in: 1)?.id != result.entity(of: "Lake Geneva")?.id)
    }

    @Test func aCityTheGazetteerKnowsByItsLongNameIsNotTheShorterPlace() {
        let result = analyze([["Flights left Mexico City for Mexico's north."], ["Flights across Mexico were delayed."]])
        #expect(result.entity(of: "Mexico City")?.id != nil)
        #expect(result.entity(of: "Mexico City")?.id != result.entity(of: "Mexico", in: 1)?.id)
    }

    @Test func aPersonCalledByTheirGivenNameInTheSameArticleIsThatPerson() {
        let result = analyze([
            ["Pauline Hartley, 61, waited for news of her son. Her sister said Pauline had not slept."],
        ])
        let id = result.entity(of: "Pauline Hartley")?.id
        #expect(id != nil)
        #expect(result.entity(of: "Pauline")?.id == id)
    }

    @Test func aGivenNameTwoPeopleShareStaysApart() {
        let result = analyze([
            ["Pauline Hartley and Pauline Mercer waited outside. Her sister said Pauline had not slept."],
        ])
        let lone = result.entity(of: "Pauline")?.id
        #expect(lone != nil)
        #expect(lone != result.entity(of: "Pauline Hartley")?.id)
        #expect(lone != result.entity(of: "Pauline Mercer")?.id)
    }
}

/// Countries named in their own languages, from CLDR (country-endonyms.tsv).
@Suite("Country endonyms")
struct CountryEndonymTests {
    @Test func aCountryNamedInItsOwnLanguageIsTheCountry() {
        let result = analyze([
            ["Prices rose in Germany and Poland, the survey found."],
            ["Prices rose in Deutschland and Polska, the survey found."],
        ])
        #expect(result.mention("Deutschland", in: 1)?.type == .place)
        #expect(result.entity(of: "Deutschland", in: 1)?.id == result.entity(of: "Germany")?.id)
        #expect(result.entity(of: "Polska", in: 1)?.id == result.entity(of: "Poland")?.id)
        #expect(result.entity(of: "Polska", in: 1)?.name == "Poland")
    }

    @Test func everyEndonymPointsAtACountryOfThePlacesTable() throws {
        let directory = try #require(ResourceLocator.modelResources?.appendingPathComponent("Gazetteer"))
        let text = try String(contentsOf: directory.appendingPathComponent("country-endonyms.tsv"), encoding: .utf8)
        let lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(lines.count > 50)
        for line in lines {
            let fields = line.split(separator: "\t").map(String.init)
            #expect(fields.count == 2, "\(line)")
            guard fields.count == 2 else { continue }
            #expect(Gazetteer.shared.entry(NameFolding.key(fields[1]))?.kind == .country, "\(line)")
            #expect(Gazetteer.shared.entry(NameFolding.key(fields[0]))?.canonical == fields[1], "\(line)")
        }
    }
}

@Suite("Adjectives of countries in body names")
struct CountryAdjectiveTests {
    @Test func aBodyNamedWithoutItsCountryStaysApartWhenTwoCountriesHaveOne() {
        let result = analyze([
            ["The Hellenic Fire Service said 40 fires were burning."],
            ["The Cyprus Fire Service sent two planes to Athens."],
            ["The Fire Service said the wind had dropped."],
        ])
        let cyprus = result.entity(of: "Cyprus Fire Service", in: 1)?.id
        #expect(cyprus != nil)
        #expect(result.entity(of: "Hellenic Fire Service")?.id != cyprus)
        #expect(result.entity(of: "Fire Service", in: 2)?.id != cyprus)
    }
}

@Suite("Typos against different names")
struct FinalVowelTests {
    @Test func namesDifferingInTheirFinalVowelAreTwoPlaces() {
        let result = analyze([
            ["Diesel spread into Pyasino on Monday."],
            ["Diesel spread into Pyasina on Monday."],
        ])
        #expect(result.entity(of: "Pyasino")?.id != nil)
        #expect(result.entity(of: "Pyasina", in: 1)?.id != result.entity(of: "Pyasino")?.id)
    }
}
