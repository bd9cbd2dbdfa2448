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
        // building a string for most words of the text. Each key is written once, in order:
        // no empty string is stored first and then replaced.
        let count = tokens.count
        let reach = Self.contextReach
        self.keys = [String](unsafeUninitializedCapacity: count) { buffer, initialized in
            var lastCapitalised = Int.min / 2
            var nextCapitalised = 0
            for index in 0..<count {
                if tokens[index].isCapitalised { lastCapitalised = index }
                if nextCapitalised < index { nextCapitalised = index }
                while nextCapitalised < count, nextCapitalised - index <= reach, !tokens[nextCapitalised].isCapitalised { nextCapitalised += 1 }
                let isNear = index - lastCapitalised <= reach || nextCapitalised < count && nextCapitalised - index <= reach
                let key = isNear ? NameFolding.key(scalars[tokens[index].start..<tokens[index].end]) : ""
                (buffer.baseAddress! + index).initialize(to: key)
                initialized = index + 1
            }
        }
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
        withPhraseBytes(range) { String(decoding: $0, as: UTF8.self) }
    }

    /// The gazetteer's entry for `phraseKey(range)`. Most phrases asked about are no name: their
    /// fingerprint, taken from the bytes, answers before any `String` is built.
    func phraseEntry(_ range: Range<Int>, in gazetteer: Gazetteer) -> GazetteerEntry? {
        withPhraseBytes(range) { bytes in
            let fingerprint = SortedNameTable.fingerprint(bytes)
            guard gazetteer.mightHaveEntry(fingerprint: fingerprint) else { return nil }
            return gazetteer.entry(String(decoding: bytes, as: UTF8.self), fingerprint: fingerprint)
        }
    }

    /// Whether `phraseKey(range)` is in the set, built as a `String` only if it may be.
    func phrase(_ range: Range<Int>, isIn set: WordSet) -> Bool {
        withPhraseBytes(range) { bytes in
            let fingerprint = SortedNameTable.fingerprint(bytes)
            return set.mightContain(fingerprint: fingerprint) && set.contains(String(decoding: bytes, as: UTF8.self), fingerprint: fingerprint)
        }
    }

    /// Calls `body` with the UTF-8 of `phraseKey(range)`, written into a temporary buffer: a
    /// space goes before every word once some key text has been written (punctuation attaches),
    /// then a leading "the " is dropped.
    private func withPhraseBytes<T>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        var length = 0
        for index in range {
            if length > 0, tokens[index].kind != .punctuation { length += 1 }
            length += keys[index].utf8.count
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, length)) { buffer in
            var written = 0
            for index in range {
                if written > 0, tokens[index].kind != .punctuation {
                    buffer[written] = UInt8(ascii: " ")
                    written += 1
                }
                // Read in place where the key's bytes are contiguous (always, for keys built
                // here): a copy of the key to call `withUTF8` on costs a retain and a release.
                let copied: Void? = keys[index].utf8.withContiguousStorageIfAvailable { bytes in
                    for byte in bytes {
                        buffer[written] = byte
                        written += 1
                    }
                }
                if copied == nil {
                    for byte in keys[index].utf8 {
                        buffer[written] = byte
                        written += 1
                    }
                }
            }
            let startsWithThe = written >= 4 && buffer[0] == UInt8(ascii: "t") && buffer[1] == UInt8(ascii: "h")
                && buffer[2] == UInt8(ascii: "e") && buffer[3] == UInt8(ascii: " ")
            guard startsWithThe else { return body(UnsafeBufferPointer(rebasing: buffer[0..<written])) }
            // A non-ASCII byte after "the " may start a combining mark that joins the space into
            // another character; `String` decides then, as it would for the joined key.
            guard written > 4, buffer[4] >= 0x80 else { return body(UnsafeBufferPointer(rebasing: buffer[4..<written])) }
            let joined = String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<written]), as: UTF8.self)
            var key = joined.hasPrefix("the ") ? String(joined.dropFirst(4)) : joined
            return key.withUTF8(body)
        }
    }

    func isCapitalisedWord(_ index: Int) -> Bool {
        guard index < tokens.count, tokens[index].kind == .word, tokens[index].isCapitalised else { return false }
        // A lone capital ("M" in "M-1978") is a name word only as an initial: "J. Smith", or
        // without the dot before a longer name word, as South Asian news writes them ("V
        // Narayanan"); "A", "I" and "O" are words.
        if tokens[index].end - tokens[index].start == 1 {
            if isDot(index + 1) { return true }
            let letter = scalars[tokens[index].start]
            guard letter != "A", letter != "I", letter != "O", index + 1 < tokens.count else { return false }
            let next = tokens[index + 1]
            return next.kind == .word && next.isCapitalised && !next.isAllCaps && next.end - next.start >= 2
        }
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
                return (NameFolding.string(scalars[token.start..<offset]), NameFolding.string(scalars[(offset + 1)..<token.end]))
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

    func isComma(_ index: Int) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .punctuation && scalars[tokens[index].start] == ","
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
