import Testing
@testable import ParallaxModel

/// The byte-level phrase keys and shortcuts that keep recognition fast must answer exactly as
/// the plain `String` forms do.
@Suite("Sentence tokens and phrase keys")
struct SentenceTokensTests {
    private func sentence(_ text: String) -> SentenceTokens {
        let scalars = Array(text.unicodeScalars)
        return SentenceTokens(scalars: scalars, tokens: NameTokenizer().tokens(scalars, in: 0..<scalars.count))
    }

    /// The key `phraseKey` promises: folded words joined by spaces, punctuation attached, a
    /// leading "the " dropped, built the slow way from the keys.
    private func expectedKey(_ sentence: SentenceTokens, _ range: Range<Int>) -> String {
        var key = ""
        for index in range {
            if !key.isEmpty, sentence.tokens[index].kind != .punctuation { key += " " }
            key += sentence.keys[index]
        }
        return key.hasPrefix("the ") ? String(key.dropFirst(4)) : key
    }

    @Test func phraseKeysMatchTheKeysJoined() {
        let texts = [
            "The Hague court heard Lt. Gen. Mark Olsen and the U.S. envoy.",
            "Officials in São Paulo and Zürich met the Ministry of Defence.",
            "THE Kremlin said Дмитрий Песков spoke 🙂 to Kyiv’s mayor.",
            "the",
        ]
        for text in texts {
            let tokens = sentence(text)
            for start in 0..<tokens.tokens.count {
                for end in start...min(tokens.tokens.count, start + 5) {
                    #expect(tokens.phraseKey(start..<end) == expectedKey(tokens, start..<end), "\(text) \(start)..<\(end)")
                }
            }
        }
    }

    @Test func phraseLookupsAnswerLikeLookupsOfTheKey() {
        let gazetteer = Gazetteer.shared
        let tokens = sentence("Leaders from the United States, Bosnia and Herzegovina and New Zealand met the Prime Minister in Kiev.")
        for start in 0..<tokens.tokens.count {
            for end in start...min(tokens.tokens.count, start + 4) {
                let key = tokens.phraseKey(start..<end)
                #expect(tokens.phraseEntry(start..<end, in: gazetteer) == gazetteer.entry(key), "\(key)")
                #expect(tokens.phrase(start..<end, isIn: gazetteer.titles) == gazetteer.titles.contains(key), "\(key)")
            }
        }
        // The lookups above must meet real names, or they prove little.
        let united = tokens.keys.firstIndex(of: "united")
        #expect(united.flatMap { tokens.phraseEntry($0..<($0 + 2), in: gazetteer) }?.type == .place)
    }

    @Test func dashesAndCurlyQuotesAreNeitherLettersNorSpaces() {
        let tokens = sentence("“Kyiv”—said Olena…")
        let words = tokens.tokens.indices.filter { tokens.tokens[$0].kind == .word }.map { tokens.text($0) }
        #expect(words == ["Kyiv", "said", "Olena"])
        #expect(tokens.tokens.filter { $0.kind == .punctuation }.count == 4)
    }

    @Test func wordsOfAKeySplitAtSpacesInAnyScript() {
        #expect(NameFolding.words("ana  ruiz ") == ["ana", "ruiz"])
        #expect(NameFolding.words("zürich city") == ["zürich", "city"])
        #expect(NameFolding.words("") == [])
    }

    @Test func latinLeavesTextWithoutCyrillicAlone() {
        let text = "Volodymyr Zelensky"
        #expect(NameFolding.latin(text, of: ArraySlice(text.unicodeScalars)) == text)
        let cyrillic = "Зеленський"
        #expect(NameFolding.latin(cyrillic, of: ArraySlice(cyrillic.unicodeScalars)) == NameFolding.latin(cyrillic))
        #expect(NameFolding.latin(cyrillic, of: ArraySlice(cyrillic.unicodeScalars)) != cyrillic)
    }
}
