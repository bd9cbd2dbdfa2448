import Foundation
import Testing
@testable import ParallaxModel

/// World knowledge from the fourth round: listed companies, competitions, events, clubs,
/// indices, universities and parties, which no word inside the name gives away.
@Suite("Knowledge of companies, competitions and institutions")
struct KnowledgeTests {
    @Test func everyCompanyKeyIsTheKeyParallaxLooksUp() {
        let companies = Gazetteer.shared.companies
        #expect(companies.count > 2_000)
        var mismatches: [String] = []
        var previous: [UInt8] = []
        for line in companies.allLines() {
            let surface = String(line.fields[0])
            if NameFolding.keyWithoutArticle(surface) != line.key { mismatches.append(surface) }
            let bytes = Array(line.key.utf8)
            #expect(previous.lexicographicallyPrecedes(bytes), "\(line.key) is out of order")
            previous = bytes
            #expect(line.fields.count == 3 && line.fields[2] == "company", "\(line.key)")
        }
        #expect(mismatches.isEmpty, "keys folded differently: \(mismatches.prefix(20))")
    }

    @Test func companiesAreFoundWithAndWithoutLegalForms() {
        let gazetteer = Gazetteer.shared
        #expect(gazetteer.entry("infineon technologies")?.type == .org)
        #expect(gazetteer.entry("infineon")?.canonical == gazetteer.entry("infineon technologies")?.canonical)
        #expect(gazetteer.entryWithoutLegalSuffix(["basf", "se"])?.type == .org)
        #expect(gazetteer.entryWithoutLegalSuffix(["paris", "sa"]) == nil, "a place with a legal form is no company")
        // Common words and frequent surnames are not companies on their own.
        for word in ["digital", "investor", "interface", "morgan", "ross"] {
            #expect(gazetteer.entry(word)?.kind != .company, "\(word)")
        }
    }

    @Test func aListedCompanyBeforeASpeechVerbIsNoPerson() {
        let result = analyze([["On Monday Novartis said sales rose, and Morgan Stanley raised its target."]])
        #expect(result.mention("Novartis")?.type == .org)
        #expect(result.mention("Morgan Stanley")?.type == .org)
    }

    @Test func aLegalFormJoinsTheCompanyWithoutIt() {
        let result = analyze([["BASF SE said profits fell."], ["Analysts expect BASF to cut jobs."]])
        #expect(result.mention("BASF SE")?.type == .org)
        #expect(result.entity(of: "BASF SE")?.id == result.entity(of: "BASF", in: 1)?.id)
    }

    @Test func aCompanyNamedByACommonWordNeedsCapitalsAwayFromTheStart() {
        let result = analyze([["Visa fees rose for students. A visa now costs more, and on Friday Visa said card spending grew."]])
        let visas = result.mentions[0].filter { $0.text == "Visa" }
        #expect(visas.count == 1)
        #expect(visas.first?.type == .org)
    }

    @Test func aCourtesyTitleMakesACompanyNameAPerson() {
        let result = analyze([["Mr Bentley said the car was late."]])
        #expect(result.mention("Bentley")?.type == .person)
    }

    @Test func aPersonsSurnameBeatsTheCompanyOfThatName() {
        let result = analyze([["Harrison Ford arrived at the premiere. Later Ford said he was tired."]])
        #expect(result.mention("Ford")?.type == .person)
        #expect(result.entity(of: "Ford")?.id == result.entity(of: "Harrison Ford")?.id)
    }

    @Test func competitionsAndEventsAreOther() {
        let result = analyze([["The club reached the Europa League final, and the Ryder Cup moved because of Covid-19."]])
        #expect(result.mention("Europa League")?.type == .other)
        #expect(result.mention("Ryder Cup")?.type == .other)
        #expect(result.mention("Covid-19")?.type == .other)
        #expect(result.mention("Covid") == nil)
    }

    @Test func aListedNameGoesOnWithItsNumberOrLetter() {
        let result = analyze([["Lyon finished third in Ligue 1, and the Nikkei 225 rose while Serie A clubs spent less."]])
        #expect(result.mention("Ligue 1")?.type == .other)
        #expect(result.mention("Nikkei 225")?.type == .other)
        #expect(result.mention("Serie A")?.type == .other)
        #expect(result.mention("Serie") == nil)
    }

    @Test func clubsWithoutATellTaleWordAreOrganisations() {
        let result = analyze([["Feyenoord beat Galatasaray, and Borussia Dortmund drew with Atalanta."]])
        for club in ["Feyenoord", "Galatasaray", "Borussia Dortmund", "Atalanta"] {
            #expect(result.mention(club)?.type == .org, "\(club)")
        }
    }

