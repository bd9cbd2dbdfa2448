/// Splits a paragraph of news prose into sentences, in one left-to-right pass with no regex.
///
/// A sentence ends at a run of final marks (". ! ? …", "?!", "...") plus any closing quotes or
/// brackets right after it (`left." Then`, `(See below.) Next`), when space follows and the
/// next word can open a sentence. A lowercase next word never does. What precedes a single
/// full stop decides the rest:
/// - an ordinary word or number ends the sentence before any non-lowercase word;
/// - a title or connective ("Dr.", "Gen.", "e.g.", "vs.") never ends it;
/// - an abbreviation often followed by a name ("U.S.", "Inc.", "St.", "etc.") and an ellipsis
///   end it only before a common sentence opener ("The", "He", "But") or a quote;
/// - a month, weekday, US state or unit ("Sept.", "Wed.", "Fla.", "mi.") ends it before any
///   capitalised word; "a.m." / "p.m." before any but a day, month or time zone;
/// - "No.", "Fig." and the like are abbreviations only before a number;
/// - a single letter is an initial ("J. K. Rowling", "George W. Bush") unless a sentence opener
///   that is not itself an initial follows ("Plan B. The").
/// Without space after the stop, `word.The` is a boundary (a typo for `word. The`) only when
/// both sides are plain words of two or more letters and the right one is capitalised then
/// lowercase; so "3.5", "$1.2bn", "U.S.A.", "Amazon.com", "example.co.uk/news" and
/// "press@example.org" never split. CJK full stops end a sentence without space. Hashtags and
/// @mentions that close a paragraph stay with the sentence before them.
///
/// Every scalar is visited a bounded number of times (look-behind and look-ahead stop at the
/// next space and at `maxWordLength`), so the pass is linear in the paragraph length.
public struct SentenceSplitter: Sendable {
    /// Longest word looked at around a stop; longer "words" (URLs, noise) count as plain words.
    static let maxWordLength = 64
    /// Longest run of trailing hashtags and @mentions kept with the sentence before it.
    static let maxTagTail = 280

    public init() {}

    /// Sentence spans inside `range` of `scalars`, in absolute offsets, trimmed of spaces,
    /// never empty and never crossing `range`. An out-of-bounds range is clamped.
    public func split(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [TextSpan] {
        let lower = min(max(range.lowerBound, 0), scalars.count)
        let upper = min(max(range.upperBound, lower), scalars.count)
        return scalars.withUnsafeBufferPointer { buffer in
            var scan = SentenceScan(scalars: buffer, lower: lower, upper: upper)
            return scan.run()
        }
    }

    /// The sentences of `text` as strings: a convenience for tests and tools.
    public func split(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return split(scalars, in: 0..<scalars.count).map { span in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[span.start..<span.end])
            return String(view)
        }
    }
}

/// One pass over one range; holds the spans found so far.
private struct SentenceScan {
    let scalars: UnsafeBufferPointer<Unicode.Scalar>
    let lower: Int
    let upper: Int
    var spans: [TextSpan] = []

    init(scalars: UnsafeBufferPointer<Unicode.Scalar>, lower: Int, upper: Int) {
        self.scalars = scalars
        self.lower = lower
        self.upper = upper
    }

    mutating func run() -> [TextSpan] {
        var start = lower
        var index = lower
        while index < upper {
            guard SentencePunctuation.isTerminator(scalars[index]) else {
                index += 1
                continue
            }
            let marks = readMarks(at: index)
            let end = closersEnd(after: marks.end)
            if end >= upper { break }

            if !SentencePunctuation.isSpace(scalars[end]) {
                if (marks.spaceless && hasContent(from: start, before: index))
                    || (marks.isSingleStop && end == marks.end && isGluedBoundary(stop: index)) {
                    append(start, end)
                    start = end
                }
                index = max(end, index + 1)
                continue
            }
            var next = end
            while next < upper, SentencePunctuation.isSpace(scalars[next]) { next += 1 }
            if next >= upper { break }
            if !isTrailingTags(from: next), hasContent(from: start, before: index),
               endsSentence(marks: marks, stop: index, next: NextWord(scalars, from: next, upper: upper)) {
                append(start, end)
                start = next
                index = next
            } else {
                index = end
            }
        }
        append(start, upper)
        return spans
    }

    /// Past the quotes and brackets that close a sentence right after its final marks,
    /// including a French closing guillemet set off by a space ("Oui. »").
    private func closersEnd(after marksEnd: Int) -> Int {
        var end = marksEnd
        while end < upper {
            if SentencePunctuation.isCloser(scalars[end]) {
                end += 1
            } else if end + 1 < upper, SentencePunctuation.isSpace(scalars[end]),
                      SentencePunctuation.isClosingGuillemet(scalars[end + 1]) {
                end += 2
            } else {
                break
            }
        }
        return end
    }

