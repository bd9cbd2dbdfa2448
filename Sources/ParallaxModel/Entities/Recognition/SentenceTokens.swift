/// The tokens of one sentence with the text they index into, and the questions recognition
/// asks about them.
struct SentenceTokens {
    let scalars: [Unicode.Scalar]
    let tokens: [NameToken]
    /// `NameFolding.key` of every token, computed once: recognition asks for them often.
    let keys: [String]

    /// How far from a capitalised word recognition looks (titles, "according to", "region of").
    static let contextReach = 6

    init(scalars: [Unicode.Scalar], tokens: [NameToken]) {
        self.scalars = scalars
        self.tokens = tokens
        // Only words near a capitalised word are ever looked up; skipping the rest saves
        // building a string for most words of the text.
        var keys = [String](repeating: "", count: tokens.count)
        var filledUpTo = 0
        for (index, token) in tokens.enumerated() where token.isCapitalised {
            let from = max(filledUpTo, index - Self.contextReach)
            let to = min(tokens.count, index + Self.contextReach + 1)
            for near in from..<to { keys[near] = NameFolding.key(scalars[tokens[near].start..<tokens[near].end]) }
            filledUpTo = max(filledUpTo, to)
        }
        self.keys = keys
    }

    func text(_ index: Int) -> String {
        NameFolding.string(scalars[tokens[index].start..<tokens[index].end])
    }

    /// The words of a token range as written, from the first token's start to the last's end.
    func text(_ range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return NameFolding.string(scalars[tokens[first].start..<tokens[last].end])
    }

    func key(_ index: Int) -> String {
        keys[index]
    }

    /// Folded words joined by single spaces, dots attached ("gen.", "u.s."), no leading "the".
    func phraseKey(_ range: Range<Int>) -> String {
        var key = ""
        for index in range {
            let word = keys[index]
            if !key.isEmpty, tokens[index].kind != .punctuation { key += " " }
            key += word
        }
        return key.hasPrefix("the ") ? String(key.dropFirst(4)) : key
    }

    func isCapitalisedWord(_ index: Int) -> Bool {
        guard index < tokens.count, tokens[index].kind == .word, tokens[index].isCapitalised else { return false }
        // A lone capital ("M" in "M-1978") is a name word only as an initial ("J. Smith").
        if tokens[index].end - tokens[index].start == 1 { return isDot(index + 1) }
        return true
    }

    /// The parts of a word ending in a lower-case hyphen part ("Russian" and "occupied" in
    /// "Russian-occupied"), or nil.
    func lowercaseTail(_ index: Int) -> (head: String, tail: String)? {
        let token = tokens[index]
        var offset = token.end - 1
        while offset > token.start {
            if scalars[offset] == "-" {
                guard offset + 1 < token.end, !NameTokenizer.isUpper(scalars[offset + 1]) else { return nil }
                var head = String.UnicodeScalarView(), tail = String.UnicodeScalarView()
                head.append(contentsOf: scalars[token.start..<offset])
                tail.append(contentsOf: scalars[(offset + 1)..<token.end])
                return (String(head), String(tail))
            }
            offset -= 1
        }
        return nil
    }

    /// "Workers’": a possessive written as an apostrophe alone after the word.
    func isPluralPossessive(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.hasPossessive, token.end < scalars.count else { return false }
        return token.end + 1 >= scalars.count || scalars[token.end + 1] != "s" && scalars[token.end + 1] != "S"
    }

    func isAmpersand(_ index: Int) -> Bool {
        index < tokens.count && tokens[index].kind == .punctuation && scalars[tokens[index].start] == "&"
    }

    /// A capitalised word of any length, even one letter ("AT & T", "Marks & Co").
    func isCapitalisedShortWord(_ index: Int) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .word && tokens[index].isCapitalised
    }

    func isDot(_ index: Int) -> Bool {
        index < tokens.count && tokens[index].kind == .punctuation && scalars[tokens[index].start] == "."
    }

    /// The first word of the sentence, allowing opening quotes and brackets before it.
    func isSentenceStart(_ index: Int) -> Bool {
        var before = index - 1
        while before >= 0 {
            guard tokens[before].kind == .punctuation else { return false }
            let scalar = scalars[tokens[before].start]
            // After a colon or dash a new clause starts with a capital too.
            if scalar == ":" || scalar == "\u{2014}" || scalar == "\u{2013}" { return true }
            // A quotation starts a sentence of its own ("Separately, ..." after `continues, "`).
            if "\"“«".unicodeScalars.contains(scalar) { return true }
            if !"'‘([-".unicodeScalars.contains(scalar) { return false }
            before -= 1
        }
        return true
    }

    /// A lower-case word at `index`, folded, or nil.
    func lowercaseWord(_ index: Int) -> String? {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word, !tokens[index].isCapitalised else { return nil }
        return key(index)
    }

    /// Title Case or ALL CAPS text, where capitals say little: no closing full stop and no
    /// lower-case word longer than a short function word ("of", "in", "and", "the"). A
    /// sentence full of names still has its verbs in lower case and ends with a stop.
    var looksLikeHeadline: Bool {
        guard let last = tokens.last, !(last.kind == .punctuation && scalars[last.start] == ".") else { return false }
        var words = 0
        for token in tokens where token.kind == .word {
            words += 1
            if !token.isCapitalised, token.end - token.start >= 4 { return false }
        }
        return words >= 3
    }
}
