import Foundation

/// User corrections to entity merging, read from an alias file (`aliases.toml`).
///
/// The file is a small TOML subset (see docs/aliases.md):
///
///     [[merge]]                      # these spellings are one entity
///     names = ["Oleksandr Syrskyi", "Alexander Syrsky"]
///
///     [[split]]                      # these are never merged with each other
///     names = ["Washington", "Washington Post"]
///
/// Names compare ignoring case, accents and apostrophe style.
public struct AliasTable: Sendable, Equatable {
    public static let empty = AliasTable()

    /// Each group's names become one entity.
    public var merges: [[String]]
    /// No two names of a group end up in one entity.
    public var splits: [[String]]

    public init(merges: [[String]] = [], splits: [[String]] = []) {
        self.merges = merges
        self.splits = splits
    }

    public var isEmpty: Bool { merges.isEmpty && splits.isEmpty }
}

/// A problem in an alias file, with the 1-based line it was found on.
public struct AliasFileError: Error, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}

extension AliasTable {
    /// Parses the alias file format. Kept in one function so it can move onto a shared TOML
    /// parser without touching anything else.
    public static func parse(_ text: String) throws(AliasFileError) -> AliasTable {
        enum Section { case none, merge, split }
        var table = AliasTable()
        var section = Section.none
        var sectionLine = 0
        var sectionHasNames = false
        func closeSection() throws(AliasFileError) {
            if section != .none, !sectionHasNames {
                throw AliasFileError(line: sectionLine, message: "this section has no `names = [...]` line")
            }
        }
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = offset + 1
            let line = stripComment(String(rawLine)).trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line.hasPrefix("[") {
                try closeSection()
                switch line.replacingOccurrences(of: " ", with: "") {
                case "[[merge]]": section = .merge
                case "[[split]]": section = .split
                default:
                    throw AliasFileError(line: lineNumber, message: "unknown section \(line); expected [[merge]] or [[split]]")
                }
                sectionLine = lineNumber
                sectionHasNames = false
                continue
            }
            guard section != .none else {
                throw AliasFileError(line: lineNumber, message: "expected a [[merge]] or [[split]] section before this line")
            }
            guard let equals = line.firstIndex(of: "="),
                  line[..<equals].trimmingCharacters(in: .whitespaces) == "names"
            else {
                throw AliasFileError(line: lineNumber, message: "expected `names = [\"A\", \"B\"]`")
            }
            let names = try parseStringArray(String(line[line.index(after: equals)...]), line: lineNumber)
            guard names.count >= 2 else {
                throw AliasFileError(line: lineNumber, message: "a group needs at least two names")
            }
            if sectionHasNames {
                throw AliasFileError(line: lineNumber, message: "a second `names` line in one section")
            }
            sectionHasNames = true
            if section == .merge { table.merges.append(names) } else { table.splits.append(names) }
        }
        try closeSection()
        return table
    }

    private static func stripComment(_ line: String) -> String {
        var inString = false
        var previous: Character = " "
        for (index, char) in zip(line.indices, line) {
            if char == "\"" && previous != "\\" { inString.toggle() }
            if char == "#" && !inString { return String(line[..<index]) }
            previous = char
        }
        return line
    }

    /// `["A", "B"]` with basic-string escapes \" and \\.
    private static func parseStringArray(_ source: String, line: Int) throws(AliasFileError) -> [String] {
        let chars = Array(source.trimmingCharacters(in: .whitespaces))
        guard chars.first == "[", chars.last == "]" else {
            throw AliasFileError(line: line, message: "expected a list in brackets: [\"A\", \"B\"]")
        }
        var names: [String] = []
        var index = 1
        let end = chars.count - 1
        while index < end {
            let char = chars[index]
            if char == " " || char == "\t" || char == "," { index += 1; continue }
            guard char == "\"" else {
                throw AliasFileError(line: line, message: "names must be in double quotes")
            }
            var value = ""
            index += 1
            var closed = false
            while index < end {
                let c = chars[index]
                if c == "\\", index + 1 < end {
                    value.append(chars[index + 1])
                    index += 2
                    continue
                }
                if c == "\"" { closed = true; index += 1; break }
                value.append(c)
                index += 1
            }
            guard closed else { throw AliasFileError(line: line, message: "a name is missing its closing quote") }
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { throw AliasFileError(line: line, message: "an empty name") }
            names.append(trimmed)
        }
        return names
    }
}
