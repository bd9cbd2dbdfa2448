import Testing
@testable import ParallaxModel

/// Rules found by the fifth unseen batch: long official names with lower-case words, firms
/// with no tell-tale word, demonyms before portfolios, places named in other languages or
/// alone (rivers, seas), parties, and brand spellings. Every sentence is invented.
@Suite("Official names, firms, places and parties")
struct OfficialNamesAndFirmsTests {
    // MARK: Long official names

    @Test func onInsideABodysNameKeepsItWhole() {
        let result = analyze([["Activists wrote to the Varnland National Commission on Civil Liberties last week."]])
        #expect(result.mention("Varnland National Commission on Civil Liberties")?.type == .org)
        #expect(result.mention("Civil Liberties") == nil)
    }

    @Test func onBeforeADayEndsTheName() {
        let result = analyze([["The Commission on Tuesday rejected the plan."]])
        #expect(result.mention("Commission on Tuesday") == nil)
    }

    @Test func aLowercaseWordInsideACoordinatedOfficialName() {
        let result = analyze([["The Seeds and Garden products Safety Authority issued a warning."]])
        #expect(result.mention("Seeds and Garden products Safety Authority")?.type == .org)
        #expect(result.mention("Seeds") == nil)
    }

    @Test func twoNamesEndingInAKindOfBusinessAreAList() {
        let result = analyze([["Pilots at Korvel Airlines and Brenta Airlines walked out."]])
        #expect(result.mention("Korvel Airlines")?.type == .org)
        #expect(result.mention("Brenta Airlines")?.type == .org)
        #expect(result.mention("Korvel Airlines and Brenta Airlines") == nil)
    }

    @Test func aMuseumWithOfAndAndIsOneBody() {
        let result = analyze([["Thieves broke into the Royal Museums of Glass and Ceramics overnight."]])
        #expect(result.mention("Royal Museums of Glass and Ceramics")?.type == .org)
    }

    @Test func aBodyNamedForACountryInCapitalsKeepsItsFirstWord() {
        let result = analyze([["Asthma UK said its helpline was busy."]])
        #expect(result.mention("Asthma UK")?.type == .org)
        #expect(result.mention("UK") == nil)
    }

    // MARK: Firms

    @Test func aNameWhosePriceMovesByAPercentageIsAFirm() {
        let result = analyze([["Quelmont gained 1.5% in Paris.", "Dravik shares fell by 3 per cent."]])
        #expect(result.mention("Quelmont")?.type == .org)
        #expect(result.mention("Dravik")?.type == .org)
    }

    @Test func anArmOfAFirmIsAFirm() {
        let result = analyze([["Zelt Haulage, the freight arm of the state railway, cut jobs."]])
        #expect(result.mention("Zelt Haulage")?.type == .org)
    }

    @Test func aBusinessUnitIsAFirmOfItsOwnNotItsParent() {
        let result = analyze([["Shares in Siemens rose. Siemens Mobility won the signalling order."]])
        #expect(result.mention("Siemens Mobility")?.type == .org)
        #expect(result.entity(of: "Siemens Mobility")?.id != result.entity(of: "Siemens")?.id)
    }

    @Test func indexCompaniesTheListsLackAreKnown() {
        let result = analyze([["Analysts said Novo Nordisk and Eli Lilly would gain share."]])
        #expect(result.mention("Novo Nordisk")?.type == .org)
        #expect(result.mention("Eli Lilly")?.type == .org)
    }

    @Test func aDrugmakerNamedAfterItsKindIsAFirm() {
        let result = analyze([["The recall hurt the drugmaker Halvane badly."]])
        #expect(result.mention("Halvane")?.type == .org)
    }

    // MARK: Roles

    @Test func aDemonymBeforeAPortfolioAndTitleIsAGroup() {
        let result = analyze([["German Transport Minister Karla Weinreb toured the depot."]])
        #expect(result.mention("German")?.type == .group)
        #expect(result.mention("Karla Weinreb")?.type == .person)
        #expect(result.mention("Karla Weinreb")?.role == "Transport Minister")
    }

