import Testing
@testable import ParallaxModel

/// Attribution that reaches outside the sentence: "he said" and quotations running over two sentences.
@Suite struct SpeakerContextTests {
    /// A one-paragraph article and a PERSON mention for `name` at its first occurrence.
    private func claimsWithPerson(_ text: String, name: String) -> [Claim] {
        let article = ClaimAnnotations.article(for: text)
        let start = text.unicodeScalars.count - (text.range(of: name).map { text[$0.lowerBound...].unicodeScalars.count } ?? 0)
        let mention = Mention(span: TextSpan(start, start + name.unicodeScalars.count), text: name, type: .person)
        return ClaimExtractor().extract(from: article, mentions: [mention]).filter { $0.kind == .quantity }
    }

    @Test func heSaidMeansTheLastPersonNamed() throws {
        let found = claimsWithPerson("Anna Berg arrived on Monday. He said 300 homes were flooded.", name: "Anna Berg")
        #expect(try #require(found.first).attribution == "Anna Berg")
    }

    @Test func heSaidWithNobodyNamedHasNoSpeaker() throws {
        #expect(try #require(quantity(in: "He said 300 homes were flooded.")).attribution == nil)
    }

    @Test func aQuotationContinuesItsSpeaker() throws {
        let text = "\u{201C}We are ready,\u{201D} said Anna Berg. \u{201C}We have 40 boats on the water.\u{201D}"
        let found = claimsWithPerson(text, name: "Anna Berg")
        #expect(try #require(found.first).attribution == "Anna Berg")
    }

    @Test func anUnquotedSentenceDoesNotInheritTheSpeaker() throws {
        let found = claimsWithPerson("\u{201C}We are ready,\u{201D} said Anna Berg. The river rose by 40 centimetres.", name: "Anna Berg")
        #expect(try #require(found.first).attribution == nil)
    }

    @Test func aGluedScaleLetterIsATemperature() throws {
        let claim = try #require(quantity(in: "It was -15C at dawn."))
        #expect(claim.value == -15)
        #expect(claim.unit == "degC")
    }

    @Test func aLowerCaseGluedLetterIsNotATemperature() {
        #expect(quantity(in: "The stamp cost 50c in 1990.")?.unit != "degC")
    }

    @Test func digitGroupsWithALeadingZeroAreOneIdentifier() {
        let found = claims(in: "Call 0800 555 0199 for help.")
        #expect(found.map(\.kind) == [.identifier])
        #expect(found.first?.text == "0800 555 0199")
    }
}
