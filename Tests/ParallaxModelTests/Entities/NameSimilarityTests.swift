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
