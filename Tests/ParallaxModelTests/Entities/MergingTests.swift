import Testing
@testable import ParallaxModel

@Suite("Entity merging across sources")
struct MergingTests {
    @Test func transliterationsOfOneNameMerge() {
        let result = analyze([
            ["President Volodymyr Zelensky spoke on Monday."],
            ["Volodymyr Zelenskyy said the line held."],
            ["Zelenskiy repeated the warning."],
        ])
        let id = result.entity(of: "Volodymyr Zelensky")?.id
        #expect(id != nil)
        #expect(result.entity(of: "Volodymyr Zelenskyy", in: 1)?.id == id)
        #expect(result.entity(of: "Zelenskiy", in: 2)?.id == id)
        #expect(result.entities.first { $0.id == id }?.articles == ["a1", "a2", "a3"])
    }

    @Test func exonymsAndAbbreviationsMerge() {
        let result = analyze([
            ["Fighting continued near Kiev, officials in the U.S. said."],
            ["Fighting continued near Kyiv, officials in the United States said."],
            ["The US embassy in Kyiv stayed open."],
        ])
        #expect(result.entity(of: "Kiev")?.id == result.entity(of: "Kyiv", in: 1)?.id)
        #expect(result.entity(of: "U.S.")?.id == result.entity(of: "United States", in: 1)?.id)
        #expect(result.entity(of: "US", in: 2)?.id == result.entity(of: "U.S.")?.id)
        #expect(result.entity(of: "U.S.")?.name == "United States")
    }

    @Test func oneLetterTypoInAPlaceMerges() {
        let result = analyze([["Troops advanced on Pokrovsk."], ["Troops advanced on Pokrovks, the ministry said."]])
        #expect(result.entity(of: "Pokrovsk")?.id == result.entity(of: "Pokrovks", in: 1)?.id)
    }

    @Test func cyrillicNamesMergeWithLatinForms() {
        let result = analyze([["Foreign Minister Sergei Lavrov spoke."], ["Сергей Лавров выступил."]])
        #expect(result.entity(of: "Сергей Лавров", in: 1)?.id == result.entity(of: "Sergei Lavrov")?.id)
    }

    @Test func lookAlikesOfDifferentTypesStayApart() {
        let result = analyze([
            ["The Washington Post said Washington would respond. Korea and Korean firms were named."],
        ])
        #expect(result.entity(of: "Washington Post")?.type == .org)
        #expect(result.entity(of: "Washington")?.type == .place)
        #expect(result.entity(of: "Washington")?.id != result.entity(of: "Washington Post")?.id)
        #expect(result.entity(of: "Korea")?.id != result.entity(of: "Korean")?.id)
    }

    @Test func neighbouringPlacesStayApart() {
        let result = analyze([["Shelling hit Donetsk."], ["Shelling hit the Donbas."]])
        #expect(result.entity(of: "Donetsk")?.id != result.entity(of: "Donbas", in: 1)?.id)
    }

    @Test func twoPeopleSharingASurnameStayApart() {
        let result = analyze([
            ["Mayor Jorge Almeida and his cousin Rita Almeida spoke. Almeida said the dam held."],
            ["Jorge Almeida said the dam held."],
        ])
        let jorge = result.entity(of: "Jorge Almeida")?.id
        let rita = result.entity(of: "Rita Almeida")?.id
        #expect(jorge != nil && rita != nil && jorge != rita)
        // Ambiguous in its own article: joined to neither.
        let bare = result.entity(of: "Almeida")?.id
        #expect(bare != jorge && bare != rita)
    }

    @Test func familyNameFirstShortensToTheFirstWord() {
        let result = analyze([
            ["President Xi Jinping met Premier Li Qiang in Beijing."],
            ["Mr Xi said trade would grow, and Li agreed."],
        ])
        #expect(result.entity(of: "Xi", in: 1)?.id == result.entity(of: "Xi Jinping")?.id)
        #expect(result.entity(of: "Li", in: 1)?.id == result.entity(of: "Li Qiang")?.id)
        #expect(result.entity(of: "Xi Jinping")?.id != result.entity(of: "Li Qiang")?.id)
    }

    @Test func anOpenerLeftOutOfANameReturnsWhenTheStoryNamesItInFull() {
        let result = analyze([
            ["Brazilian President Luiz Inácio Lula da Silva arrived."],
            ["Luiz Inacio Lula da Silva and Javier Milei shook hands."],
        ])
        #expect(result.mention("Luiz Inacio Lula da Silva", in: 1) != nil)
        #expect(result.entity(of: "Luiz Inacio Lula da Silva", in: 1)?.id == result.entity(of: "Luiz Inácio Lula da Silva")?.id)
    }

