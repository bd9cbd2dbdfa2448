import Testing
@testable import ParallaxModel

/// The per-token word classes and packed comparisons must answer exactly what the String lists
/// and `lower ==` answered before them.
@Suite struct WordClassTests {
    let slots = WordClassTable.slots

    func tokens(_ text: String) -> [ClaimToken] {
        let scalars = Array(text.unicodeScalars)
        return ClaimTokenizer.tokenize(scalars, in: 0..<scalars.count)
    }

    @Test func everyListedWordHasItsClass() {
        let lists: [(Set<String>, WordClass)] = [
            (WordLists.phraseStops, .phraseStop), (WordLists.reportingVerbs, .reportingVerb), (WordLists.titles, .title),
            (NumberLexicon.months, .month), (NumberLexicon.amountStarters, .amountStarter),
            (UnitTable.firstWords, .unitFirstWord), (Set(UnitTable.currencySymbols.keys), .currencySymbol),
            (LabelClassifier.closingPunctuation, .closingPunctuation), (ClaimExtractor.joiningAbbreviations, .joiningAbbreviation),
        ]
        for (words, wordClass) in lists {
            for word in words {
                #expect(WordClassTable.look(up: word, in: slots).classes.contains(wordClass), "\(word)")
            }
        }
    }

    @Test func unlistedWordsHaveNoClass() {
        for word in ["troopships", "kyiv", "zelenskyy", "", "a-", "ünter", "東京", String(repeating: "x", count: 40)] {
            #expect(WordClassTable.look(up: word, in: slots).classes.isEmpty, "\(word)")
        }
    }

    @Test func tokensCarryTheClassesOfTheirLowerCasedText() {
        let text = "Nearly 50,000 TROOPS, said the Ministry; £2.5bn in zł and o’clock — Übermäßig internationalisation 東京 😀."
        for token in tokens(text) {
            #expect(token.classes == WordClassTable.look(up: token.lower, in: slots).classes, "\(token.lower)")
        }
        let troops = tokens(text).first { $0.lower == "troops" }
        #expect(troops?.is(.irregularPlural) == true)
        #expect(troops?.is(.phraseStop) == false)
        #expect(tokens("zł").first?.is(.currencySymbol) == true)
        #expect(tokens("o’clock").first?.is(.clockSuffix) == true)
    }

    @Test func readsAgreesWithComparingTheLowerCasedText() {
        let text = "Of OF of-the ofx of’s per cent – — - ‑ $ € 1,240 abcdefghijklmnopq ABCDEFGHIJKLMNOP 東京 É"
        for token in tokens(text) {
            #expect(token.reads("of") == (token.lower == "of"))
            #expect(token.reads("–") == (token.lower == "–"))
            #expect(token.reads("-") == (token.lower == "-"))
            #expect(token.reads("$") == (token.lower == "$"))
            #expect(token.reads("1,240") == (token.lower == "1,240"))
            #expect(token.reads("abcdefghijklmnop") == (token.lower == "abcdefghijklmnop"))
            #expect(token.reads("abcdefghijklmnopq") == (token.lower == "abcdefghijklmnopq"))
            #expect(token.reads("é") == (token.lower == "é"))
        }
        #expect(tokens("OF").first?.reads("of") == true)
        #expect(tokens("ABCDEFGHIJKLMNOPQ").first?.reads("abcdefghijklmnopq") == true)
    }

    @Test func packingTellsTextsApart() {
        #expect(WordClassTable.packed("of")! != WordClassTable.packed("fo")!)
        #expect(WordClassTable.packed("abcdefgh")! != WordClassTable.packed("abcdefghi")!)
        #expect(WordClassTable.packed("abcdefghijklmnopq") == nil)
        #expect(WordClassTable.packed("é") == nil)
        #expect(WordClassTable.packed("") == nil)
    }
}

/// Extraction skips sentences that `mayHoldClaim` rules out; scanning such a sentence must find nothing.
@Suite struct ClaimTriggerTests {
    func mayHoldClaim(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return ClaimTokenizer.mayHoldClaim(scalars, in: 0..<scalars.count)
    }

    func scanned(_ text: String) -> [Claim] {
        let article = ClaimAnnotations.article(for: text)
        return SentenceScanner(article: article, sentenceIndex: 0, span: TextSpan(0, article.scalars.count), mentions: []).scan()
    }

    @Test func sentencesWithoutTriggersScanToNothing() {
        let sentences = [
            "The offensive changed the dynamics of a conflict that shows no sign of ending.",
            "A million people fled, and an estimated third of the homes were lost.",
            "A few hundred protesters gathered; a dozen were held.", "Half the village was flooded.",
            "Tens of thousands marched on the capital.", "She came second in a race of an hour.",
            "Officials said a number of units were sent to the front.", "Page 4 of the report lists them.",
            "Über alles, said the Ministry’s spokesman in Kyiv.", "An estimated many died.",
        ]
        for sentence in sentences where !mayHoldClaim(sentence) {
            #expect(scanned(sentence).isEmpty, "\(sentence)")
        }
        for sentence in sentences where !scanned(sentence).isEmpty {
            #expect(mayHoldClaim(sentence), "\(sentence)")
        }
    }

    @Test func numberWordsDigitsAndScalesAfterAnArticleTrigger() {
        #expect(!mayHoldClaim("The offensive changed the dynamics of a conflict."))
        #expect(!mayHoldClaim("An army is a force."))
        #expect(mayHoldClaim("A million people fled."))
        #expect(mayHoldClaim("a third of homes"))
        #expect(mayHoldClaim("a dozen"))
        #expect(mayHoldClaim("Page 4"))
        #expect(mayHoldClaim("the first day"))
        #expect(!mayHoldClaim(""))
        #expect(mayHoldClaim("Twenty-five"))
        #expect(mayHoldClaim("DOZENS of them"))
        #expect(!mayHoldClaim("dozenses fewer thirdly"))
        #expect(!mayHoldClaim("Kyiv’s forces don't retreat"))
        #expect(mayHoldClaim("Kyiv’s two brigades"))
        #expect(mayHoldClaim("the army’s third"))
        #expect(!mayHoldClaim("one’s"))
        #expect(!mayHoldClaim(String(repeating: "hundred", count: 20)))
    }

    /// The pre-scan packs ASCII words of up to 16 bytes and skips longer ones unread.
    @Test func everyTriggerIsShortASCII() {
        for word in NumberLexicon.claimTriggers {
            #expect(WordClassTable.packed(word) != nil, "\(word)")
        }
    }
}
