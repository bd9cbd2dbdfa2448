/// Removes inline Markdown: links keep their text, images and HTML tags go, emphasis and
/// code markers go, backslash escapes resolve. Tolerant: unmatched markup stays as text.
enum MarkdownInline {
    /// How far ahead a `<` looks for its `>`; keeps odd input linear.
    static let lookahead = 2_000

    static func strip(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let pairs = matchingPairs(in: text)
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(text.count)
        // Where a link's label ends: jump past its "](destination)".
        var labelEnds: [Int: Int] = [:]
        var index = 0
        while index < text.count {
            if let jump = labelEnds[index] {
                index = jump
                continue
            }
            let scalar = text[index]
            switch scalar {
            case "\\":
                if index + 1 < text.count, isASCIIPunctuation(text[index + 1]) {
                    output.append(text[index + 1])
                    index += 2
                } else {
                    output.append(scalar)
                    index += 1
                }
            case "!" where index + 1 < text.count && text[index + 1] == "[":
                if let link = link(at: index + 1, in: text, pairs: pairs) {
                    index = link.end
                } else {
                    output.append(scalar)
                    index += 1
                }
            case "[":
                if let link = link(at: index, in: text, pairs: pairs) {
                    if link.isFootnote {
                        index = link.end
                    } else {
                        labelEnds[link.labelEnd] = link.end
                        index += 1
                    }
                } else {
                    output.append(scalar)
                    index += 1
                }
            case "<":
                if let end = angleEnd(at: index, in: text) {
                    let inner = text[(index + 1)..<(end - 1)]
                    if isAutolink(inner) { output.append(contentsOf: inner) }
                    index = end
                } else {
                    output.append(scalar)
                    index += 1
                }
            case "`":
                index += 1
            case "*", "_", "~":
                var end = index
                while end < text.count, text[end] == scalar { end += 1 }
                let before = index > 0 ? text[index - 1] : " "
                let after = end < text.count ? text[end] : " "
                if !isMarker(scalar, run: end - index, before: before, after: after) {
                    output.append(contentsOf: text[index..<end])
                }
                index = end
            default:
                output.append(scalar)
                index += 1
            }
        }
        return output
    }

    private struct Link {
        /// Index of the label's closing `]`.
        var labelEnd: Int
        /// Index just past the whole link.
        var end: Int
        var isFootnote: Bool
    }

    /// `[label](destination)`, `[label][ref]` or `[^note]` starting at `open`.
    private static func link(at open: Int, in text: [Unicode.Scalar], pairs: [Int: Int]) -> Link? {
        guard let close = pairs[open] else { return nil }
        let next = close + 1
        if next < text.count, text[next] == "(" || text[next] == "[", let end = pairs[next] {
            return Link(labelEnd: close, end: end + 1, isFootnote: false)
        }
        if open + 1 < close, text[open + 1] == "^" {
            return Link(labelEnd: close, end: next, isFootnote: true)
        }
        return nil
    }

    /// Matching `[`…`]` and `(`…`)` pairs (open index → close index), skipping escapes. Linear.
    private static func matchingPairs(in text: [Unicode.Scalar]) -> [Int: Int] {
        var pairs: [Int: Int] = [:]
        var brackets: [Int] = []
        var parens: [Int] = []
        var index = 0
        while index < text.count {
            switch text[index] {
            case "\\": index += 1
            case "[": brackets.append(index)
            case "]": if let open = brackets.popLast() { pairs[open] = index }
            case "(": parens.append(index)
            case ")": if let open = parens.popLast() { pairs[open] = index }
            default: break
            }
            index += 1
        }
        return pairs
    }

    /// Index just past `>` for an HTML tag or autolink at `open`, or nil when `<` is text.
    private static func angleEnd(at open: Int, in text: [Unicode.Scalar]) -> Int? {
        guard open + 1 < text.count else { return nil }
        let first = text[open + 1]
        guard first.properties.isAlphabetic && first.value < 0x80 || first == "/" || first == "!" else { return nil }
        var index = open + 1
        while index < min(text.count, open + lookahead) {
            if text[index] == ">" { return index + 1 }
            if text[index] == "<" { return nil }
            index += 1
        }
        return nil
    }

    private static func isAutolink(_ inner: ArraySlice<Unicode.Scalar>) -> Bool {
        let string = String(scalarsOf: inner).lowercased()
        return string.hasPrefix("http://") || string.hasPrefix("https://") || string.hasPrefix("mailto:")
            || (string.contains("@") && !string.contains(" "))
    }

    /// Whether a run of `*`, `_` or `~` is emphasis markup rather than text.
    private static func isMarker(_ scalar: Unicode.Scalar, run: Int, before: Unicode.Scalar, after: Unicode.Scalar) -> Bool {
        let spaceBefore = before == " ", spaceAfter = after == " "
        if spaceBefore && spaceAfter { return false }
        switch scalar {
        case "_":
            // snake_case and intra-word underscores are text.
            return !(isWordCharacter(before) && isWordCharacter(after))
        case "~":
            return run == 2
        default:
            return true
        }
    }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }

    private static func isASCIIPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
        default: return false
        }
    }
}
