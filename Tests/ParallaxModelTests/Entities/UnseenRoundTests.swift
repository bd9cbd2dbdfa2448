import Testing
@testable import ParallaxModel

/// Rules found by the second unseen set (Fixtures/EntitiesUnseen2): everyday words opening a
/// sentence, products and model versions named alone, acronyms of common nouns, regional
/// bodies. Every sentence here is our own, not the fixtures'.
@Suite("Second unseen round")
struct UnseenRoundTests {
    @Test func anEverydayWordOpeningTheSentenceIsNotPartOfTheName() {
        let result = analyze([["Okonkwo Brandt lost the final.", "Angry Brandt refused to shake hands."]])
        #expect(result.mention("Angry Brandt") == nil)
        #expect(result.mention("Brandt")?.type == .person)
    }

    @Test func anEverydayWordStaysWhenTheNameEndsInAKindOfOrganisation() {
        let result = analyze([["Veteran Affairs Institute staff walked out on Monday."]])
        #expect(result.mention("Veteran Affairs Institute")?.type == .org)
    }

    @Test func productsNamedAloneAreProducts() {
        let result = analyze([["Teachers say pupils use ChatGPT, Claude and Gemini for homework."]])
        #expect(result.mention("ChatGPT")?.type == .other)
        #expect(result.mention("Claude")?.type == .other)
        #expect(result.mention("Gemini")?.type == .other)
    }

    @Test func aTierWordAndAVersionNumberMakeAModel() {
        let result = analyze([["The new model, Korvane Large 2, answers faster than its rivals."]])
        #expect(result.mention("Korvane Large 2")?.type == .other)
        #expect(result.mention("Korvane Large") == nil)
    }

    @Test func acronymsOfCommonNounsAreNotNames() {
        let result = analyze([["AI will change farming, the CEO of Tellmark said."]])
        #expect(result.mention("AI") == nil)
        #expect(result.mention("CEO") == nil)
        #expect(result.mention("Tellmark")?.type == .org)
    }

    @Test func forumsAndFacilitiesAreOrganisations() {
        let result = analyze([["The Lagoon States Forum will run the new Reef Recovery Facility from Suva."]])
        #expect(result.mention("Lagoon States Forum")?.type == .org)
        #expect(result.mention("Reef Recovery Facility")?.type == .org)
    }

    @Test func regionalBodiesAreKnown() {
        let result = analyze([["Envoys from CARICOM, the Gulf Cooperation Council and the Nordic Council met in Geneva."]])
        #expect(result.mention("CARICOM")?.type == .org)
        #expect(result.mention("Gulf Cooperation Council")?.type == .org)
        #expect(result.mention("Nordic Council")?.type == .org)
    }

    @Test func wordsOnlyAFirmHasTypeAnUnknownName() {
        let result = analyze([[
            "Shares in Quillow fell 4%.",
            "Brannock's chief executive resigned.",
            "Pellaro, which makes ferries, said it would cut jobs.",
        ]])
        #expect(result.mention("Quillow")?.type == .org)
        #expect(result.mention("Brannock")?.type == .org)
        #expect(result.mention("Pellaro")?.type == .org)
    }

    @Test func whichWasOrWhichHasSaysNothingOfAFirm() {
        // A town is as often "X, which was called ..." as a firm: the town stays a place.
        let result = analyze([[
            "The flood reached the outskirts of Dravenka by noon.",
            "Residents of Dravenka, which was called Kostrel until 2019, queued for water.",
        ]])
        #expect(result.mention("Dravenka")?.type == .place)
    }

    @Test func anAppositiveWithTheNamesTheKindOfOrganisation() {
        let result = analyze([["Vostrel, the group that owns the port, declined to comment."]])
        #expect(result.mention("Vostrel")?.type == .org)
    }

    @Test func aWordInBracketsAfterAPersonIsTheirPartyNotTheirInitials() {
        let result = analyze([["Governor Marta Quental (PRB) opened the bridge. Senator Ivo Dantas Lobo (IDL) was absent."]])
        #expect(result.mention("PRB")?.type == .org)
        #expect(result.entity(of: "PRB")?.id != result.entity(of: "Marta Quental")?.id)
        #expect(result.entity(of: "IDL")?.id == result.entity(of: "Ivo Dantas Lobo")?.id)
    }

    @Test func foreignHeadWordsMakeOrganisations() {
        let result = analyze([["The Procuradoria-Geral da Fazenda and the Fundación Arroyo Verde filed a complaint."]])
        #expect(result.mention("Procuradoria-Geral da Fazenda")?.type == .org)
        #expect(result.mention("Fundación Arroyo Verde")?.type == .org)
    }

    @Test func aTownIsItsClubInAMatchReport() {
        let result = analyze([[
            "Leeds beat Burnley 3-1 in the league on Saturday.",
            "The Leeds manager praised his young striker.",
            "Heavy rain fell on Leeds for most of the week.",
        ]])
        #expect(result.mention("Leeds")?.type == .org)
        #expect(result.mention("Burnley")?.type == .org)
        #expect(result.mentions[0].filter { $0.text == "Leeds" }.map(\.type) == [.org, .org, .place])
    }

