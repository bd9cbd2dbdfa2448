/// A value read from a theme or config file.
public indirect enum ConfigValue: Equatable, Sendable {
    case string(String)
    case integer(Int)
    case boolean(Bool)
    case array([ConfigValue])
    case table([String: ConfigValue])

    public var string: String? { if case .string(let s) = self { return s } else { return nil } }
    public var integer: Int? { if case .integer(let i) = self { return i } else { return nil } }
    public var boolean: Bool? { if case .boolean(let b) = self { return b } else { return nil } }
    public var table: [String: ConfigValue]? { if case .table(let t) = self { return t } else { return nil } }
    public var array: [ConfigValue]? { if case .array(let a) = self { return a } else { return nil } }
}

public struct ConfigParseError: Error, CustomStringConvertible, Sendable {
    public var line: Int
    public var reason: String
    public var description: String { "line \(line): \(reason)" }
}

/// A deliberately small TOML reader for themes and config.toml, until the shared TOML parser
/// lands (the lead swaps `MiniTOML.parse` for it). Subset: `# comments`, `[table]` and
/// `[a.b]` headers, `key = value` with bare or "quoted" keys, values "string" (with \" \\ \n
/// \t \u escapes), integers, true/false, [arrays] and { inline = tables } on one line.
public enum MiniTOML {
    public static func parse(_ text: String) throws -> [String: ConfigValue] {
        var root: [String: ConfigValue] = [:]
        var tablePath: [String] = []
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var reader = Reader(Array(rawLine.unicodeScalars), line: number + 1)
            reader.skipSpace()
            if reader.atEnd || reader.peek == "#" { continue }
            if reader.peek == "[" {
                reader.advance()
                tablePath = try reader.keyPath(until: "]")
                try reader.expect("]")
                try reader.expectLineEnd()
                try insert(.table([:]), at: tablePath, into: &root, line: number + 1, replace: false)
                continue
            }
            let keyPath = try reader.keyPath(until: "=")
            try reader.expect("=")
            let value = try reader.value()
            try reader.expectLineEnd()
            try insert(value, at: tablePath + keyPath, into: &root, line: number + 1, replace: true)
        }
        return root
    }

    private static func insert(_ value: ConfigValue, at path: [String], into table: inout [String: ConfigValue], line: Int, replace: Bool) throws {
        guard let head = path.first else { return }
        if path.count == 1 {
            if case .table = table[head], !replace { return }
            if table[head] != nil, replace { throw ConfigParseError(line: line, reason: "\(head) is set twice") }
            table[head] = value
            return
        }
        var inner = table[head]?.table ?? [:]
        if let existing = table[head], existing.table == nil {
            throw ConfigParseError(line: line, reason: "\(head) is not a table")
        }
        try insert(value, at: Array(path.dropFirst()), into: &inner, line: line, replace: replace)
        table[head] = .table(inner)
    }

    private struct Reader {
        let scalars: [Unicode.Scalar]
        let line: Int
        var position = 0

        init(_ scalars: [Unicode.Scalar], line: Int) {
            self.scalars = scalars
            self.line = line
        }

        var atEnd: Bool { position >= scalars.count }
        var peek: Unicode.Scalar? { atEnd ? nil : scalars[position] }
        mutating func advance() { position += 1 }

        func fail(_ reason: String) -> ConfigParseError { ConfigParseError(line: line, reason: reason) }

        mutating func skipSpace() {
            while let c = peek, c == " " || c == "\t" || c == "\r" { advance() }
        }

        mutating func expect(_ scalar: Unicode.Scalar) throws {
            skipSpace()
            guard peek == scalar else { throw fail("expected \(scalar)") }
            advance()
        }

        mutating func expectLineEnd() throws {
            skipSpace()
            guard atEnd || peek == "#" else { throw fail("unexpected text after the value") }
        }

        mutating func keyPath(until terminator: Unicode.Scalar) throws -> [String] {
            var parts: [String] = []
            while true {
                skipSpace()
                parts.append(try key())
                skipSpace()
                if peek == "." { advance(); continue }
                guard peek == terminator else { throw fail("expected \(terminator) after a key") }
                return parts
            }
        }

        mutating func key() throws -> String {
            if peek == "\"" { return try quoted() }
            var key = ""
            while let c = peek, c.properties.isAlphabetic || c.properties.numericType != nil || c == "_" || c == "-" {
                key.unicodeScalars.append(c)
                advance()
            }
            guard !key.isEmpty else { throw fail("expected a key") }
            return key
        }

        mutating func quoted() throws -> String {
            advance()
            var text = ""
            while let c = peek {
                advance()
                if c == "\"" { return text }
                if c == "\\" {
                    guard let escaped = peek else { break }
                    advance()
                    switch escaped {
                    case "n": text += "\n"
                    case "t": text += "\t"
                    case "\"": text += "\""
                    case "\\": text += "\\"
                    case "u":
                        let digits = String(String.UnicodeScalarView(scalars[position..<min(scalars.count, position + 4)]))
                        position += 4
                        guard let code = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(code) else { throw fail("bad \\u escape") }
                        text.unicodeScalars.append(scalar)
                    default: throw fail("unknown escape \\\(escaped)")
                    }
                } else {
                    text.unicodeScalars.append(c)
                }
            }
            throw fail("unterminated string")
        }

        mutating func value() throws -> ConfigValue {
            skipSpace()
            guard let c = peek else { throw fail("missing value") }
            switch c {
            case "\"": return .string(try quoted())
            case "[":
                advance()
                var items: [ConfigValue] = []
                while true {
                    skipSpace()
                    if peek == "]" { advance(); return .array(items) }
                    items.append(try value())
                    skipSpace()
                    if peek == "," { advance() } else if peek != "]" { throw fail("expected , or ] in an array") }
                }
            case "{":
                advance()
                var table: [String: ConfigValue] = [:]
                while true {
                    skipSpace()
                    if peek == "}" { advance(); return .table(table) }
                    let name = try key()
                    try expect("=")
                    table[name] = try value()
                    skipSpace()
                    if peek == "," { advance() } else if peek != "}" { throw fail("expected , or } in an inline table") }
                }
            default:
                var word = ""
                while let c = peek, c != ",", c != "]", c != "}", c != " ", c != "#", c != "\t", c != "\r" {
                    word.unicodeScalars.append(c)
                    advance()
                }
                if word == "true" { return .boolean(true) }
                if word == "false" { return .boolean(false) }
                if let number = Int(String(word.filter { $0 != "_" })) { return .integer(number) }
                throw fail("cannot read the value \(word.isEmpty ? "here" : "'\(word)'")")
            }
        }
    }
}