    @Test func aUniversityTownIsTheUniversityForThoseWhoWorkThere() {
        let result = analyze([["\"The data are clear,\" said a physicist at Cambridge. She lives in Cambridge with her family."]])
        let cambridges = result.mentions[0].filter { $0.text == "Cambridge" }
        #expect(cambridges.map(\.type) == [.org, .place])
        #expect(Set(cambridges.map(\.entityID)).count == 2)
    }

    @Test func partiesAndIndicesAreKnown() {
        let result = analyze([["Supporters of Fidesz and the Sweden Democrats watched the Kospi and the Bovespa fall."]])
        #expect(result.mention("Fidesz")?.type == .org)
        #expect(result.mention("Sweden Democrats")?.type == .org)
        #expect(result.mention("Kospi")?.type == .other)
        #expect(result.mention("Bovespa")?.type == .other)
    }
}

/// Places the fourth round found missing, and the words that tell a university from its town.
@Suite("Regions, counties and university towns")
struct RegionAndTownTests {
    @Test func englishNamesOfRegionsAndCountiesArePlaces() {
        let gazetteer = Gazetteer.shared
        for region in ["bavaria", "catalonia", "normandy", "berkshire", "lower saxony", "flanders"] {
            #expect(gazetteer.entry(region)?.type == .place, "\(region)")
        }
        // ISO names of Länder and English counties come from the generated table.
        #expect(gazetteer.entry("thuringen")?.kind == .region)
        #expect(gazetteer.entry("wiltshire")?.kind == .region)
        // A city keeps its kind when a province shares its name.
        #expect(gazetteer.entry("bologna")?.kind == .city)
    }

    @Test func aTownOwningAnInstituteOrLeadingAStudyIsTheUniversity() {
        let result = analyze([["She led the trial at Oxford’s Jenner Institute. The Oxford-led study ran in Kenya. Oxford is busy."]])
        let oxfords = result.mentions[0].filter { $0.text == "Oxford" }
        #expect(oxfords.map(\.type) == [.org, .org, .place])
    }

    @Test func oneWordBeforeAKindOfBusinessAfterASaysWhereItIs() {
        let result = analyze([["How a Tarnby start-up took on the giants, and why the Ostrander steelworks closed."]])
        #expect(result.mention("Tarnby")?.type == .place)
        #expect(result.mention("Ostrander")?.type == .org)
    }

    @Test func aPartyNamedByAWordIsThatWordInATitleCaseHeadline() {
        let article = makeArticle(["Labour Shortage Hits Farms in Kent", "Farmers said labour was scarce this summer."], headings: [0])
        let result = EntityAnalyzer().analyze([article])
        #expect(result.mention("Labour") == nil)
        #expect(result.mention("Kent")?.type == .place)
    }
}

@Suite("Public bodies and names ending in a country")
struct PublicBodyTests {
    @Test func centralBanksAndRegulatorsAreKnownInHeadlines() {
        let article = makeArticle(["Bank of Korea Holds Rates as Ofgem Caps Bills", "The decision was expected."], headings: [0])
        let result = EntityAnalyzer().analyze([article])
        #expect(result.mention("Bank of Korea")?.type == .org)
        #expect(result.mention("Ofgem")?.type == .org)
        #expect(result.mention("Korea") == nil)
    }

    @Test func aNameEndingInACountryIsABodyUnlessAGivenNameLeads() {
        let result = analyze([["Trails were closed by Parks Canada across Canada, and Sofia Montenegro said so."]])
        #expect(result.mention("Parks Canada")?.type == .org)
        #expect(result.mention("Canada")?.type == .place)
        #expect(result.mention("Sofia Montenegro")?.type == .person)
        #expect(result.entity(of: "Canada")?.id != result.entity(of: "Parks Canada")?.id)
    }

    @Test func singularNounsOfNationalityAreGroups() {
        let result = analyze([["The Spaniard beat a Briton in the final."]])
        #expect(result.mention("Spaniard")?.type == .group)
        #expect(result.mention("Briton")?.type == .group)
    }
}

/// Rules from the fourth fresh batch (a merger ruling, floods).
@Suite("Courts, charities, rivers and headline towns")
struct FourthBatchTests {
    @Test func aCourtTitleAfterACountryIsARole() {
        let result = analyze([["US District Judge Hanna Lorre blocked the deal."]])
        #expect(result.mention("Hanna Lorre")?.role == "District Judge")
        #expect(result.mention("US")?.type == .place)
    }

    @Test func unAgenciesAndCharitiesAreKnown() {
        let result = analyze([["The World Food Programme and Save the Children sent aid, Oxfam said."]])
        #expect(result.mention("World Food Programme")?.type == .org)
        #expect(result.mention("Save the Children")?.type == .org)
        #expect(result.mention("Oxfam")?.type == .org)
    }

    @Test func pluralRiversAfterTheNameMakeItAPlace() {
        let result = analyze([["Water rose in the Vesta and Korla rivers overnight."]])
        #expect(result.mention("Korla")?.type == .place)
        #expect(result.mention("Vesta")?.type == .place)
    }
}
