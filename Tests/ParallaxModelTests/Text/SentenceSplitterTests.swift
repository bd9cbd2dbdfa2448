import Foundation
import Testing
@testable import ParallaxModel

@Suite struct SentenceSplitterTests {
    let splitter = SentenceSplitter()

    @Test func splitsPlainSentencesAndTrimsSpaces() {
        #expect(splitter.split("  The dam held.   Crews went home.  ") == ["The dam held.", "Crews went home."])
    }

    @Test func questionAndExclamationMarksEndSentencesUnlessLowercaseFollows() {
        #expect(splitter.split("Is it over?! Nobody knows. Stop! Now.") == ["Is it over?!", "Nobody knows.", "Stop!", "Now."])
        #expect(splitter.split("\"Why?\" she asked. He shrugged.") == ["\"Why?\" she asked.", "He shrugged."])
    }

    @Test func titlesNeverEndASentence() {
        #expect(splitter.split("Lt. Col. Ana Berg and Dr. Lee spoke. Gen. Voss did not.")
            == ["Lt. Col. Ana Berg and Dr. Lee spoke.", "Gen. Voss did not."])
        #expect(splitter.split("MR. HALE GOES TO TOWN") == ["MR. HALE GOES TO TOWN"])
    }

    @Test func abbreviationsThatMayEndASentenceEndOneOnlyBeforeASentenceOpener() {
        #expect(splitter.split("Troops from the U.S. Army arrived.") == ["Troops from the U.S. Army arrived."])
        #expect(splitter.split("The aid came from the U.S. The rest came later.") == ["The aid came from the U.S.", "The rest came later."])
        #expect(splitter.split("Orders went to Vell Inc. It refused.") == ["Orders went to Vell Inc.", "It refused."])
        #expect(splitter.split("Nails, glue, etc. \"All gone,\" he said.") == ["Nails, glue, etc.", "\"All gone,\" he said."])
        #expect(splitter.split("It opened on Jan. 4 in Oslo.") == ["It opened on Jan. 4 in Oslo."])
    }

    @Test func monthsWeekdaysStatesAndUnitsEndASentenceBeforeAnyCapitalisedWord() {
        #expect(splitter.split("Talks end on Thurs. Voting follows.") == ["Talks end on Thurs.", "Voting follows."])
        #expect(splitter.split("It hit Tampa, Fla. Winds were strong.") == ["It hit Tampa, Fla.", "Winds were strong."])
        #expect(splitter.split("It hit Tampa, Fla., and Mobile, Ala., on Sept. 3 at 80 mph. winds.") == ["It hit Tampa, Fla., and Mobile, Ala., on Sept. 3 at 80 mph. winds."])
        #expect(splitter.split("It is 20 mi. Roads are shut.") == ["It is 20 mi.", "Roads are shut."])
    }

    @Test func timesEndASentenceBeforeACapitalisedWordThatIsNotADayMonthOrZone() {
        #expect(splitter.split("It began at 5 a.m. Sirens sounded.") == ["It began at 5 a.m.", "Sirens sounded."])
        #expect(splitter.split("It began at 5 p.m. Friday.") == ["It began at 5 p.m. Friday."])
        #expect(splitter.split("It began at 5 p.m. GMT.") == ["It began at 5 p.m. GMT."])
        #expect(splitter.split("It began at 5 p.m. Lisbon time.") == ["It began at 5 p.m. Lisbon time."])
    }

    @Test func numberAbbreviationsOnlyAbbreviateBeforeANumber() {
        #expect(splitter.split("He was No. 3 on the list.") == ["He was No. 3 on the list."])
        #expect(splitter.split("He said No. Then he left.") == ["He said No.", "Then he left."])
    }

    @Test func initialsDoNotEndASentenceButAFinalLetterCan() {
        #expect(splitter.split("P. D. Ames and Harry S. Lowe met.") == ["P. D. Ames and Harry S. Lowe met."])
        #expect(splitter.split("They chose option C. The vote was unanimous.") == ["They chose option C.", "The vote was unanimous."])
        #expect(splitter.split("It was signed by J. A. Ross.") == ["It was signed by J. A. Ross."])
    }

    @Test func decimalsMoneyAndVersionNumbersNeverSplit() {
        #expect(splitter.split("It rose 3.5% to $1.2bn in v2.0.1 of the plan.") == ["It rose 3.5% to $1.2bn in v2.0.1 of the plan."])
        #expect(splitter.split("It ended in 1999. 2000 began quietly.") == ["It ended in 1999.", "2000 began quietly."])
    }

    @Test func listMarkersAfterAColonAreNotSentenceEnds() {
        #expect(splitter.split("Results: 1. Ava, 2. Ben.") == ["Results: 1. Ava, 2. Ben."])
    }

    @Test func ellipsesEndASentenceOnlyBeforeASentenceOpener() {
        #expect(splitter.split("It faded... Then it stopped.") == ["It faded...", "Then it stopped."])
        #expect(splitter.split("It faded… Karlsson kept watching.") == ["It faded… Karlsson kept watching."])
        #expect(splitter.split("It faded . . . and stopped.") == ["It faded . . . and stopped."])
        #expect(splitter.split("It faded. . . . The end.") == ["It faded. . . .", "The end."])
    }

    @Test func marksAloneNeverMakeASentence() {
        #expect(splitter.split("They held some. … They lost others.") == ["They held some.", "… They lost others."])
        #expect(splitter.split("\"...\" The quote trailed off.") == ["\"...\" The quote trailed off."])
    }

    @Test func closingQuotesAndBracketsStayWithTheirSentence() {
        #expect(splitter.split("He left.\" Then she did.") == ["He left.\"", "Then she did."])
        #expect(splitter.split("He left.” Then she did.") == ["He left.”", "Then she did."])
        #expect(splitter.split("It passed. (See below.) Next came tax.") == ["It passed.", "(See below.)", "Next came tax."])
        #expect(splitter.split("Fine.’ ‘Good.’") == ["Fine.’", "‘Good.’"])
        #expect(splitter.split("« Oui. » Then silence.") == ["« Oui. »", "Then silence."])
    }

    @Test func headlinesWithoutFinalPunctuationAreOneSentence() {
        #expect(splitter.split("Dam Bursts Near Orvik as Rain Continues") == ["Dam Bursts Near Orvik as Rain Continues"])
    }

    @Test func urlsEmailsAndDomainsNeverSplit() {
        #expect(splitter.split("See example.com/a.b?x=1 or mail ed@news.example.org today.") == ["See example.com/a.b?x=1 or mail ed@news.example.org today."])
        #expect(splitter.split("Shop at Amazon.com. It is open.") == ["Shop at Amazon.com.", "It is open."])
    }

    @Test func lowercaseAfterAFullStopContinuesTheSentence() {
        #expect(splitter.split("The unit, est. in 1990 and disbanded. later, returned.") == ["The unit, est. in 1990 and disbanded. later, returned."])
    }

    @Test func gluedFullStopSplitsOnlyBetweenTwoPlainWords() {
        #expect(splitter.split("It rained.The roads flooded.") == ["It rained.", "The roads flooded."])
        #expect(splitter.split("Dr.Kell and the U.S.A. team won.") == ["Dr.Kell and the U.S.A. team won."])
        #expect(splitter.split("Visit www.Example.com today.") == ["Visit www.Example.com today."])
        #expect(splitter.split("It is I.The end") == ["It is I.The end"])
    }

    @Test func trailingHashtagsAndMentionsStayWithTheLastSentence() {
        #expect(splitter.split("We won. Thanks all! #Final @club") == ["We won.", "Thanks all! #Final @club"])
        #expect(splitter.split("We won. #Final is next.") == ["We won.", "#Final is next."])
    }

    @Test func cjkFullStopsNeedNoSpace() {
        #expect(splitter.split("雨が降った。川があふれた。") == ["雨が降った。", "川があふれた。"])
        #expect(splitter.split("。雨が降った。") == ["。雨が降った。"])
    }

    @Test func spansAreAbsoluteTrimmedAndStayInsideTheRange() {
        let scalars = Array("One. Two.\n\n  Three. Four.  ".unicodeScalars)
        let spans = splitter.split(scalars, in: 11..<scalars.count)
        #expect(spans == [TextSpan(13, 19), TextSpan(20, 25)])
        #expect(splitter.split(scalars, in: 0..<3) == [TextSpan(0, 3)])
    }

    @Test func badRangesAndEmptyInputGiveNoCrashAndNoEmptySpans() {
        let scalars = Array("Hi. Yo.".unicodeScalars)
        #expect(splitter.split(scalars, in: -5..<100) == [TextSpan(0, 3), TextSpan(4, 7)])
        #expect(splitter.split(scalars, in: 50..<60).isEmpty)
        #expect(splitter.split([], in: 0..<0).isEmpty)
        #expect(splitter.split("   \n ").isEmpty)
        #expect(splitter.split(". . .") == [". . ."])
    }

    @Test func oddTextIsHandledWithoutCrashingOrHanging() {
        let longWord = String(repeating: "a.", count: 50_000) + " The end."
        #expect(splitter.split(longWord).count == 2)
        let dots = String(repeating: ". ", count: 20_000)
        #expect(splitter.split(dots).count == 1)
        #expect(splitter.split("🎉. 👍🏽! مرحبا؟ שלום. 😀") == ["🎉.", "👍🏽!", "مرحبا؟", "שלום.", "😀"])
    }

    @Test func randomTextAlwaysGivesOrderedTrimmedSpansInsideTheRange() {
        let alphabet: [Unicode.Scalar] = ["a", "B", "z", "Q", "1", "9", ".", ".", "!", "?", "…", " ", " ", " ", "\"", "”",
                                          "“", "(", ")", "'", "’", "#", "@", "/", "\u{3002}", "\u{A0}", "\n", "é", "Ж", "😀"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<2_000 {
            let scalars = (0..<next(80)).map { _ in alphabet[next(alphabet.count)] }
            let lower = next(scalars.count + 1)
            let upper = lower + next(scalars.count - lower + 1)
            let spans = splitter.split(scalars, in: lower..<upper)
            var previousEnd = lower
            for span in spans {
                #expect(span.start >= previousEnd && span.end <= upper && !span.isEmpty)
                #expect(!SentencePunctuation.isSpace(scalars[span.start]) && !SentencePunctuation.isSpace(scalars[span.end - 1]))
                previousEnd = span.end
            }
            let uncovered = (lower..<upper).filter { offset in
                !SentencePunctuation.isSpace(scalars[offset]) && !spans.contains { $0.contains(offset) }
            }
            #expect(uncovered.isEmpty, "every non-space scalar belongs to a sentence")
        }
    }

    @Test func handWrittenCaseFileIsAtLeast95PercentRight() throws {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/Sentences/cases.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let cases = try SentenceCaseFile.parse(text)
        #expect(cases.count >= 150)
        let score = SentenceSplitScore(cases: cases, splitter: splitter)
        #expect(score.accuracy >= 0.95, "\(score.correct)/\(score.total); first failures: \(score.failures.prefix(5).map(\.testCase.paragraph))")
        #expect(score.f1 >= 0.95)
    }
}
