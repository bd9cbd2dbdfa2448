import Foundation

/// What the normalizer removed or changed, counted so that loading can warn about it.
public struct NormalizationReport: Sendable, Hashable {
    /// C0/C1 control characters and DEL, outside escape sequences.
    public var controlCharacters = 0
    /// Whole terminal escape sequences (CSI, OSC, DCS, ...), each counted once.
    public var escapeSequences = 0
    /// Bidi overrides, embeddings, isolates and marks.
    public var bidiControls = 0
    /// Zero-width spaces, word joiners, stray BOMs, soft hyphens and unpaired joiners.
    public var invisibleCharacters = 0
    /// Combining marks beyond the per-grapheme cap.
    public var excessCombiningMarks = 0

    public init() {}

    public static func += (lhs: inout NormalizationReport, rhs: NormalizationReport) {
        lhs.controlCharacters += rhs.controlCharacters
        lhs.escapeSequences += rhs.escapeSequences
        lhs.bidiControls += rhs.bidiControls
        lhs.invisibleCharacters += rhs.invisibleCharacters
        lhs.excessCombiningMarks += rhs.excessCombiningMarks
    }

    /// One sentence per kind of repair, for an article's warnings.
    public var warnings: [String] {
        var result: [String] = []
        if escapeSequences > 0 { result.append("\(escapeSequences) terminal escape sequence\(escapeSequences == 1 ? "" : "s") removed") }
        if controlCharacters > 0 { result.append("\(controlCharacters) control character\(controlCharacters == 1 ? "" : "s") removed") }
        if bidiControls > 0 { result.append("\(bidiControls) bidirectional control character\(bidiControls == 1 ? "" : "s") removed") }
        if invisibleCharacters > 0 { result.append("\(invisibleCharacters) invisible character\(invisibleCharacters == 1 ? "" : "s") removed") }
        if excessCombiningMarks > 0 { result.append("\(excessCombiningMarks) excess combining mark\(excessCombiningMarks == 1 ? "" : "s") removed") }
        return result
    }
}

/// Makes decoded text safe and uniform: no byte of an article may reach the terminal as a
/// control sequence, and the same words must look the same to the analysers.
///
/// `clean` keeps line structure (LF only) so that formats can still find their lines and
/// blocks; `paragraphText` then collapses one paragraph's whitespace. Both are linear.
/// Quotes and dashes are kept exactly as written.
public struct Normalizer: Sendable {
    /// A grapheme may carry at most this many combining marks; more is an attack or garbage.
    public var maxCombiningMarks: Int
    /// Tab stops for tab expansion.
    public var tabWidth: Int

    public init(maxCombiningMarks: Int = 16, tabWidth: Int = 4) {
        self.maxCombiningMarks = max(1, maxCombiningMarks)
        self.tabWidth = max(1, tabWidth)
    }

    /// Cleans and NFC-normalises a whole string.
    public func normalize(_ text: String, report: inout NormalizationReport) -> [Unicode.Scalar] {
        normalize(Array(text.unicodeScalars), report: &report)
    }

    /// Cleans and NFC-normalises scalars.
    public func normalize(_ scalars: [Unicode.Scalar], report: inout NormalizationReport) -> [Unicode.Scalar] {
        NFC.normalize(clean(scalars, report: &report))
    }

    /// Convenience for callers that want a `String` back.
    public func normalizedString(_ text: String) -> (text: String, report: NormalizationReport) {
        var report = NormalizationReport()
        let scalars = normalize(text, report: &report)
        return (String(scalarsOf: scalars[...]), report)
    }

