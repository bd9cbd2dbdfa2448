import Testing
@testable import ParallaxModel

@Suite("Name similarity")
struct NameSimilarityTests {
    @Test(arguments: [
        ("zelensky", "zelenskyy"), ("zelensky", "zelenskiy"), ("syrskyi", "shirskiy"), ("syrskyi", "syrskyy"),
        ("kyiv", "kiev"), ("donbas", "donbass"), ("oleksandr", "alexander"), ("yerevan", "erevan"),
    ])
    func transliterationsShareASkeleton(a: String, b: String) {
        #expect(NameSimilarity.skeleton(a) == NameSimilarity.skeleton(b))
    }

    @Test(arguments: [("ivanov", "ivanova"), ("donetsk", "donbas"), ("austria", "australia"), ("iran", "iraq")])
    func differentNamesHaveDifferentSkeletons(a: String, b: String) {
        #expect(NameSimilarity.skeleton(a) != NameSimilarity.skeleton(b))
    }

    @Test func asciiSkeletonEqualsTheCharacterRules() {
        let words = ["zelenskyy", "Zelensky", "shirskiy", "syrskyi", "tsar", "tzatziki", "philadelphia", "khan", "ilkham",
                     "chechnya", "xi", "wqxj", "aaa", "", "o'brien", "al-jolani", "f-16", "yoon", "ts", "h", "kh", "ssh",
                     "Mohammed", "mohammad", "JULANI", "abc123def", "iiii", "ua", "phph"]
        for word in words {
            #expect(NameSimilarity.skeleton(word) == NameSimilarity.characterSkeleton(word), "\(word)")
        }
        // Non-ASCII words take the Character path.
        #expect(NameSimilarity.skeleton("zelenskyy") == NameSimilarity.skeleton("Zelenskyy"))
        #expect(NameSimilarity.skeleton("Łódź") == NameSimilarity.characterSkeleton("Łódź"))
    }

    @Test func jaroWinklerKnownValues() {
        #expect(abs(NameSimilarity.jaroWinkler("martha", "marhta") - 0.9611) < 0.001)
        #expect(abs(NameSimilarity.jaroWinkler("dixon", "dicksonx") - 0.8133) < 0.001)
        #expect(NameSimilarity.jaroWinkler("abc", "xyz") == 0)
        #expect(NameSimilarity.jaroWinkler("", "") == 1)
        #expect(NameSimilarity.jaroWinkler("", "a") == 0)
    }

    @Test func oneEditCoversTyposOnly() {
        #expect(NameSimilarity.withinOneEdit("pokrovsk", "pokrovks"))
        #expect(NameSimilarity.withinOneEdit("donetsk", "donestsk"))
        #expect(NameSimilarity.withinOneEdit("kharkiv", "kharkov"))
        #expect(!NameSimilarity.withinOneEdit("kharkiv", "kharkovv"))
        #expect(!NameSimilarity.withinOneEdit("slovenia", "slovakia"))
        #expect(NameSimilarity.withinOneEdit("", "a"))
    }
}