    /// Appends `start..<end` trimmed of spaces, unless nothing is left.
    private mutating func append(_ start: Int, _ end: Int) {
        var lo = start, hi = end
        while lo < hi, SentencePunctuation.isSpace(scalars[lo]) { lo += 1 }
        while hi > lo, SentencePunctuation.isSpace(scalars[hi - 1]) { hi -= 1 }
        if lo < hi { spans.append(TextSpan(lo, hi)) }
    }

    // MARK: Final marks

    struct Marks {
        var end: Int
        var isSingleStop: Bool
        var strong: Bool
        var ellipsis: Bool
        var spaceless: Bool
    }

    /// The run of final marks starting at `index`, including a spaced ellipsis ". . .".
    private func readMarks(at index: Int) -> Marks {
        var end = index
        var stops = 0, strong = false, ellipsis = false, spaceless = false
        while end < upper {
            let scalar = scalars[end]
            if SentencePunctuation.isTerminator(scalar) {
                if scalar == "." { stops += 1 }
                if scalar == "\u{2026}" { ellipsis = true }
                strong = strong || SentencePunctuation.isStrongTerminator(scalar)
                spaceless = spaceless || SentencePunctuation.isSpacelessTerminator(scalar)
                end += 1
            } else if scalar == " ", stops > 0, end + 1 < upper, scalars[end + 1] == ".",
                      end + 2 >= upper || scalars[end + 2] == " " || scalars[end + 2] == "." {
                // ". . ." typeset with spaces.
                end += 1
            } else {
                break
            }
        }
        ellipsis = ellipsis || stops >= 2
        return Marks(end: end, isSingleStop: stops == 1 && end == index + 1 && !strong,
                     strong: strong, ellipsis: ellipsis, spaceless: spaceless)
    }

    // MARK: Deciding

    /// Whether the sentence so far holds more than marks: "them. … They" must not make "…"
    /// a sentence of its own. Looks back at most `maxWordLength` scalars (then assumes yes).
    private func hasContent(from start: Int, before stop: Int) -> Bool {
        var index = stop
        while index > start {
            index -= 1
            if stop - index > SentenceSplitter.maxWordLength { return true }
            let scalar = scalars[index]
            if !SentencePunctuation.isSpace(scalar), !SentencePunctuation.isTerminator(scalar),
               !SentencePunctuation.isOpener(scalar), !SentencePunctuation.isCloser(scalar) {
                return true
            }
        }
        return false
    }

    /// Whether the rest of the range is only hashtags and @mentions ("We did it. #Vote2025"),
    /// which belong to the sentence before them. Looks at most `maxTagTail` scalars ahead.
    private func isTrailingTags(from start: Int) -> Bool {
        guard scalars[start] == "#" || scalars[start] == "@" else { return false }
        guard upper - start <= SentenceSplitter.maxTagTail else { return false }
        var atTokenStart = true
        for index in start..<upper {
            let scalar = scalars[index]
            if SentencePunctuation.isSpace(scalar) {
                atTokenStart = true
            } else {
                if atTokenStart, scalar != "#", scalar != "@" { return false }
                atTokenStart = false
            }
        }
        return true
    }

    private func endsSentence(marks: Marks, stop: Int, next: NextWord) -> Bool {
        if next.startsLowercase { return false }
        if marks.strong { return true }
        if marks.ellipsis { return next.opensSentence }
        switch wordBefore(stop) {
        case .plain:
            return true
        case .abbreviation(.neverFinal):
            return false
        case .abbreviation(.mayBeFinal):
            return next.opensSentence
        case .abbreviation(.finalBeforeCapital):
            return next.opensSentence || next.startsUppercase
        case .abbreviation(.beforeNumber):
            return !next.startsWithDigit
        case .abbreviation(.time):
            return next.opensSentence || (next.startsUppercase && !next.continuesTime(scalars, upper: upper))
        case .listMarker:
            return false
        case .initial:
            return next.opensSentence && !next.isInitial
        }
    }

    enum WordBefore {
        case plain
        case abbreviation(AbbreviationKind)
        case initial
        /// "1." or "12." after a colon, comma or semicolon, or opening the paragraph: a list item.
        case listMarker
    }

    /// Classifies the word that a single full stop at `stop` ends.
    private func wordBefore(_ stop: Int) -> WordBefore {
        var start = stop
        while start > lower, !SentencePunctuation.isSpace(scalars[start - 1]) {
            start -= 1
            if stop - start > SentenceSplitter.maxWordLength { return .plain }
        }
        while start < stop, SentencePunctuation.isOpener(scalars[start]) { start += 1 }
        guard start < stop, !SentencePunctuation.isCloser(scalars[stop - 1]) else { return .plain }
        if let kind = SentenceAbbreviations.kind(scalars, start, stop) { return .abbreviation(kind) }
        if stop - start == 1, SentencePunctuation.isLetter(scalars[start]) { return .initial }
        if stop - start <= 2, scalars[start..<stop].allSatisfy(SentencePunctuation.isDigit), opensList(before: start) {
            return .listMarker
        }
        return isDottedLetters(start, stop) ? .abbreviation(.mayBeFinal) : .plain
    }

