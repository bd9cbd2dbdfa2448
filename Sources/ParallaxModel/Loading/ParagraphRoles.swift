/// Rules that decide what a short line is: a headline, a sub-heading, or body text.
enum ParagraphRoles {
    /// A headline or sub-heading is at most this long.
    static let maxHeadingWords = 15
    static let maxHeadingScalars = 120

    /// Sentence-ending punctuation: a line ending with one is a sentence, not a heading.
    static let finalPunctuation: Set<Unicode.Scalar> = [".", "!", "?", ":", ";", "…", "。", "！", "？", "；", "："]
    /// Closing quotes and brackets are looked through: `He said “no.”` ends with a full stop.
    static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", "»", "›", ")", "]", "」", "』"]

    /// A short line without final punctuation that starts like a heading (a letter or digit).
    static func isHeadingLike(_ text: [Unicode.Scalar]) -> Bool {
        guard !text.isEmpty, text.count <= maxHeadingScalars, let first = text.first else { return false }
        guard first.properties.isAlphabetic || first.properties.numericType != nil else { return false }
        var end = text.count
        while end > 0, closers.contains(text[end - 1]) { end -= 1 }
        guard end > 0, !finalPunctuation.contains(text[end - 1]) else { return false }
        return wordCount(text[...]) <= maxHeadingWords
    }

    /// "By Jane Doe" / "BY JANE DOE": a byline, never the headline.
    static func isByline(_ text: [Unicode.Scalar]) -> Bool {
        guard text.count > 3, wordCount(text[...]) <= 8 else { return false }
        let start = String(scalarsOf: text.prefix(3))
        return start == "By " || start == "BY "
    }

    static func wordCount(_ text: ArraySlice<Unicode.Scalar>) -> Int {
        var words = 0
        var inWord = false
        for scalar in text {
            let isSpace = scalar == " "
            if !isSpace && !inWord { words += 1 }
            inWord = !isSpace
        }
        return words
    }
}
