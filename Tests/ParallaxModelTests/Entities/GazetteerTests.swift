import Foundation
import Testing
@testable import ParallaxModel

@Suite("Gazetteer tables")
struct GazetteerTests {
    @Test func everyGeneratedPlaceKeyIsTheKeyParallaxLooksUp() throws {
        let places = Gazetteer.shared.places
        #expect(places.count > 50_000)
        var mismatches: [String] = []
        var previous: [UInt8] = []
        for line in places.allLines() {
            // The script folds in Python; a key Swift folds differently would never be found.
            let surface = String(line.fields[0])
            if NameFolding.keyWithoutArticle(surface) != line.key { mismatches.append(surface) }
            let bytes = Array(line.key.utf8)
            #expect(previous.lexicographicallyPrecedes(bytes), "\(line.key) is out of order")
            previous = bytes
        }
        #expect(mismatches.isEmpty, "keys folded differently: \(mismatches.prefix(20))")
    }

    @Test func findsPlacesAliasesAndOrganisations() {
        let gazetteer = Gazetteer.shared
        #expect(gazetteer.entry("a coruna")?.canonical == "A Coruña")
        #expect(gazetteer.entry("zurich")?.type == .place)
        #expect(gazetteer.entry("zzzz nowhere") == nil)
        #expect(gazetteer.entry("") == nil)
        #expect(gazetteer.entry("nato")?.type == .org)
        #expect(gazetteer.longestName >= 4)
    }

    @Test func aCountryNamedAloneIsThePlaceNotItsPeople() {
        for country in ["myanmar", "new zealand", "burma", "ivory coast"] {
            #expect(Gazetteer.shared.entry(country)?.type == .place, "\(country)")
        }
        #expect(Gazetteer.shared.entry("new zealander")?.type == .group)
        #expect(Gazetteer.shared.entry("burmese")?.type == .group)
    }

    @Test func aCityNamedXCityIsNotTheRegionNamedX() {
        // "Gaza City" is the city, "Gaza" the strip; "Quebec City" the city, "Quebec" the province.
        #expect(Gazetteer.shared.entry("gaza city")?.canonical == "Gaza City")
        let quebec = ["quebec city", "quebec"].map { Gazetteer.shared.entry($0).map { NameFolding.key($0.canonical) } }
        #expect(quebec[0] != nil && quebec[0] != quebec[1])
        #expect(Gazetteer.shared.entry("mexico city")?.canonical != Gazetteer.shared.entry("mexico")?.canonical)
    }

    @Test func givenNamesComeFromManyCountriesButNotFromEnglishWords() {
        let names = Gazetteer.shared.givenNames
        for name in ["davide", "amina", "priya", "maxime", "john"] { #expect(names.contains(name), "\(name)") }
        for word in ["winter", "stone", "independent"] { #expect(!names.contains(word), "\(word)") }
    }

    @Test func tableSearchesOwnDataAndSurvivesJunk() {
        let table = SortedNameTable(data: Data("# comment\nalpha\tA\tx\nbeta\tB\ty\nno tab here\n\tempty key\ngamma delta\tG\tz".utf8))
        #expect(table.fields(forKey: "alpha") == ["A", "x"])
        #expect(table.fields(forKey: "gamma delta") == ["G", "z"])
        #expect(table.fields(forKey: "gamma") == nil)
        #expect(table.fields(forKey: "alphabet") == nil)
        #expect(table.longestKeyWords == 2)
        // A line with an empty key field answers no lookup.
        #expect(table.fields(forKey: "") == nil)
        // Out of byte order is found all the same.
        let unordered = SortedNameTable(data: Data("zeta\tZ\nalpha\tA\nmu\tM\n".utf8))
        #expect(unordered.fields(forKey: "alpha") == ["A"])
        #expect(unordered.fields(forKey: "zeta") == ["Z"])
        #expect(unordered.fields(forKey: "m") == nil)
        // Out of byte order and not UTF-8: lookups may miss, but must not trap.
        let junk = SortedNameTable(data: Data([0xFF, 0x09, 0x0A, 0x09, 0x09, 0x0A, 0x7A, 0x09]))
        #expect(junk.count == 3)
        for key in ["z", "", "\u{FF}", "\t", String(repeating: "z", count: 100_000)] { _ = junk.fields(forKey: key) }
        #expect(SortedNameTable(data: Data()).fields(forKey: "x") == nil)
    }
}