    @Test func aSurnameAloneAfterAPortfolioAndTitle() {
        let result = analyze([["Karla Weinreb spoke first. Transport Minister Weinreb promised new trains."]])
        #expect(result.mention("Weinreb")?.role == "Transport Minister")
        #expect(result.entity(of: "Weinreb")?.id == result.entity(of: "Karla Weinreb")?.id)
    }

    // MARK: Places

    @Test func aForeignStationOrSquareIsAPlace() {
        let result = analyze([["Crowds filled the Gare du Sud and the Piazza Belmonte."]])
        #expect(result.mention("Gare du Sud")?.type == .place)
        #expect(result.mention("Piazza Belmonte")?.type == .place)
    }

    @Test func riversAndRangesNamedAloneArePlaces() {
        let result = analyze([["Barges stood idle on the Rhine while snow closed passes in the Alps."]])
        #expect(result.mention("Rhine")?.type == .place)
        #expect(result.mention("Alps")?.type == .place)
    }

    @Test func aHyphenatedNameOfCapitalsOpeningASentenceIsKept() {
        let result = analyze([["Radio-Varnland put out a warning at noon."]])
        #expect(result.mention("Radio-Varnland") != nil)
    }

    @Test func aSaintsPossessiveNameRunsIntoThePlace() {
        let result = analyze([["Fans gathered outside St Thomas' Park and St Bride's Square."]])
        #expect(result.mention("St Thomas' Park")?.type == .place)
        #expect(result.mention("St Bride's Square")?.type == .place)
    }

    // MARK: Parties, people and bills

    @Test func aPartyNamedByItsPlaceInPower() {
        let result = analyze([["The opposition Bluehearts said the cuts were wrong."]])
        #expect(result.mention("Bluehearts")?.type == .org)
    }

    @Test func aCoalitionNamedBeforeTheWord() {
        let result = analyze([["Lawmakers of the ruling Umoja Mbele coalition backed down."]])
        #expect(result.mention("Umoja Mbele")?.type == .org)
    }

    @Test func aDescribedPeopleIsTheGroup() {
        let result = analyze([["Young Kenyans marched again, and young people joined them."]])
        #expect(result.mention("Kenyans")?.type == .group)
        #expect(result.mention("Young Kenyans") == nil)
    }

    @Test func aBillIsNoManCalledBill() {
        let result = analyze([["Anger grew over the Housing Levy Bill on Thursday."]])
        #expect(result.mention("Housing Levy Bill")?.type == .other)
    }

    // MARK: Tokens

    @Test func aLowercaseBrandWithAnInnerCapitalIsAName() {
        let result = analyze([["Passengers of flyVela were stranded."]])
        #expect(result.mention("flyVela") != nil)
    }

    @Test func lowerCaseWordsWithoutAnInnerCapitalAreNoName() {
        let tokens = NameTokenizer().tokens(Array("an easy jet mRNA".unicodeScalars), in: 0..<16)
        #expect(tokens.allSatisfy { !$0.isCapitalised })
    }
    // MARK: Names no one is called

    @Test func aPeoplesNameOpeningANameIsAFirm() {
        let result = analyze([["Reinsurer talks stalled, and later Swiss Vorta cut its forecast."]])
        #expect(result.mention("Swiss Vorta")?.type == .org)
    }

    @Test func threeEverydayWordsWithNoGivenNameAreNoOne() {
        let result = analyze([["Data from the European Drought Warning Scheme showed the worst July on record."]])
        #expect(result.mention("European Drought Warning Scheme")?.type == .org)
    }

    @Test func aCapitalInsideOneWordIsABrand() {
        let result = analyze([["On Monday AirVarn warned residents to stay indoors. DiCaprio warned fans too."]])
        #expect(result.mention("AirVarn")?.type == .org)
        #expect(result.mention("DiCaprio")?.type != .org)
    }

    @Test func anOutletNamedBeforeRadio() {
        let result = analyze([["He told Varnland Info radio the fires were under control."]])
        #expect(result.mention("Varnland Info")?.type == .org)
    }

    @Test func bodiesInOtherLanguagesKeepTheirConnectors() {
        let result = analyze([["Scientists at the Istituto di Ricerca Marina said the sea was warmer."]])
        #expect(result.mention("Istituto di Ricerca Marina")?.type == .org)
    }

