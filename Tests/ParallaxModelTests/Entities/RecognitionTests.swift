import Testing
@testable import ParallaxModel

@Suite("Entity recognition")
struct RecognitionTests {
    @Test func titleBecomesRoleAndStaysOutOfTheSpan() {
        let result = analyze([["On Friday, General Amos Verhoeven met President Leila Haddad in Vienna."]])
        let general = result.mention("Amos Verhoeven")
        #expect(general?.type == .person)
        #expect(general?.role == "General")
        #expect(result.mention("Leila Haddad")?.role == "President")
        #expect(result.mention("Vienna")?.type == .place)
        #expect(!result.texts[0].contains("Friday"))
        #expect(!result.texts[0].contains("On Friday"))
    }

    @Test func nationalityBeforeATitleIsAGroupOfItsOwn() {
        let result = analyze([["The talks were led by Ukrainian Prime Minister Danylo Koval and his aides."]])
        #expect(result.mention("Ukrainian")?.type == .group)
        #expect(result.mention("Danylo Koval")?.role == "Prime Minister")
    }

    @Test func lowerCaseTitleBeforeANameIsARole() {
        let result = analyze([["The statement was signed by defence minister Rasa Lind on Monday."]])
        #expect(result.mention("Rasa Lind")?.role == "defence minister")
    }

    @Test func possessivesAreCutForEveryApostropheStyle() {
        let result = analyze([["Canada’s envoy, Canada's allies and Canada‘s critics spoke. Kenyans’ views differ."]])
        #expect(result.texts[0].filter { $0 == "Canada" }.count == 3)
        #expect(result.mention("Kenyans")?.type == .group)
        #expect(Set(result.mentions[0].map(\.entityID)).count == 2)
    }

    @Test func surnameParticlesStayInsideTheName() {
        let result = analyze([[
            "Commission President Ursula von der Leyen arrived with Rita van den Berg. Von der Leyen spoke first, and da Silva replied.",
        ]])
        #expect(result.mention("Ursula von der Leyen")?.type == .person)
        #expect(result.mention("Rita van den Berg")?.type == .person)
        #expect(result.mention("Von der Leyen")?.entityID == result.mention("Ursula von der Leyen")?.entityID)
        #expect(result.mention("da Silva")?.type == .person)
        #expect(!result.texts[0].contains("der Leyen") && !result.texts[0].contains("Silva"))
    }

    @Test func sentenceOpenersAreNotNames() {
        let result = analyze([["Officials said the bridge was closed. Meanwhile residents waited. However, Tomas Brandt said repairs were under way."]])
        #expect(result.texts[0] == ["Tomas Brandt"])
    }

    @Test func monthsAndWeekdaysAreNeverNames() {
        let result = analyze([["In May the council met on Tuesday in Lisbon, and again in March."]])
        #expect(result.texts[0] == ["Lisbon"])
    }

    @Test func surnameAloneFollowsTheFullNameInTheStory() {
        let result = analyze([["Rescue chief Ilse Vandermeer visited the site.", "Vandermeer said the work would take weeks."]])
        #expect(result.mention("Vandermeer")?.type == .person)
        #expect(result.entity(of: "Vandermeer")?.id == result.entity(of: "Ilse Vandermeer")?.id)
    }

    @Test func acronymDefinedInBracketsLinksBothForms() {
        let result = analyze([["The Centre for Coastal Resilience (CCR) published the report. CCR said the sea wall failed."]])
        let long = result.entity(of: "Centre for Coastal Resilience")
        #expect(long?.type == .org)
        #expect(result.mentions[0].filter { $0.text == "CCR" }.allSatisfy { $0.entityID == long?.id })
    }

    @Test func organisationWordsMakeOrganisations() {
        let result = analyze([["Staff at the Ministry of Fisheries and the Baltic Maritime Institute disagreed with Norland Shipping Group."]])
        #expect(result.mention("Ministry of Fisheries")?.type == .org)
        #expect(result.mention("Baltic Maritime Institute")?.type == .org)
        #expect(result.mention("Norland Shipping Group")?.type == .org)
    }

    @Test func placeContextTypesUnknownPlaces() {
        let result = analyze([["Shelling hit the village of Zarichne overnight and the Vorskla region was without power."]])
        #expect(result.mention("Zarichne")?.type == .place)
        #expect(result.mention("Vorskla")?.type == .place)
    }

    @Test func hyphenatedModifiersKeepOnlyTheName() {
        let result = analyze([["Kremlin-backed groups and pro-Russian bloggers praised the Kyiv-based outlet."]])
        #expect(result.texts[0] == ["Kremlin", "Russian", "Kyiv"])
        #expect(result.mention("Russian")?.type == .group)
    }

    @Test func hyphenatedGivenNamesStayWhole() {
        let result = analyze([["Premier Cho Min-seo met Lee Ha-eun in Busan."]])
        #expect(result.mention("Cho Min-seo")?.role == "Premier")
        #expect(result.mention("Lee Ha-eun")?.type == .person)
    }

    @Test func titleCaseHeadlineKeepsOnlyConfirmedNames() {
        let article = makeArticle([
            "Harlan Vosk Rejects Port Deal as Lisbon Waits",
            "Harlan Vosk, the union leader, rejected the deal on Monday. Vosk said the port would stay closed.",
        ], headings: [0])
        let result = EntityAnalyzer().analyze([article])
        let headline = result.mentions[0].filter { $0.span.end <= article.paragraphs[0].span.end }.map(\.text)
        #expect(headline == ["Harlan Vosk", "Lisbon"])
    }

    @Test func allCapsHeadlineMatchesTheBody() {
        let article = makeArticle(["STORM ELSA FLOODS PORTO", "Storm Elsa reached Porto on Sunday."], headings: [0])
        let result = EntityAnalyzer().analyze([article])
        #expect(result.mentions[0].map(\.text) == ["ELSA", "PORTO", "Elsa", "Porto"])
        #expect(result.mention("ELSA")?.type == .other)
        #expect(result.entity(of: "ELSA")?.id == result.entity(of: "Elsa")?.id)
    }

    @Test func eventsAreOther() {
        let result = analyze([["Veterans of the Second World War attended the Paris Olympics."]])
        #expect(result.mention("Second World War")?.type == .other)
        #expect(result.mention("Paris Olympics")?.type == .other)
    }

    @Test func initialismsKeepTheirDots() {
        let result = analyze([["The U.S. and the U.N. responded."]])
        #expect(result.mention("U.S.")?.type == .place)
        #expect(result.mention("U.N.")?.type == .org)
    }
}
