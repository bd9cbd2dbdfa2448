import Testing
@testable import ParallaxModel

/// Typing rules from the fourth round: products told by their shape, businesses told by the
/// noun after them, known names kept apart in lists, and Title Case headline verbs.
@Suite("Products, businesses and headline words")
struct ProductAndContextTests {
    @Test func modelNumbersAreProducts() {
        let result = analyze([["The carrier will fly the A321 on the route, while the army still flies Mi-8 helicopters."]])
        #expect(result.mention("A321")?.type == .other)
        #expect(result.mention("Mi-8")?.type == .other)
        #expect(result.mention("Mi") == nil)
    }

    @Test func aDesignationAfterADotOrASpaceBelongsToTheName() {
        let result = analyze([["Owners of the ID.7 were told to wait, and the Zeltra 910X chip was delayed."]])
        #expect(result.mention("ID.7")?.type == .other)
        #expect(result.mention("Zeltra 910X")?.type == .other)
        #expect(result.mention("ID") == nil)
    }

    @Test func quartersAreNoModels() {
        let result = analyze([["Sales in Q3 beat forecasts."]])
        #expect(result.mention("Q3") == nil)
    }

    @Test func designationsDifferingInDigitsAreDifferentThings() {
        let result = analyze([["The airline ordered A320 jets."], ["The airline also ordered A321 jets."]])
        let first = result.entity(of: "A320")
        let second = result.entity(of: "A321", in: 1)
        #expect(first != nil && second != nil)
        #expect(first?.id != second?.id)
    }

    @Test func aMakerAndAModelAreAProduct() {
        let result = analyze([["She drove a Porsche Cayenne to the match at the Allianz Arena."]])
        #expect(result.mention("Porsche Cayenne")?.type == .other)
        #expect(result.mention("Allianz Arena")?.type == .place)
    }

    @Test func aKindOfBusinessAfterTheNameMakesItAnOrganisation() {
        let result = analyze([["Workers at the Maria Kessel steelworks walked out on Tuesday."]])
        #expect(result.mention("Maria Kessel")?.type == .org)
    }

    @Test func aKnownNameBeforeAndIsAListItem() {
        let result = analyze([["Tesla, Hyundai and General Motors have all recalled cars."]])
        #expect(result.mention("Hyundai")?.type == .org)
        #expect(result.mention("General Motors")?.type == .org)
        #expect(result.mention("Hyundai and General Motors") == nil)
    }

    @Test func verbsInATitleCaseHeadlineAreNoNames() {
        let article = makeArticle(["Battery Recall Is a Blow to Carmaker Nordvik", "Shares in Nordvik fell after the recall."], headings: [0])
        let result = EntityAnalyzer().analyze([article])
        #expect(result.mention("Is") == nil)
        #expect(result.mention("Nordvik") != nil)
    }

    @Test func seasonsInAHeadlineAreNoPlaces() {
        let article = makeArticle(["Shares Fall to Lowest Level Since Spring", "Shares fell on Monday."], headings: [0])
        let result = EntityAnalyzer().analyze([article])
        #expect(result.mentions[0].isEmpty)
    }
}

/// Run boundaries from the fourth round: names that capitals alone would cut or over-join.
@Suite("Run boundaries around known names")
struct KnownNameBoundaryTests {
    @Test func initialsJoinedByAnAmpersandStartAKnownName() {
        let result = analyze([["The S&P 500 fell, while spending on R&D rose."]])
        #expect(result.mention("S&P 500")?.type == .other)
        #expect(result.mentions[0].allSatisfy { !$0.text.contains("R&D") })
    }

    @Test func aKnownFirmEndingInAMonthStaysWhole() {
        let result = analyze([["The buyer was advised by Slaughter and May in London."]])
        #expect(result.mention("Slaughter and May")?.type == .org)
    }

    @Test func inAndACityEndAnOrganisationName() {
        let result = analyze([["Anna Berg of the Institute for Regional and Security Studies in Vienna disagreed."]])
        #expect(result.mention("Institute for Regional and Security Studies")?.type == .org)
        #expect(result.mention("Vienna")?.type == .place)
    }

