/// A tolerant HTML tokenizer: real saved pages are not well-formed, so it never fails.
///
/// It yields text, tags with lower-cased names and decoded attributes, and comments. The
/// contents of `script`, `style`, `textarea` and `title` are raw text up to their end tag.
struct HTMLToken {
    enum Kind: Equatable {
        case text
        case startTag
        case endTag
        case comment
    }

    var kind: Kind
    /// Tag name (lower case) for tags; raw text (entities not yet decoded) or comment body.
    var name: String
    var text: ArraySlice<Unicode.Scalar>
    var attributes: [String: String]

    func attribute(_ name: String) -> String? { attributes[name] }
}

enum HTMLTokenizer {
    static let rawTextElements: Set<String> = ["script", "style", "textarea", "title", "xmp", "noembed", "noframes"]

    static func tokenize(_ html: [Unicode.Scalar]) -> [HTMLToken] {
        var tokens: [HTMLToken] = []
        var index = 0
        var textStart = 0
        let count = html.count

        func flushText(upTo end: Int) {
            if end > textStart {
                tokens.append(HTMLToken(kind: .text, name: "", text: html[textStart..<end], attributes: [:]))
            }
        }

        while index < count {
            guard html[index] == "<", index + 1 < count else { index += 1; continue }
            let next = html[index + 1]
            if next == "!" {
                flushText(upTo: index)
                if html[index...].starts(with: ["<", "!", "-", "-"]) {
                    let bodyStart = index + 4
                    let end = find(["-", "-", ">"], in: html, from: bodyStart) ?? count
                    tokens.append(HTMLToken(kind: .comment, name: "", text: html[bodyStart..<min(end, count)], attributes: [:]))
                    index = min(count, end + 3)
                } else {
                    index = (find([">"], in: html, from: index) ?? count - 1) + 1
                }
                textStart = index
                continue
            }
            if next == "?" {
                flushText(upTo: index)
                index = (find([">"], in: html, from: index) ?? count - 1) + 1
                textStart = index
                continue
            }
            let isEnd = next == "/"
            let nameStart = index + (isEnd ? 2 : 1)
            guard nameStart < count, isASCIILetter(html[nameStart]) else { index += 1; continue }
            flushText(upTo: index)
            var cursor = nameStart
            while cursor < count, !isSpace(html[cursor]), html[cursor] != ">", html[cursor] != "/" { cursor += 1 }
            let name = String(scalarsOf: html[nameStart..<cursor]).lowercased()
            let (attributes, tagEnd) = readAttributes(html, from: cursor)
            index = tagEnd
            textStart = index
            tokens.append(HTMLToken(kind: isEnd ? .endTag : .startTag, name: name, text: [], attributes: attributes))
            if !isEnd, rawTextElements.contains(name) {
                let closing = Array("</\(name)".unicodeScalars)
                let end = findIgnoringCase(closing, in: html, from: index) ?? count
                if end > index {
                    tokens.append(HTMLToken(kind: .text, name: "", text: html[index..<end], attributes: [:]))
                }
                index = end
                textStart = end
            }
        }
        flushText(upTo: count)
        return tokens
    }

    /// Attributes from just after the tag name to just past `>`.
    private static func readAttributes(_ html: [Unicode.Scalar], from start: Int) -> ([String: String], Int) {
        var attributes: [String: String] = [:]
        var index = start
        let count = html.count
        while index < count {
            while index < count, isSpace(html[index]) || html[index] == "/" { index += 1 }
            guard index < count else { break }
            if html[index] == ">" { return (attributes, index + 1) }
            let nameStart = index
            while index < count, !isSpace(html[index]), html[index] != ">", html[index] != "=", html[index] != "/" { index += 1 }
            let name = String(scalarsOf: html[nameStart..<index]).lowercased()
            while index < count, isSpace(html[index]) { index += 1 }
            var value = ""
            if index < count, html[index] == "=" {
                index += 1
                while index < count, isSpace(html[index]) { index += 1 }
                if index < count, html[index] == "\"" || html[index] == "'" {
                    let quote = html[index]
                    let valueStart = index + 1
                    let valueEnd = find([quote], in: html, from: valueStart) ?? count
                    value = String(scalarsOf: HTMLEntities.decode(html[valueStart..<valueEnd])[...])
                    index = min(count, valueEnd + 1)
                } else {
                    let valueStart = index
                    while index < count, !isSpace(html[index]), html[index] != ">" { index += 1 }
                    value = String(scalarsOf: HTMLEntities.decode(html[valueStart..<index])[...])
                }
            }
            if !name.isEmpty, attributes[name] == nil { attributes[name] = value }
        }
        return (attributes, count)
    }

    private static func find(_ needle: [Unicode.Scalar], in html: [Unicode.Scalar], from start: Int) -> Int? {
        guard let first = needle.first, start < html.count else { return nil }
        var index = start
        while index + needle.count <= html.count {
            if html[index] == first, html[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private static func findIgnoringCase(_ needle: [Unicode.Scalar], in html: [Unicode.Scalar], from start: Int) -> Int? {
        guard start < html.count else { return nil }
        var index = start
        while index + needle.count <= html.count {
            if html[index] == "<", zip(html[index..<(index + needle.count)], needle).allSatisfy({ lowercased($0) == $1 }) { return index }
            index += 1
        }
        return nil
    }

    private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(scalar.value + 0x20)! : scalar
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{0C}"
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
    }
}