    @Test func accentedPlaceHeadsAreFoundWithoutTheirAccents() {
        let result = analyze([["Smoke drifted over the Étang de Vaure and into the Città Bassa."]])
        #expect(result.mention("Étang de Vaure")?.type == .place)
        #expect(result.mention("Città Bassa")?.type == .place)
    }
    @Test func noOneIsWrittenWithThe() {
        let result = analyze([["Fans in the Kettle End threw flares."]])
        #expect(result.mention("Kettle End") != nil)
        #expect(result.mention("Kettle End")?.type != .person)
    }

    @Test func aDirectionBeforeAPlaceIsAPlace() {
        let result = analyze([["Cases rose across the Western Pacific this winter."]])
        #expect(result.mention("Western Pacific")?.type == .place)
    }

    @Test func aPortfolioListInsideAMinistrysName() {
        let result = analyze([["The Ministry of Fisheries, Forests and Waterways said it would help."]])
        #expect(result.mention("Ministry of Fisheries, Forests and Waterways")?.type == .org)
        #expect(result.mention("Waterways") == nil)
    }

    @Test func aListOfPlacesAfterAMinistryIsNoPortfolio() {
        let result = analyze([["Officials from the Ministry of Health, Lisbon and Braga met at noon."]])
        #expect(result.mention("Braga")?.type == .place)
    }
    @Test func aBodyBeforeAMajorityLeaderIsItsOwnName() {
        let result = analyze([["Senate Majority Leader Tom Harrowgate said the vote would pass."]])
        #expect(result.mention("Tom Harrowgate")?.role == "Majority Leader")
        #expect(result.mention("Senate")?.type == .org)
    }

    @Test func aPartysMemberAfterThePlaceIsThePlace() {
        let result = analyze([["Ana Ruiz, a New York Democrat, voted against the bill."]])
        #expect(result.mention("New York")?.type == .place)
        #expect(result.mention("New York Democrat") == nil)
    }

    @Test func aNewsAgencyIsAnOutletWhateverGivenNameItShares() {
        let result = analyze([["The official WAFA news agency reported the raid. Trump news conferences were cancelled."]])
        #expect(result.mention("WAFA")?.type == .org)
    }
    @Test func theSourceOfFiguresIsABody() {
        let result = analyze([["Sales fell 4%, according to data from Carvetta."]])
        #expect(result.mention("Carvetta")?.type == .org)
    }
    @Test func theRunnerOfAPlantIsAFirm() {
        let result = analyze([["No damage was found at the Vesk nuclear plant, operated by Nordhaven Energia."]])
        #expect(result.mention("Nordhaven Energia")?.type == .org)
        #expect(result.mention("Vesk")?.type == .place)
    }

    @Test func anOccupationOpeningTheSentenceIsNoPartOfTheName() {
        let result = analyze([["Seismologist Tenzo Kuwahata said aftershocks could go on for a week."]])
        #expect(result.mention("Tenzo Kuwahata")?.type == .person)
    }
    @Test func anEverydayWordBeforeACommaOpeningASentenceIsNoName() {
        let result = analyze([["Separately, Varnland's economy minister Luis Cabral met lenders."]])
        #expect(result.mention("Separately") == nil)
        #expect(result.mention("Luis Cabral")?.type == .person)
    }

    @Test func aModifiedWordEndsTheNameItBelongsTo() {
        let result = analyze([["The San Francisco-based company said it would hire."]])
        #expect(result.mention("San Francisco")?.type == .place)
        #expect(result.mention("Francisco") == nil)
    }

    @Test func aKnownProductAndItsTier() {
        let result = analyze([["The model goes first to ChatGPT Plus subscribers."]])
        #expect(result.mention("ChatGPT Plus")?.type == .other)
    }
    @Test func aLawIsALawWhateverItsFirstWord() {
        let result = analyze([["Investors wanted clarity on the Petroleum Industry Act."]])
        #expect(result.mention("Petroleum Industry Act")?.type == .other)
    }

    @Test func landNamedByACountryIsAPlace() {
        let result = analyze([["Militants in the Niger Delta threatened pipelines."]])
        #expect(result.mention("Niger Delta")?.type == .place)
    }
}