    @Test func romanisedArabicNamesMeetWithOrWithoutTheirKunya() {
        let result = analyze([
            ["Abu Mohammed al-Jolani met the envoy. Jolani said little."],
            ["The envoy was received by Abu Mohammad al-Julani."],
            ["Mohammed al-Jolani later spoke to reporters."],
        ])
        let id = result.entity(of: "Abu Mohammed al-Jolani")?.id
        #expect(id != nil)
        #expect(result.entity(of: "Jolani")?.id == id)
        #expect(result.entity(of: "Abu Mohammad al-Julani", in: 1)?.id == id)
        #expect(result.entity(of: "Mohammed al-Jolani", in: 2)?.id == id)
    }

    @Test func aKoreanFamilyNameAloneIsThePersonEvenWhenItIsAGivenNameElsewhere() {
        let result = analyze([
            ["South Korean President Lee Jae-myung called for restraint."],
            ["Speaking in Seoul, Lee urged calm."],
        ])
        #expect(result.entity(of: "Lee", in: 1)?.id == result.entity(of: "Lee Jae-myung")?.id)
    }

    @Test func aNameInsideTheFullNameIsThatPerson() {
        let result = analyze([
            ["President Luiz Inácio Lula da Silva met the press."],
            ["The talks went well, Lula said."],
        ])
        #expect(result.entity(of: "Lula", in: 1)?.id == result.entity(of: "Luiz Inácio Lula da Silva")?.id)
    }

    @Test func shortFormsOfALongNameMeetWhateverOrderTheyCameIn() {
        let result = analyze([
            ["The reply came later, da Silva said."],
            ["Lula da Silva, 79, spoke first."],
            ["President Luiz Inácio Lula da Silva met the press."],
        ])
        let id = result.entity(of: "Luiz Inácio Lula da Silva", in: 2)?.id
        #expect(id != nil)
        #expect(result.entity(of: "da Silva")?.id == id)
        #expect(result.entity(of: "Lula da Silva", in: 1)?.id == id)
    }

    @Test func aGenerationalSuffixMakesAnotherPerson() {
        let result = analyze([
            ["Donald Trump Jr. posted about it, and his father, Donald Trump, praised the plan."],
            ["President Donald Trump spoke. Ferdinand Marcos Jr. replied."],
            ["Marcos said the talks were useful."],
        ])
        let father = result.entity(of: "Donald Trump")?.id
        #expect(father != nil)
        #expect(result.entity(of: "Donald Trump Jr.")?.id != father)
        #expect(result.entity(of: "Donald Trump", in: 1)?.id == father)
        // With no "Ferdinand Marcos" in the story, the surname is still the son's.
        #expect(result.entity(of: "Marcos", in: 2)?.id == result.entity(of: "Ferdinand Marcos Jr.", in: 1)?.id)
    }

    @Test func aRoyalTitleGoesWithTheGivenName() {
        let result = analyze([
            ["Crown Prince Mohammed bin Salman joined by video link."],
            ["Prince Mohammed, the de facto ruler, took part."],
        ])
        let prince = result.entity(of: "Mohammed bin Salman")?.id
        #expect(prince != nil)
        #expect(result.entity(of: "Mohammed", in: 1)?.id == prince)
        // Without the title anywhere in the story, the given name alone could be anyone.
        let untitled = analyze([["Crown Prince Mohammed bin Salman joined by video link."], ["The talks went well, Mohammed said."]])
        #expect(untitled.entity(of: "Mohammed", in: 1)?.id != untitled.entity(of: "Mohammed bin Salman")?.id)
    }

    @Test func governmentBodiesMergeInEitherOrderButNotAcrossCountries() {
        let result = analyze([
            ["The Russian Defence Ministry said 40 drones were downed. The Interior Ministry closed roads."],
            ["Russia's Ministry of Defence said 40 drones fell. Ukraine's Defence Ministry disputed it. The Ministry of the Interior agreed."],
        ])
        let russian = result.entity(of: "Russian Defence Ministry")?.id
        #expect(russian != nil)
        #expect(result.entity(of: "Ministry of Defence", in: 1)?.id == russian)
        #expect(result.entity(of: "Defence Ministry", in: 1)?.id != russian)
        #expect(result.entity(of: "Ministry of the Interior", in: 1)?.id == result.entity(of: "Interior Ministry")?.id)
    }