    /// Whether the word at `start` opens the paragraph or follows ":", "," or ";".
    private func opensList(before start: Int) -> Bool {
        var index = start
        while index > lower, SentencePunctuation.isSpace(scalars[index - 1]) { index -= 1 }
        guard index > lower else { return true }
        let previous = scalars[index - 1]
        return previous == ":" || previous == "," || previous == ";"
    }

    /// "U.S", "a.m", "Ph.D", "N.Y": groups of one or two letters joined by stops.
    private func isDottedLetters(_ start: Int, _ end: Int) -> Bool {
        var groupLength = 0, groups = 0
        for index in start..<end {
            let scalar = scalars[index]
            if scalar == "." {
                guard groupLength > 0 else { return false }
                groups += 1
                groupLength = 0
            } else if SentencePunctuation.isLetter(scalar) {
                groupLength += 1
                if groupLength > 2 { return false }
            } else {
                return false
            }
        }
        return groupLength > 0 && groups >= 1
    }

    /// `word.Next` with no space: a boundary only between two plain words (see the type's doc).
    private func isGluedBoundary(stop: Int) -> Bool {
        var left = stop
        while left > lower, SentencePunctuation.isLetter(scalars[left - 1]) {
            left -= 1
            if stop - left > SentenceSplitter.maxWordLength { return false }
        }
        guard stop - left >= 2 else { return false }
        if left > lower {
            let before = scalars[left - 1]
            guard SentencePunctuation.isSpace(before) || SentencePunctuation.isOpener(before) else { return false }
        }
        var right = stop + 1
        while right < upper, SentencePunctuation.isLetter(scalars[right]) {
            right += 1
            if right - stop > SentenceSplitter.maxWordLength { return false }
        }
        guard right - stop - 1 >= 2,
              SentencePunctuation.isUppercase(scalars[stop + 1]),
              SentencePunctuation.isLowercase(scalars[stop + 2]) else { return false }
        if right < upper {
            let after = scalars[right]
            guard !SentencePunctuation.isDigit(after), after != ".", after != "/", after != "@", after != ":",
                  after != "-", after != "_" else { return false }
        }
        return SentenceAbbreviations.kind(scalars, left, stop) == nil
    }
}

/// The word after a possible boundary, past any opening quotes or brackets.
private struct NextWord {
    var startsLowercase = false
    var startsUppercase = false
    var startsWithDigit = false
    var opensSentence = false
    var isInitial = false
    private var wordStart = 0
    private var wordEnd = 0

    init(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, upper: Int) {
        var index = start
        var quoted = false
        while index < upper, SentencePunctuation.isOpener(scalars[index]) {
            quoted = quoted || SentencePunctuation.isOpeningQuote(scalars[index])
            index += 1
        }
        guard index < upper else { return }
        startsLowercase = SentencePunctuation.isLowercase(scalars[index])
        startsUppercase = SentencePunctuation.isUppercase(scalars[index])
        startsWithDigit = SentencePunctuation.isDigit(scalars[index])
        wordStart = index
        wordEnd = Self.wordEnd(scalars, from: index, upper: upper)
        isInitial = wordEnd - index == 1 && wordEnd < upper && scalars[wordEnd] == "."
        opensSentence = quoted ? !startsLowercase : SentenceStarters.contains(scalars, wordStart, wordEnd)
    }

    /// After "a.m." / "p.m.": a weekday, month or zone name, an all-capitals zone ("GMT"),
    /// or a word followed by "time" ("Kyiv time").
    func continuesTime(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, upper: Int) -> Bool {
        guard wordEnd > wordStart else { return false }
        if SentenceAbbreviations.continuesTime(scalars, wordStart, wordEnd) { return true }
        if (wordStart..<wordEnd).allSatisfy({ !SentencePunctuation.isLowercase(scalars[$0]) }) { return true }
        guard wordEnd < upper, scalars[wordEnd] == " " else { return false }
        let nextEnd = Self.wordEnd(scalars, from: wordEnd + 1, upper: upper)
        guard nextEnd - wordEnd == 5 else { return false }
        return scalars[wordEnd + 1] == "t" && scalars[wordEnd + 2] == "i" && scalars[wordEnd + 3] == "m" && scalars[wordEnd + 4] == "e"
    }

    private static func wordEnd(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from index: Int, upper: Int) -> Int {
        var end = index
        while end < upper, end - index < SentenceSplitter.maxWordLength,
              SentencePunctuation.isLetter(scalars[end]) || SentencePunctuation.isApostrophe(scalars[end]) {
            end += 1
        }
        return end
    }
}