    @Test func aTitleOpeningWordThatIsAlsoATownStaysInTheRole() {
        let result = analyze([["Federal Health Minister Jonas Wehrle defended the plan."]])
        #expect(result.mention("Jonas Wehrle")?.role?.hasSuffix("Health Minister") == true)
        #expect(result.texts[0] == ["Jonas Wehrle"])
    }

    @Test func aPlaceAfterOfIsNotPartOfThePersonAfterIt() {
        let result = analyze([["The court convicted the former governor of Varkolia Ilda Moutinho on Tuesday."]])
        #expect(result.mention("Ilda Moutinho")?.type == .person)
        #expect(result.mention("Varkolia Ilda Moutinho") == nil)
    }

    @Test func aTownNamedAsItsClubIsTheClubAcrossTheStoryUnlessPutOnTheMap() {
        let result = analyze([
            ["Leeds beat Burnley 3-1 in the league on Saturday."],
            ["The decision is now up to Leeds, the agent said.", "The striker grew up in Leeds."],
        ])
        #expect(result.mentions[1].filter { $0.text == "Leeds" }.map(\.type) == [.org, .place])
    }

    @Test func inASportsReportOtherClubsTownsAreClubsToo() {
        let result = analyze([
            ["Leeds beat Burnley 3-1 in the league on Saturday."],
            ["Liverpool were also interested, people familiar with the matter said."],
        ])
        #expect(result.mention("Liverpool", in: 1)?.type == .org)
    }

    @Test func aWordShoutedInCapitalsAfterANameIsNotPartOfIt() {
        let result = analyze([["Vantor have turned down Halvard AGAIN, the club said."]])
        #expect(result.mention("Halvard") != nil)
        #expect(result.mention("Halvard AGAIN") == nil)
    }

    @Test func unknownCapitalsAfterAPrepositionAreABody() {
        let result = analyze([["Speaking to KVNT in Suva, the minister said the deal was done."]])
        #expect(result.mention("KVNT")?.type == .org)
        #expect(result.mention("Suva")?.type == .place)
    }

    @Test func aTitleCaseHeadlineKeepsANameThatIsAlsoAWord() {
        let article = makeArticle(["Trump Hails Trade Deal", "Donald Trump hailed the trade deal on Friday."], headings: [0])
        let result = EntityAnalyzer().analyze([article])
        #expect(result.mention("Trump")?.type == .person)
    }

    @Test func aSurnameAloneIsTheFatherWhenTheSonIsNamedToo() {
        let result = analyze([
            ["Marcus Fell Jr. spoke first. His father, Marcus Fell, followed."],
            ["Fell said the vote would be close."],
        ])
        #expect(result.entity(of: "Fell", in: 1)?.id == result.entity(of: "Marcus Fell")?.id)
        #expect(result.entity(of: "Fell", in: 1)?.id != result.entity(of: "Marcus Fell Jr.")?.id)
    }

    @Test func aPortfolioAfterATitleAndForIsNoName() {
        let result = analyze([[
            "The Minister Delegate for Rural Roads and Inland Waterways, Odile Varenne, opened the lock.",
            "A spokesman for Tellmark declined to comment.",
        ]])
        #expect(result.texts[0].contains("Rural Roads") == false)
        #expect(result.texts[0].contains("Inland Waterways") == false)
        #expect(result.mention("Odile Varenne")?.type == .person)
        #expect(result.mention("Tellmark") != nil)
    }

    @Test func governmentRanksOfOtherCountriesAreTitles() {
        let result = analyze([["State Secretary Ilse Marten and Minister Delegate Odile Varenne signed the accord."]])
        #expect(result.mention("Ilse Marten")?.role == "State Secretary")
        #expect(result.mention("Odile Varenne")?.role == "Minister Delegate")
    }

    @Test func shipsAndLakesAreNamedAfterTheirKind() {
        let result = analyze([["The MV Karang Jaya sank on Lake Sentani, and the HMS Corvell went to help."]])
        #expect(result.mention("MV Karang Jaya")?.type == .other)
        #expect(result.mention("HMS Corvell")?.type == .other)
        #expect(result.mention("Lake Sentani")?.type == .place)
    }

    @Test func everydayWordsShoutedInCapitalsAreNoName() {
        let result = analyze([["Raiders grabbed the crown in just FOUR MINUTES, police in Ghent said."]])
        #expect(result.mention("FOUR MINUTES") == nil)
        #expect(result.mention("Ghent")?.type == .place)
    }

    @Test func aNameBeforeParkOrSquareAfterTheIsAPlace() {
        let result = analyze([["The men left the Tervalen park at dawn."]])
        #expect(result.mention("Tervalen")?.type == .place)
    }

    @Test func peoplesOfRegionsAreGroups() {
        let result = analyze([["Flemish and Walloon parties disagree, and Punjabi farmers marched with Yoruba traders."]])
        #expect(result.mention("Flemish")?.type == .group)
        #expect(result.mention("Walloon")?.type == .group)
        #expect(result.mention("Punjabi")?.type == .group)
        #expect(result.mention("Yoruba")?.type == .group)
    }
}
