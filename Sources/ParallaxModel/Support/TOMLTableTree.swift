/// The tables of a TOML document while it is being read, with the rules that decide whether
/// a header or a key may add to them (TOML forbids defining a table or a key twice, and
/// extending an inline table or a plain array).
final class TOMLTableTree {
    /// How a table came to exist, which decides what may later add to it.
    enum Origin {
        /// Created on the way to a deeper header (`[a.b]` creates `a`): may still get its own header.
        case implicit
        /// Opened by its own `[header]` or as an element of `[[array]]`.
        case header
        /// Created by a dotted key (`a.b = 1` creates `a`): only more dotted keys may add to it.
        case dotted
    }

    enum Node {
        case value(TOMLValue)
        case table(TOMLTableTree)
        case tableArray([TOMLTableTree])
    }

    var origin: Origin
    private var keys: [String] = []
    private var children: [String: Node] = [:]

    init(origin: Origin) {
        self.origin = origin
    }

    /// Why an addition is not allowed, phrased for the error message.
    struct Conflict: Error {
        var message: String
    }

    // MARK: Headers

    /// The table a `[path]` header opens.
    func openTable(_ path: [String]) throws(Conflict) -> TOMLTableTree {
        let parent = try walk(path.dropLast(), header: path)
        let key = path[path.count - 1]
        switch parent.children[key] {
        case nil:
            return parent.insert(key, table: TOMLTableTree(origin: .header))
        case .table(let table) where table.origin == .implicit:
            table.origin = .header
            return table
        case .table(let table) where table.origin == .dotted:
            throw Conflict(message: "table [\(Self.dotted(path))] was already defined by dotted keys")
        case .table:
            throw Conflict(message: "table [\(Self.dotted(path))] is defined twice")
        case .tableArray:
            throw Conflict(message: "[\(Self.dotted(path))] is an array of tables; use [[\(Self.dotted(path))]]")
        case .value:
            throw Conflict(message: "key '\(Self.dotted(path))' already holds a value, not a table")
        }
    }

    /// The new element a `[[path]]` header appends.
    func appendTable(_ path: [String]) throws(Conflict) -> TOMLTableTree {
        let parent = try walk(path.dropLast(), header: path)
        let key = path[path.count - 1]
        let element = TOMLTableTree(origin: .header)
        switch parent.children[key] {
        case nil:
            parent.keys.append(key)
            parent.children[key] = .tableArray([element])
        case .tableArray(let elements):
            parent.children[key] = .tableArray(elements + [element])
        case .table, .value:
            throw Conflict(message: "'\(Self.dotted(path))' is already defined and is not an array of tables")
        }
        return element
    }

    /// Follows a header's leading keys, creating implicit tables and entering the last
    /// element of arrays of tables.
    private func walk(_ keys: ArraySlice<String>, header: [String]) throws(Conflict) -> TOMLTableTree {
        var table = self
        for key in keys {
            switch table.children[key] {
            case nil:
                table = table.insert(key, table: TOMLTableTree(origin: .implicit))
            case .table(let child):
                table = child
            case .tableArray(let elements):
                guard let last = elements.last else { throw Conflict(message: "empty array of tables '\(key)'") }
                table = last
            case .value(.table):
                throw Conflict(message: "cannot add to the inline table '\(key)' from [\(Self.dotted(header))]")
            case .value:
                throw Conflict(message: "key '\(key)' already holds a value, not a table")
            }
        }
        return table
    }

    // MARK: Key / value pairs

    /// Sets `path = value` in this table, creating tables for the leading keys of a dotted key.
    func set(_ path: [String], _ value: TOMLValue) throws(Conflict) {
        var table = self
        for key in path.dropLast() {
            switch table.children[key] {
            case nil:
                table = table.insert(key, table: TOMLTableTree(origin: .dotted))
            case .table(let child) where child.origin == .dotted:
                table = child
            case .table:
                throw Conflict(message: "table '\(key)' is already defined; dotted keys cannot add to it here")
            case .value(.table):
                throw Conflict(message: "cannot add to the inline table '\(key)'")
            case .value, .tableArray:
                throw Conflict(message: "key '\(key)' already holds a value, not a table")
            }
        }
        let key = path[path.count - 1]
        guard table.children[key] == nil else { throw Conflict(message: "duplicate key '\(Self.dotted(path))'") }
        table.keys.append(key)
        table.children[key] = .value(value)
    }

    // MARK: Result

    var value: TOMLTable {
        var result = TOMLTable()
        for key in keys {
            switch children[key] {
            case .value(let value): result[key] = value
            case .table(let table): result[key] = .table(table.value)
            case .tableArray(let tables): result[key] = .array(tables.map { .table($0.value) })
            case nil: break
            }
        }
        return result
    }

    private func insert(_ key: String, table: TOMLTableTree) -> TOMLTableTree {
        keys.append(key)
        children[key] = .table(table)
        return table
    }

    static func dotted(_ path: [String]) -> String {
        path.map { key in
            key.unicodeScalars.allSatisfy(TOMLParser.isBareKeyScalar) && !key.isEmpty ? key : "\"\(key)\""
        }.joined(separator: ".")
    }
}
