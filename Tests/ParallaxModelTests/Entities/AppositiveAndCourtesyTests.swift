import Testing
@testable import ParallaxModel

/// Rules found by the fourth round of held-out stories: an appositive that names a kind of
/// organisation, and courtesy titles that tell two people with one surname apart.
@Suite("Organisation appositives and courtesy titles")
struct AppositiveAndCourtesyTests {
    @Test func anAppositiveNamingAKindOfOrganisationTypesTheName() {
        let result = analyze([["The case began with complaints from Pollery, a small Welsh price-comparison site.", "Pollery welcomed the ruling."]])
        #expect(result.mention("Pollery")?.type == .org)
    }

    @Test func aPersonWhoseAppositiveMentionsAFirmStaysAPerson() {
        let result = analyze([["Bill Tarrant, a partner at the law firm Hobson Lane, said appeals take years."]])
        #expect(result.mention("Bill Tarrant")?.type == .person)
    }

    @Test func mrAndMrsWithOneSurnameAreTwoPeople() {
        let result = analyze([["Mrs Ardley said the ruling vindicated years of work, while Mr Ardley urged regulators to follow."]])
        let mentions = result.mentions[0].filter { $0.text == "Ardley" }
        #expect(mentions.count == 2)
        #expect(Set(mentions.compactMap(\.entityID)).count == 2)
    }

    @Test func anAbbreviatedTitleIsARoleNotAName() {
        let result = analyze([["Roads were cut, said Col. Bogdan Sereda, the commander.", "Gen. Mira Lutz arrived later."]])
        #expect(result.mention("Bogdan Sereda")?.role == "Col.")
        #expect(result.mention("Col") == nil)
        #expect(result.mention("Mira Lutz")?.role == "Gen.")
        #expect(result.mention("Gen") == nil)
    }
}
