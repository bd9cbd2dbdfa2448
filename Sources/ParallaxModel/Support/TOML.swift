/// A small TOML reader for Parallax's own files: reader themes, the key map and the entity
/// alias file. It covers TOML 1.0 minus dates and times: comments, bare / quoted / dotted keys,
/// `[table]` and `[[array of tables]]` headers, every string form, integers (decimal with
/// `_`, hex, octal, binary), floats (incl. inf / nan), booleans, arrays and inline tables.
/// Inline tables may span lines and end with a comma, as TOML 1.1 allows.
///
///     let config = try TOML.parse(text)
///     let accent = config["palette"]?["accent"]?.string
public enum TOML {
    /// Parses a whole document. Never traps: every problem is a `TOMLError` with a position.
    public static func parse(_ text: String) throws -> TOMLTable {
        var parser = TOMLParser(text)
        return try parser.parseDocument()
    }
}

/// One TOML value.
public enum TOMLValue: Sendable, Hashable {
    case string(String)
    case integer(Int)
    case float(Double)
    case bool(Bool)
    case array([TOMLValue])
    case table(TOMLTable)

    public var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    public var int: Int? {
        if case .integer(let value) = self { return value }
        return nil
    }

    /// A float, or an integer widened to a float ("1" is a fine value for a ratio).
    public var double: Double? {
        switch self {
        case .float(let value): return value
        case .integer(let value): return Double(value)
        default: return nil
        }
    }

    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    public var array: [TOMLValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    public var table: TOMLTable? {
        if case .table(let value) = self { return value }
        return nil
    }

    /// The value under `key` when this is a table.
    public subscript(key: String) -> TOMLValue? {
        table?[key]
    }

    /// The element at `index` when this is an array and the index is in range.
    public subscript(index: Int) -> TOMLValue? {
        guard let array, array.indices.contains(index) else { return nil }
        return array[index]
    }

    /// The TOML type name, for error messages written by callers ("expected a string, found an integer").
    public var typeName: String {
        switch self {
        case .string: return "string"
        case .integer: return "integer"
        case .float: return "float"
        case .bool: return "boolean"
        case .array: return "array"
        case .table: return "table"
        }
    }
}

/// A table whose keys keep the order they were written in.
public struct TOMLTable: Sendable, Hashable, Sequence {
    public private(set) var keys: [String] = []
    private var storage: [String: TOMLValue] = [:]

    public init() {}

    public init(_ entries: [(String, TOMLValue)]) {
        for (key, value) in entries { self[key] = value }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// Reads or replaces a value; a new key goes last, setting nil removes the key.
    public subscript(key: String) -> TOMLValue? {
        get { storage[key] }
        set {
            if let newValue {
                if storage.updateValue(newValue, forKey: key) == nil { keys.append(key) }
            } else if storage.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    /// The value at a path of keys through nested tables (`["theme", "palette", "red"]`).
    public func value(at path: [String]) -> TOMLValue? {
        guard let first = path.first, let value = self[first] else { return nil }
        if path.count == 1 { return value }
        return value.table?.value(at: Array(path.dropFirst()))
    }

    public var entries: [(key: String, value: TOMLValue)] {
        keys.compactMap { key in storage[key].map { (key, $0) } }
    }

    public func makeIterator() -> IndexingIterator<[(key: String, value: TOMLValue)]> {
        entries.makeIterator()
    }

    public static func == (lhs: TOMLTable, rhs: TOMLTable) -> Bool {
        lhs.keys == rhs.keys && lhs.storage == rhs.storage
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(keys)
        for key in keys { hasher.combine(storage[key]) }
    }
}

/// Why a document could not be read, and where: "line 4, column 9: expected '=' after key".
public struct TOMLError: Error, CustomStringConvertible, Sendable, Hashable {
    /// 1-based line and column (columns count Unicode scalars).
    public var line: Int
    public var column: Int
    public var message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "line \(line), column \(column): \(message)" }
}
