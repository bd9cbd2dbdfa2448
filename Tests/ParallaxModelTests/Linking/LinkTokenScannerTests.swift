import Testing
@testable import ParallaxModel

/// The linker's light scan must split text exactly as the claim tokenizer does: features
/// read token positions (clauses, "the next four words") that would shift otherwise.
@Suite struct LinkTokenScannerTests {
    /// Text written for this test: thousands separators of every kind, decimals, grouped spaces
    /// that do and do not group, long digit runs, apostrophes, dashes, non-ASCII letters,
    /// capitals inside words, emoji, CJK, right-to-left script and a very long word.
    static let samples: [String] = [
        "Officials said 1,240 people, or 12 000 residents, left; 3.5 km² flooded — and 1.240,5 tonnes arrived.",
        "The count rose to 12 0000 and then 1 234 567 before 1234 567 and 12,34,567 were read.",
        "1,2,3,4,5,6,7,8,9,10 and 1.2.3.4.5.6.7.8.9 are long chains; 12\u{00A0}000 and 12\u{202F}000 group too.",
        "Kyiv’s mayor didn't say; O'Neill and eBay's iPhone sold 5k units – about 40% more.",
        "Zürich, Ærø and Łódź: ÉCOLE élève naïve café — Straße ß.",
        "火灾造成 12 人死亡，东京 3,000 人撤离。 😀 50 🎉 people",
        "قال المسؤولون إن 500 شخص غادروا، و ٣٠٠ آخرين",
        String(repeating: "a", count: 100) + " " + String(repeating: "Ab", count: 40) + " 9" + String(repeating: "9", count: 80),
        "",
        "   \t  ",
        "'quoted' words-with-dashes and 'tis 2024's end",
    ]

    @Test func scanGivesTheTokenizersTokens() {
        for sample in Self.samples {
            let scalars = Array(sample.unicodeScalars)
            let expected = ClaimTokenizer.tokenize(scalars, in: 0..<scalars.count)
            var scanned: [LinkToken] = []
            var words: [String] = []
            LinkTokenScanner.scan(scalars, in: 0..<scalars.count, into: &scanned) { range in
                words.append(ClaimTokenizer.lowercased(scalars, range))
                return words.count - 1
            }
            #expect(scanned.map(\.start) == expected.map(\.start), "\(sample)")
            #expect(scanned.map(\.end) == expected.map(\.end), "\(sample)")
            #expect(scanned.map(\.isNumber) == expected.map { $0.kind == .number }, "\(sample)")
            #expect(scanned.map(\.capitalised) == expected.map(\.capitalised), "\(sample)")
            #expect(scanned.map { $0.word >= 0 ? words[$0.word] : nil } == expected.map { $0.kind == .word ? $0.lower : nil }, "\(sample)")
            let clauseBreaks = expected.map { $0.kind == .symbol && [",", ";", ":", "—", "–"].contains($0.lower) }
            #expect(scanned.map(\.endsClause) == clauseBreaks, "\(sample)")
        }
    }

    @Test func scanStaysInsideItsRange() {
        let scalars = Array("12,000 troops, 500 tanks".unicodeScalars)
        var scanned: [LinkToken] = []
        LinkTokenScanner.scan(scalars, in: 3..<100, into: &scanned) { _ in 0 }
        #expect(scanned.first?.start == 3)
        #expect(scanned.allSatisfy { $0.end <= scalars.count })
        scanned.removeAll()
        LinkTokenScanner.scan(scalars, in: -5..<2, into: &scanned) { _ in 0 }
        #expect(scanned.map(\.end) == [2])
    }

    @Test func packedWordIndexKeepsEveryWordApartAcrossGrowth() {
        var index = PackedWordIndex()
        var expected: [(UInt64, UInt64, Int)] = []
        for number in 0..<5_000 {
            let word = "w\(number)x\(number % 7)"
            let (low, high) = ClaimTokenizer.packedLower(Array(word.unicodeScalars), 0..<word.unicodeScalars.count)!
            #expect(index.value(low, high) == nil)
            index.insert(low, high, value: number)
            expected.append((low, high, number))
        }
        #expect(expected.allSatisfy { index.value($0.0, $0.1) == $0.2 })
    }
}