    /// Removes controls, escape sequences and invisible characters; unifies line breaks and
    /// spaces; expands tabs; caps combining marks. Does not compose (see `NFC`).
    public func clean(_ input: [Unicode.Scalar], report: inout NormalizationReport) -> [Unicode.Scalar] {
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(input.count)
        var column = 0
        var combiningRun = 0
        var index = 0
        let count = input.count
        input.withUnsafeBufferPointer { buffer in
            while index < count {
                let scalar = buffer[index]
                let value = scalar.value
                index += 1
                if value >= 0x20 && value < 0x7F {
                    output.append(scalar)
                    column += 1
                    combiningRun = 0
                    continue
                }
                switch value {
                case 0x0A:
                    output.append("\n")
                    column = 0
                    combiningRun = 0
                case 0x0D:
                    if index < count, buffer[index] == "\n" { index += 1 }
                    output.append("\n")
                    column = 0
                    combiningRun = 0
                case 0x2028, 0x2029:
                    output.append("\n")
                    column = 0
                    combiningRun = 0
                case 0x09:
                    let spaces = tabWidth - column % tabWidth
                    for _ in 0..<spaces { output.append(" ") }
                    column += spaces
                    combiningRun = 0
                case 0x1B:
                    index = EscapeSequence.end(afterEscapeAt: index - 1, in: input)
                    report.escapeSequences += 1
                case 0x9B, 0x9D, 0x90, 0x98, 0x9E, 0x9F:
                    index = EscapeSequence.end(afterC1At: index - 1, in: input)
                    report.escapeSequences += 1
                case 0x00...0x1F, 0x7F...0x9F:
                    report.controlCharacters += 1
                case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
                    report.bidiControls += 1
                case 0x200B, 0x2060, 0xFEFF, 0x00AD:
                    report.invisibleCharacters += 1
                case 0x200D:
                    if Self.joinsSequence(before: output.last, after: index < count ? buffer[index] : nil) {
                        output.append(scalar)
                    } else {
                        report.invisibleCharacters += 1
                    }
                case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F:
                    output.append(" ")
                    column += 1
                    combiningRun = 0
                default:
                    if value >= 0x300, Self.isCombiningMark(scalar) {
                        combiningRun += 1
                        if combiningRun > maxCombiningMarks {
                            report.excessCombiningMarks += 1
                            continue
                        }
                    } else {
                        combiningRun = 0
                    }
                    output.append(scalar)
                    column += 1
                }
            }
        }
        return output
    }

    /// One paragraph's text: line breaks and runs of spaces become one space, ends trimmed.
    public static func paragraphText(_ scalars: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        if isTidy(scalars) { return Array(scalars) }
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(scalars.count)
        var pendingSpace = false
        for scalar in scalars {
            if scalar == " " || scalar == "\n" {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace {
                output.append(" ")
                pendingSpace = false
            }
            output.append(scalar)
        }
        return output
    }

    /// No line break, no leading, trailing or doubled space: the common case, copied as is.
    private static func isTidy(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = scalars.first, let last = scalars.last, first != " ", last != " " else { return scalars.isEmpty }
        var previousWasSpace = false
        for scalar in scalars {
            if scalar == "\n" { return false }
            let isSpace = scalar == " "
            if isSpace && previousWasSpace { return false }
            previousWasSpace = isSpace
        }
        return true
    }

    /// A zero-width joiner is kept only where it glues two emoji or two letters together
    /// (👩‍💻, Indic conjuncts); anywhere else it is an invisible trap for matching.
    static func joinsSequence(before: Unicode.Scalar?, after: Unicode.Scalar?) -> Bool {
        guard let before, let after else { return false }
        return isJoinable(before, allowModifiers: true) && isJoinable(after, allowModifiers: false)
    }

    private static func isJoinable(_ scalar: Unicode.Scalar, allowModifiers: Bool) -> Bool {
        if scalar.value < 0x80 { return scalar.properties.isAlphabetic }
        let properties = scalar.properties
        if properties.isAlphabetic || properties.isEmoji { return true }
        if allowModifiers {
            // Variation selector 16 and combining marks end an emoji or letter before a joiner.
            return scalar.value == 0xFE0F || isCombiningMark(scalar)
        }
        return false
    }

    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: return false
        }
    }
}
