/// Reads TOML text scalar by scalar; see `TOML` for what is covered.
struct TOMLParser {
    /// Deepest nesting of arrays and inline tables: protects the stack from "[[[[[[...".
    static let maxDepth = 100

    private let text: [Unicode.Scalar]
    private var index = 0
    private var depth = 0

    init(_ source: String) {
        text = Array(source.unicodeScalars)
    }

    static func isBareKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "-": return true
        default: return false
        }
    }

    // MARK: Document

    mutating func parseDocument() throws -> TOMLTable {
        let root = TOMLTableTree(origin: .header)
        var current = root
        if peek() == "\u{FEFF}" { index += 1 }
        while true {
            skipSpaces()
            guard let scalar = peek() else { break }
            if scalar == "\n" || scalar == "#" || scalar == "\r" {
                try endOfLine()
                continue
            }
            let lineStart = index
            if scalar == "[" {
                let isArray = peek(1) == "["
                index += isArray ? 2 : 1
                skipSpaces()
                let path = try parseKey()
                skipSpaces()
                guard take("]"), !isArray || take("]") else {
                    throw error(isArray ? "expected ']]' to close the array-of-tables header" : "expected ']' to close the table header")
                }
                do {
                    current = isArray ? try root.appendTable(path) : try root.openTable(path)
                } catch {
                    throw self.error(error.message, at: lineStart)
                }
            } else {
                try parseKeyValue(into: current, errorsAt: lineStart)
            }
            try endOfLine()
        }
        return root.value
    }

    /// After a value or header: optional spaces and comment, then a newline or the end.
    private mutating func endOfLine() throws {
        skipSpaces()
        if peek() == "#" { try skipComment() }
        if take("\r") && peek() != "\n" { throw error("a carriage return must be followed by a newline") }
        guard peek() == nil || take("\n") else { throw error("expected a newline after the value") }
    }

    private mutating func skipComment() throws {
        while let scalar = peek(), scalar != "\n" {
            if scalar == "\r" && peek(1) == "\n" { return }
            if isForbiddenControl(scalar) { throw error("control character U+\(hex(scalar)) in a comment") }
            index += 1
        }
    }

    // MARK: Keys

    /// A key, possibly dotted: `a`, `"a b"`, `'c'`, `a."b".c`.
    /// `key = value` into `table`; a clash with an existing key is reported at `position`.
    private mutating func parseKeyValue(into table: TOMLTableTree, errorsAt position: Int) throws {
        let path = try parseKey()
        skipSpaces()
        guard take("=") else { throw error("expected '=' after key") }
        skipSpaces()
        let value = try parseValue()
        do {
            try table.set(path, value)
        } catch {
            throw self.error(error.message, at: position)
        }
    }

    private mutating func parseKey() throws -> [String] {
        var path = [try parseSimpleKey()]
        while true {
            let save = index
            skipSpaces()
            guard take(".") else {
                index = save
                return path
            }
            skipSpaces()
            path.append(try parseSimpleKey())
        }
    }

    private mutating func parseSimpleKey() throws -> String {
        switch peek() {
        case "\""?:
            if peek(1) == "\"" && peek(2) == "\"" { throw error("a key cannot be a multi-line string") }
            return try parseBasicString()
        case "'"?:
            if peek(1) == "'" && peek(2) == "'" { throw error("a key cannot be a multi-line string") }
            return try parseLiteralString()
        default:
            let start = index
            while let scalar = peek(), Self.isBareKeyScalar(scalar) { index += 1 }
            guard index > start else { throw error(peek() == nil ? "expected a key at the end of the file" : "expected a key") }
            return string(start, index)
        }
    }

    // MARK: Values

    private mutating func parseValue() throws -> TOMLValue {
        guard let scalar = peek() else { throw error("expected a value at the end of the file") }
        switch scalar {
        case "\"":
            if peek(1) == "\"" && peek(2) == "\"" { return .string(try parseMultilineString(quote: "\"")) }
            return .string(try parseBasicString())
        case "'":
            if peek(1) == "'" && peek(2) == "'" { return .string(try parseMultilineString(quote: "'")) }
            return .string(try parseLiteralString())
        case "[":
            return try nested { parser in try parser.parseArray() }
        case "{":
            return try nested { parser in try parser.parseInlineTable() }
        case "t", "f":
            if matchWord("true") { return .bool(true) }
            if matchWord("false") { return .bool(false) }
            throw error("expected a value (strings need quotes)")
        case "0"..."9", "+", "-", "i", "n":
            return try parseNumber()
        default:
            throw error("expected a value")
        }
    }

    private mutating func nested(_ body: (inout TOMLParser) throws -> TOMLValue) throws -> TOMLValue {
        guard depth < Self.maxDepth else { throw error("arrays and inline tables are nested too deeply") }
        depth += 1
        defer { depth -= 1 }
        return try body(&self)
    }

    private mutating func parseArray() throws -> TOMLValue {
        index += 1
        var elements: [TOMLValue] = []
        while true {
            try skipSpacesNewlinesAndComments()
            if take("]") { return .array(elements) }
            guard peek() != nil else { throw error("unterminated array: expected ']'") }
            elements.append(try parseValue())
            try skipSpacesNewlinesAndComments()
            if take(",") { continue }
            if take("]") { return .array(elements) }
            throw error(peek() == nil ? "unterminated array: expected ']'" : "expected ',' or ']' in the array")
        }
    }

    private mutating func parseInlineTable() throws -> TOMLValue {
        index += 1
        let table = TOMLTableTree(origin: .header)
        while true {
            try skipSpacesNewlinesAndComments()
            if take("}") { return .table(table.value) }
            guard peek() != nil else { throw error("unterminated inline table: expected '}'") }
            try parseKeyValue(into: table, errorsAt: index)
            try skipSpacesNewlinesAndComments()
            if take(",") { continue }
            if take("}") { return .table(table.value) }
            throw error(peek() == nil ? "unterminated inline table: expected '}'" : "expected ',' or '}' in the inline table")
        }
    }

    // MARK: Numbers

    private mutating func parseNumber() throws -> TOMLValue {
        let start = index
        while let scalar = peek(), Self.isNumberScalar(scalar) { index += 1 }
        let token = string(start, index)
        if token.contains(":") || (token.count >= 8 && token.dropFirst(4).hasPrefix("-") && token.first?.isNumber == true) {
            throw error("dates and times are not supported (found '\(token)'); write them as strings", at: start)
        }
        if let first = token.unicodeScalars.first, !("0"..."9").contains(first), first != "+", first != "-",
           !["inf", "nan"].contains(token) {
            throw error("expected a value (strings need quotes)", at: start)
        }
        switch TOMLNumber.parse(token) {
        case .success(let value): return value
        case .failure(let problem): throw error(problem.message, at: start)
        }
    }

    private static func isNumberScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "+", "-", ".", ":": return true
        default: return false
        }
    }

    // MARK: Strings

    /// `"..."` with escapes, on one line.
    private mutating func parseBasicString() throws -> String {
        let open = index
        index += 1
        var result = String.UnicodeScalarView()
        while true {
            guard let scalar = peek(), scalar != "\n" else { throw error("unterminated string", at: open) }
            index += 1
            switch scalar {
            case "\"": return String(result)
            case "\\": result.append(try parseEscape())
            default:
                if isForbiddenControl(scalar) || scalar == "\r" { throw error("control character U+\(hex(scalar)) in a string; use an escape", at: index - 1) }
                result.append(scalar)
            }
        }
    }

    /// `'...'`, taken as written, on one line.
    private mutating func parseLiteralString() throws -> String {
        let open = index
        index += 1
        let start = index
        while true {
            guard let scalar = peek(), scalar != "\n" else { throw error("unterminated literal string", at: open) }
            if scalar == "'" {
                let value = string(start, index)
                index += 1
                return value
            }
            if isForbiddenControl(scalar) || scalar == "\r" { throw error("control character U+\(hex(scalar)) in a string") }
            index += 1
        }
    }

    /// `"""..."""` (with escapes and line-ending backslashes) or `'''...'''` (as written).
    /// A newline right after the opening quotes is dropped; up to two quotes may sit just
    /// before the closing three.
    private mutating func parseMultilineString(quote: Unicode.Scalar) throws -> String {
        let open = index
        index += 3
        if peek() == "\r" && peek(1) == "\n" { index += 2 } else if peek() == "\n" { index += 1 }
        var result = String.UnicodeScalarView()
        while true {
            guard let scalar = peek() else { throw error("unterminated multi-line string", at: open) }
            if scalar == quote {
                var run = 0
                while peek(run) == quote { run += 1 }
                if run >= 3 {
                    guard run <= 5 else { throw error("too many quotes at the end of a multi-line string") }
                    for _ in 0..<(run - 3) { result.append(quote) }
                    index += run
                    return String(result)
                }
                for _ in 0..<run { result.append(quote) }
                index += run
                continue
            }
            index += 1
            if scalar == "\\" && quote == "\"" {
                if try skipLineEndingBackslash() { continue }
                result.append(try parseEscape())
            } else if scalar == "\r" && peek() == "\n" {
                continue
            } else if isForbiddenControl(scalar) || scalar == "\r" {
                throw error("control character U+\(hex(scalar)) in a string; use an escape", at: index - 1)
            } else {
                result.append(scalar)
            }
        }
    }

    /// After a backslash in `"""`: if only spaces remain on the line, skips them and all
    /// following whitespace and newlines.
    private mutating func skipLineEndingBackslash() throws -> Bool {
        var probe = index
        while probe < text.count, text[probe] == " " || text[probe] == "\t" { probe += 1 }
        guard probe < text.count, text[probe] == "\n" || (text[probe] == "\r" && probe + 1 < text.count && text[probe + 1] == "\n") else {
            return false
        }
        index = probe
        while let scalar = peek(), scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" { index += 1 }
        return true
    }

    /// The scalar after a backslash (the backslash is already consumed).
    private mutating func parseEscape() throws -> Unicode.Scalar {
        let at = index - 1
        guard let scalar = peek() else { throw error("unterminated string", at: at) }
        index += 1
        switch scalar {
        case "b": return "\u{08}"
        case "t": return "\t"
        case "n": return "\n"
        case "f": return "\u{0C}"
        case "r": return "\r"
        case "e": return "\u{1B}"
        case "\"": return "\""
        case "\\": return "\\"
        case "u", "U":
            let digits = scalar == "u" ? 4 : 8
            var value: UInt32 = 0
            for _ in 0..<digits {
                guard let digit = peek(), let nibble = TOMLNumber.hexValue(digit) else {
                    throw error("\\\(scalar) needs \(digits) hex digits", at: at)
                }
                value = value &* 16 &+ nibble
                index += 1
            }
            guard let result = Unicode.Scalar(value) else {
                throw error("\\\(scalar)\(String(value, radix: 16, uppercase: true)) is not a Unicode scalar value", at: at)
            }
            return result
        default:
            throw error("invalid escape '\\\(scalar)'", at: at)
        }
    }

    // MARK: Scanning helpers

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let position = index + offset
        return position < text.count ? text[position] : nil
    }

    private mutating func take(_ scalar: Unicode.Scalar) -> Bool {
        guard peek() == scalar else { return false }
        index += 1
        return true
    }

    /// Consumes `word` if it is followed by something that cannot continue a bare value.
    private mutating func matchWord(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        for (offset, scalar) in scalars.enumerated() where peek(offset) != scalar { return false }
        if let next = peek(scalars.count), Self.isBareKeyScalar(next) { return false }
        index += scalars.count
        return true
    }

    private mutating func skipSpaces() {
        while let scalar = peek(), scalar == " " || scalar == "\t" { index += 1 }
    }

    private mutating func skipSpacesNewlinesAndComments() throws {
        while let scalar = peek() {
            switch scalar {
            case " ", "\t", "\n": index += 1
            case "\r" where peek(1) == "\n": index += 2
            case "#": try skipComment()
            default: return
            }
        }
    }

    private func isForbiddenControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || scalar.value == 0x7F
    }

    private func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private func string(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text[start..<end])
        return String(view)
    }

    private func error(_ message: String, at position: Int? = nil) -> TOMLError {
        let target = min(position ?? index, text.count)
        var line = 1, column = 1
        for scalar in text[0..<target] {
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return TOMLError(line: line, column: column, message: message)
    }
}
