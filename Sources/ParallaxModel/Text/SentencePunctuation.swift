/// Character classes the sentence splitter needs, as plain switches over scalar values so the
/// hot loop never touches `Character` or the Unicode property tables for ordinary letters.
enum SentencePunctuation {
    /// Marks that can end a sentence: full stop, ellipsis, question and exclamation marks
    /// (Latin, interrobang, Arabic, Devanagari danda, and the CJK full-width forms).
    @inline(__always)
    static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x203D, 0x061F, 0x0964, 0x3002, 0xFF01, 0xFF1F, 0xFF0E, 0xFF61:
            return true
        default:
            return false
        }
    }

    /// "!" and "?" and their relatives: they end a sentence unless lowercase text follows.
    static func isStrongTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21, 0x3F, 0x203D, 0x061F, 0x0964, 0x3002, 0xFF01, 0xFF1F, 0xFF61:
            return true
        default:
            return false
        }
    }

    /// CJK sentence marks: scripts that put no space after them, so they end a sentence as is.
    static func isSpacelessTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF61, 0xFF0E:
            return true
        default:
            return false
        }
    }

    /// Quotes and brackets that may close a sentence after its final mark: `left." Then`.
    static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0xBB, 0x2019, 0x201D, 0x203A, 0x300D, 0x300F, 0xFF09, 0x300B:
            return true
        default:
            return false
        }
    }

    /// "»" and "›", which French typography separates from the text by a space.
    static func isClosingGuillemet(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{BB}" || scalar == "\u{203A}"
    }

    /// Quotes and brackets that may open a sentence: `. "We` / `. (He`.
    static func isOpener(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0xAB, 0xBF, 0xA1, 0x2018, 0x201A, 0x201C, 0x201E, 0x2039,
             0x300C, 0x300E, 0xFF08, 0x300A:
            return true
        default:
            return false
        }
    }

    /// Opening quotation marks (not brackets): a quote after an ambiguous stop starts a sentence.
    static func isOpeningQuote(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x27, 0xAB, 0x2018, 0x201A, 0x201C, 0x201E, 0x2039, 0x300C, 0x300E:
            return true
        default:
            return false
        }
    }

    /// Apostrophes inside a word ("It's", "don’t").
    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}"
    }

    /// Spaces that separate words, including no-break, thin, ideographic and line separators,
    /// and the zero-width characters that scraped text often carries between sentences.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F,
             0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    @inline(__always)
    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A
    }

    static func isASCIIUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x41 && scalar.value <= 0x5A
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        isASCIILetter(scalar) || (scalar.value >= 0x80 && scalar.properties.isAlphabetic)
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value >= 0x41 && scalar.value <= 0x5A }
        return scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter
    }

    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value >= 0x61 && scalar.value <= 0x7A }
        return scalar.properties.isLowercase
    }
}
