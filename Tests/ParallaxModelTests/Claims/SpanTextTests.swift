import Testing
@testable import ParallaxModel

@Suite struct SpanTextTests {
    /// What the slow path builds: the scalars appended one by one.
    func appended(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    @Test func cutsTheSameTextAsAppendingScalars() {
        let text = "Über 1,240 km² — 东京 reported “٣٠٠” 🇺🇦 troops e\u{301}"
        let scalars = Array(text.unicodeScalars)
        for start in 0..<scalars.count {
            for end in start...scalars.count {
                #expect(SpanText.string(scalars, TextSpan(start, end)) == appended(scalars, start..<end))
            }
        }
    }

    @Test func clampsSpansOutsideTheText() {
        let scalars = Array("12 drones".unicodeScalars)
        #expect(SpanText.string(scalars, TextSpan(-5, 2)) == "12")
        #expect(SpanText.string(scalars, TextSpan(3, 500)) == "drones")
        #expect(SpanText.string(scalars, TextSpan(7, 2)) == "")
        #expect(SpanText.string([], TextSpan(0, 10)) == "")
    }

    @Test func trimsOnlyTheEnds() {
        let scalars = Array("- square-miles -".unicodeScalars)
        #expect(SpanText.string(scalars, TextSpan(0, scalars.count)) { $0 == "-" || $0 == " " } == "square-miles")
        #expect(SpanText.string(scalars, TextSpan(0, 2)) { $0 == "-" || $0 == " " } == "")
        let spaced = Array("\u{00A0}\t€\u{2009}".unicodeScalars)
        #expect(SpanText.string(spaced, TextSpan(0, spaced.count), trimming: SpanText.isHorizontalSpace) == "€")
    }

    @Test func endsWithAgreesWithHasSuffix() {
        let words = ["troops", "census", "s", "", "country’s", "country's", "cafés", "kilos\u{301}", "officials",
                     "wounded", "running", "daily", "ss", "bus", "东京s", "🇺🇦s", "is"]
        for word in words {
            for suffix in ["s", "ss", "us", "is", "’s", "'s", "ed", "ing", "ly", "officials"] {
                #expect(word.endsWith(suffix) == word.hasSuffix(suffix), "\(word) / \(suffix)")
            }
        }
    }

    @Test func symbolsKeepTheirText() {
        for scalar in ["," as Unicode.Scalar, ".", "%", "$", "\u{7F}", "\u{0}", "—", "€", "’", "🇺"] {
            #expect(ClaimTokenizer.symbolText(scalar) == String(Character(scalar)))
        }
    }
}