    @Test func aBodyWithoutItsCountryStaysApartWhenTwoCountriesHaveOne() {
        let result = analyze([
            ["The Russian Defence Ministry said one thing; the Ukrainian Defence Ministry said another."],
            ["The Ministry of Defence declined to comment."],
        ])
        let russian = result.entity(of: "Russian Defence Ministry")?.id, ukrainian = result.entity(of: "Ukrainian Defence Ministry")?.id
        #expect(russian != nil && ukrainian != nil && russian != ukrainian)
        let bare = result.entity(of: "Ministry of Defence", in: 1)?.id
        #expect(bare != russian && bare != ukrainian)
    }

    @Test func aCountryIsNotShortForANameThatContainsIt() {
        let result = analyze([
            ["A forecaster at Météo-France said it would rain."],
            ["France braced for storms."],
        ])
        #expect(result.entity(of: "France", in: 1) != nil)
        #expect(result.entity(of: "France", in: 1)?.id != result.entity(of: "Météo-France")?.id)
    }

    @Test func aGivenNameAloneIsNotShortForAFullName() {
        let result = analyze([
            ["Governor Daniel Okafor opened the bridge."],
            ["Daniel said the bridge was safe."],
        ])
        #expect(result.entity(of: "Daniel Okafor") != nil)
        #expect(result.entity(of: "Daniel", in: 1)?.id != result.entity(of: "Daniel Okafor")?.id)
    }

    @Test func twoPeopleSharingAFamilyNameFirstStayApart() {
        let result = analyze([
            ["Minister Wang Yi met Wang Wentao, the commerce minister."],
            ["The talks went well, Wang said."],
        ])
        let bare = result.entity(of: "Wang", in: 1)?.id
        #expect(bare != nil)
        #expect(bare != result.entity(of: "Wang Yi")?.id && bare != result.entity(of: "Wang Wentao")?.id)
    }

    @Test func surnameResolvesPerArticle() {
        let result = analyze([
            ["Mayor Jorge Almeida spoke. Almeida said the dam held."],
            ["Volunteer Rita Almeida spoke. Almeida said food was short."],
        ])
        #expect(result.entity(of: "Almeida")?.id == result.entity(of: "Jorge Almeida")?.id)
        #expect(result.entity(of: "Almeida", in: 1)?.id == result.entity(of: "Rita Almeida", in: 1)?.id)
        #expect(result.entity(of: "Almeida")?.id != result.entity(of: "Almeida", in: 1)?.id)
    }

    @Test func differentRolesAcrossSourcesAreAConflict() {
        let result = analyze([["General Petra Holm gave the order."], ["Minister Petra Holm gave the order."]])
        let entity = result.entity(of: "Petra Holm")
        #expect(entity?.roles == ["a1": ["General"], "a2": ["Minister"]])
        #expect(entity?.hasRoleConflict == true)
    }

    @Test func idsFollowFirstAppearanceAndNamesPreferFullForms() {
        let result = analyze([["Vandermeer arrived in Ghent. Ilse Vandermeer then left for Bruges."], ["Ilse Vandermeer returned to Ghent."]])
        #expect(result.entities.map(\.id) == result.entities.indices.map { "e\($0 + 1)" })
        #expect(result.entities.first?.name == "Ilse Vandermeer")
        #expect(result.entities.first?.variants == ["Vandermeer"])
        for (index, list) in result.mentions.enumerated() {
            for mention in list {
                #expect(result.entities.contains { $0.id == mention.entityID && $0.articles.contains("a\(index + 1)") })
            }
        }
    }

    @Test func aliasFileForcesMergesAndSplits() throws {
        let aliases = try AliasTable.parse("""
        [[merge]]
        names = ["Bongbong Marcos", "Ferdinand Marcos"]
        [[split]]
        names = ["Kyiv", "Kiev"]
        """)
        let result = analyze([["President Ferdinand Marcos spoke in Kiev."], ["Bongbong Marcos spoke in Kyiv."]], aliases: aliases)
        #expect(result.entity(of: "Ferdinand Marcos")?.id == result.entity(of: "Bongbong Marcos", in: 1)?.id)
        #expect(result.entity(of: "Kiev")?.id != result.entity(of: "Kyiv", in: 1)?.id)
    }

    @Test func analysisIsDeterministic() {
        let input = [["Volodymyr Zelensky met Mark Rutte in Brussels."], ["Rutte and Zelenskyy met NATO envoys in Brussels."]]
        let first = analyze(input), second = analyze(input)
        #expect(first.entities == second.entities)
        #expect(first.mentions == second.mentions)
    }
}
