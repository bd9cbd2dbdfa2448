import Foundation

/// Comparable forms of names: case, accents and apostrophe styles folded away.
enum NameFolding {
    /// Lowercased, without diacritics, with every apostrophe written as `'`. Used as the key
    /// for every table lookup, so "Ukraine’s", "ukraine's" and "UKRAINE'S" all meet.
    static func key(_ text: String) -> String {
        var ascii = true
        for scalar in text.unicodeScalars where scalar.value >= 0x80 { ascii = false; break }
        if ascii { return text.lowercased() }
        var folded = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            folded.append(isApostrophe(scalar) ? "'" : scalar)
        }
        return String(folded).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The key without a leading "the " ("The Washington Post" → "washington post").
    static func keyWithoutArticle(_ text: String) -> String {
        let folded = key(text)
        return folded.hasPrefix("the ") ? String(folded.dropFirst(4)) : folded
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2018}" || scalar == "\u{02BC}"
    }

    /// Latin letters for a name in another script (Cyrillic via ICU's BGN romanisation),
    /// so "Зеленський" can meet "Zelenskyy". Returns the input when nothing applies.
    static func latin(_ text: String) -> String {
        var hasCyrillic = false, hasUkrainianLetters = false
        for scalar in text.unicodeScalars {
            if (0x0400...0x04FF).contains(scalar.value) {
                hasCyrillic = true
                if "іїєґІЇЄҐ".unicodeScalars.contains(scalar) { hasUkrainianLetters = true }
            }
        }
        guard hasCyrillic else { return text }
        let transform = StringTransform(hasUkrainianLetters ? "Ukrainian-Latin/BGN" : "Russian-Latin/BGN")
        let romanised = text.applyingTransform(transform, reverse: false) ?? text
        return romanised.replacingOccurrences(of: "\u{02B9}", with: "")
    }
}
