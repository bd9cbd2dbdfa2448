import Testing
@testable import ParallaxModel

@Suite("Entity roles")
struct RoleTests {
    @Test func titleWithOfIsTheRoleNotPartOfTheName() {
        let result = analyze([["Secretary of State Maren Albright flew to Oslo. Chief of Staff Piet Hollander stayed behind."]])
        #expect(result.mention("Maren Albright")?.role == "Secretary of State")
        #expect(result.mention("Piet Hollander")?.role == "Chief of Staff")
        #expect(!result.texts[0].contains { $0.hasPrefix("State") || $0.hasPrefix("Staff") })
    }

    @Test func anOccupationLabelBeforeANameIsARole() {
        let result = analyze([["Host Yamandu Orsi welcomed them. Economist Priya Nair said growth would slow."]])
        #expect(result.mention("Yamandu Orsi")?.role == "Host")
        #expect(result.mention("Priya Nair")?.role == "Economist")
    }

    @Test func aFormOfAddressAfterATitleIsNotPartOfTheRole() {
        let result = analyze([["Prime Minister Sir Keir Starmer met Health Secretary Dr Amara Osei."]])
        #expect(result.mention("Keir Starmer")?.role == "Prime Minister")
        #expect(result.mention("Amara Osei")?.role == "Health Secretary")
    }

    @Test func titleRunsOnThroughOfIntoItsPortfolio() {
        let result = analyze([["Minister of Employment Ana Ruiz met the unions. Minister of Defence Kovac did not."]])
        #expect(result.mention("Ana Ruiz")?.role == "Minister of Employment")
        #expect(result.mention("Kovac")?.role == "Minister of Defence")
        #expect(!result.texts[0].contains { $0.hasPrefix("Employment") || $0.hasPrefix("Defence") })
    }

    @Test func roleBeforeACommaIsTheRoleOfTheNameAfterIt() {
        let result = analyze([["Estonia's top commander, Tarmo Kivi, said the line held."]])
        #expect(result.mention("Tarmo Kivi")?.role == "top commander")
        #expect(result.mention("Tarmo Kivi")?.type == .person)
    }

    @Test func roleAfterACommaIsTheRoleOfTheNameBeforeIt() {
        let result = analyze([["\"We see no change,\" said Arvo Tamm, the Kremlin spokesman."]])
        #expect(result.mention("Arvo Tamm")?.role == "Kremlin spokesman")
    }

    @Test func commaWithoutATitleWordGivesNoRole() {
        let result = analyze([["In Tartu, the old town, Arvo Tamm met Liis Saar, a teacher from Narva."]])
        #expect(result.mention("Arvo Tamm")?.role == nil)
        #expect(result.mention("Liis Saar")?.role == nil)
    }
}

@Suite("Entity types of unknown names")
struct UnknownNameTypeTests {
    @Test func unknownNameEndingInACommonWordIsAnOrganisation() {
        let result = analyze([["Voters backed Blue Lantern, a small party. Its rival lit a lantern; Blue Lantern won anyway."]])
        #expect(result.mention("Blue Lantern")?.type == .org)
    }

    @Test func unknownTwoWordNameIsStillAPerson() {
        let result = analyze([["Voters backed Oskar Wennberg in the north."]])
        #expect(result.mention("Oskar Wennberg")?.type == .person)
    }
}

@Suite("Titles with of and no person")
struct TitleOfPlaceTests {
    @Test func titleOfAPlaceLeavesThePlaceAlone() {
        let result = analyze([["The President of Estonia spoke first."]])
        #expect(result.mention("Estonia")?.type == .place)
        #expect(result.mention("Estonia")?.role == nil)
        #expect(!result.texts[0].contains { $0.hasPrefix("of") })
    }
}

@Suite("Possessives inside names")
struct PossessiveNameTests {
    @Test func possessiveCommonNounBeforeAnOrganisationWordStaysInTheName() {
        let result = analyze([["She studied at Queen's University Belfast before the war. The queen was not there. Farmers' Union members and farmers marched."]])
        #expect(result.mention("Queen's University Belfast")?.type == .org)
        #expect(result.mention("Farmers' Union")?.type == .org)
    }

    @Test func possessiveNameBeforeAnOrganisationStaysApart() {
        let result = analyze([["Estonia's Defence Ministry said Kallas's Reform Party would reply. The ministry said little."]])
        #expect(result.mention("Estonia")?.type == .place)
        #expect(result.mention("Defence Ministry")?.type == .org)
        #expect(result.mention("Reform Party")?.type == .org)
    }
}

@Suite("Role conflicts count offices only")
struct RoleConflictTests {
    func entity(_ roles: [String: [String]]) -> Entity {
        Entity(id: "e1", name: "Keir Starmer", type: .person, roles: roles)
    }

    @Test func formsOfAddressAndCountriesAreNotConflicts() {
        #expect(!entity(["a1": ["Prime Minister Sir"], "a2": ["Mr"], "a3": ["Sir"]]).hasRoleConflict)
        #expect(!entity(["a1": ["President"], "a2": ["US president"], "a3": ["Mr."]]).hasRoleConflict)
        #expect(!entity(["a1": ["South Korean President"], "a2": ["president"]]).hasRoleConflict)
        #expect(!entity(["a1": ["Dr"], "a2": ["Health Minister"]]).hasRoleConflict)
    }

    @Test func differentOfficesStillConflict() {
        #expect(entity(["a1": ["President"], "a2": ["Commander-in-Chief"]]).hasRoleConflict)
        #expect(entity(["a1": ["Vice President"], "a2": ["Mr"], "a3": ["President"]]).hasRoleConflict)
        #expect(entity(["a1": ["Mrs"], "a2": ["Governor"], "a3": ["Mayor"]]).hasRoleConflict)
    }

    @Test func officesAreFolded() {
        #expect(RoleOffice.office("British Prime Minister Sir") == "prime minister")
        #expect(RoleOffice.office("Mr") == nil)
        #expect(RoleOffice.office("Defence Minister") == RoleOffice.office("defence minister"))
    }
}