    @Test func aStructureAfterTheNameMakesItAPlace() {
        let result = analyze([["Water poured through the Dorvets dam, and jets flew from the Kalmyr base."]])
        #expect(result.mention("Dorvets")?.type == .place)
        #expect(result.mention("Kalmyr")?.type == .place)
    }

    @Test func aNamedOperationIsAnEventEvenAtTheStart() {
        let result = analyze([["Operation Granite Shield began at dawn. The operation lasted a week."]])
        #expect(result.mention("Operation Granite Shield")?.type == .other)
    }
}

/// Rules from the second fresh batch (a phone launch, a vaccine trial, a party leadership race).
@Suite("Brands, models and company names with what they do")
struct BrandAndModelTests {
    @Test func aCamelCaseBrandIsAProductName() {
        let result = analyze([["Buyers queued for the iPad Pro and the iMac in the shop."]])
        #expect(result.mention("iPad Pro")?.type == .other)
        #expect(result.mention("iMac")?.type == .other)
    }

    @Test func aNumberAfterACompanyOrBrandIsItsModel() {
        let result = analyze([["The airline flies the Boeing 737 and sells the iPhone 16 on board, but in 2024 Boeing sold fewer."]])
        #expect(result.mention("Boeing 737")?.type == .other)
        #expect(result.mention("iPhone 16")?.type == .other)
        #expect(result.mention("Boeing")?.type == .org)
    }

    @Test func aMakersProductIsNotTheMaker() {
        let result = analyze([["Apple said the Apple Watch sold well."]])
        #expect(result.mention("Apple Watch")?.type == .other)
        #expect(result.entity(of: "Apple Watch")?.id != result.entity(of: "Apple")?.id)
    }

    @Test func aCompanyAndWhatItDoesIsTheCompany() {
        let result = analyze([["Exporters such as Toyota Motor and Sony Group gained.", "Toyota said sales rose."]])
        #expect(result.mention("Toyota Motor")?.type == .org)
        #expect(result.mention("Sony Group")?.type == .org)
        #expect(result.entity(of: "Toyota Motor")?.id == result.entity(of: "Toyota")?.id)
    }

    @Test func aLeadersEconomicPolicyIsAnEvent() {
        let result = analyze([["Investors expect a return to Bidenomics in the plan."]])
        #expect(result.mention("Bidenomics")?.type == .other)
    }

    @Test func shrinesAndPluralInstitutesEndTheirNames() {
        let result = analyze([["She visited the Meiji Shrine and then the National Institutes of Health."]])
        #expect(result.mention("Meiji Shrine")?.type == .place)
        #expect(result.mention("National Institutes of Health")?.type == .org)
    }
}

@Suite("Land and water after a name")
struct LandformTests {
    @Test func aValleyOrDeltaAfterTheNameMakesItAPlace() {
        let result = analyze([["Water tore through the Vorna valley, and rice farmers in the Kessa delta moved uphill."]])
        #expect(result.mention("Vorna")?.type == .place)
        #expect(result.mention("Kessa")?.type == .place)
    }
}

/// The fourth round's rules look at neighbouring tokens; odd text at every edge must not trap.
@Suite("Fourth-round rules on odd text")
struct FourthRoundRobustnessTests {
    @Test func edgesAndHugeTokensAreSafe() {
        let longModel = "A" + String(repeating: "3", count: 100_000)
        let inputs = [
            "S&", "S&P", "&P 500", "ID.", "ID.4.5.6", "Mi-", "Mi-8-9-10", "iX", "iPhone 99999999999999999999",
            "Boeing 737737", "Q&A R&D M&A", "Bank of", "Oxford’s", "Cambridge-led", "the Zelva", "a Tarnby",
            "Serie", "Nikkei 225 225 225", "Operation", "Toyota Motor", "Parks Canada", longModel,
            "iPhone 📱 Air 🚀 的 Samsung", "אפל iPhone Air", "Visa\u{0}Visa", String(repeating: "Apple Watch ", count: 2_000),
        ]
        for input in inputs {
            let result = analyze([[input]])
            for mention in result.mentions[0] {
                #expect(mention.span.start >= 0 && mention.span.start <= mention.span.end)
            }
        }
    }
}
