import Foundation
import ParallaxModel

public struct ThemeError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

/// Finds, parses, merges (`inherits`) and resolves themes.
///
/// Lookup for a name: the user's `~/.config/parallax/themes/<name>.toml`, then the
/// `Themes/` folder installed with the binary, then the copies compiled into the binary.
/// A value containing "/" or ending in ".toml" is a path.
public struct ThemeLoader: Sendable {
    public var depth: ColorDepth
    public var userDirectory: URL?
    public var bundleDirectory: URL?

    public init(depth: ColorDepth, userDirectory: URL?, bundleDirectory: URL?) {
        self.depth = depth
        self.userDirectory = userDirectory
        self.bundleDirectory = bundleDirectory
    }

    public func load(_ nameOrPath: String) throws -> Theme {
        let merged = try mergedTable(nameOrPath, depthLeft: 8)
        return try resolve(merged, name: merged["name"]?.string ?? nameOrPath)
    }

    /// Names of every theme that `load` can find, sorted, each once.
    public func availableNames() -> [String] {
        var names = Set(BuiltinThemes.sources.keys)
        for directory in [userDirectory, bundleDirectory].compactMap({ $0 }) {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for file in files where file.hasSuffix(".toml") { names.insert(String(file.dropLast(5))) }
        }
        return names.sorted()
    }

    func source(of nameOrPath: String) throws -> String {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") {
            guard let data = FileManager.default.contents(atPath: nameOrPath) else {
                throw ThemeError(description: "cannot read the theme file \(nameOrPath)")
            }
            return String(decoding: data, as: UTF8.self)
        }
        for directory in [userDirectory, bundleDirectory].compactMap({ $0 }) {
            if let data = FileManager.default.contents(atPath: directory.appendingPathComponent("\(nameOrPath).toml").path) {
                return String(decoding: data, as: UTF8.self)
            }
        }
        if let builtin = BuiltinThemes.sources[nameOrPath] { return builtin }
        throw ThemeError(description: "no theme named \(nameOrPath); try --list-themes")
    }

    func mergedTable(_ nameOrPath: String, depthLeft: Int) throws -> TOMLTable {
        guard depthLeft > 0 else { throw ThemeError(description: "theme \(nameOrPath): inherits goes round in a circle") }
        let table: TOMLTable
        do {
            table = try TOML.parse(try source(of: nameOrPath))
        } catch let error as TOMLError {
            throw ThemeError(description: "theme \(nameOrPath), \(error)")
        }
        guard let parentName = table["inherits"]?.string else { return table }
        var merged = try mergedTable(parentName, depthLeft: depthLeft - 1)
        for section in ["palette", "styles"] {
            var combined = merged[section]?.table ?? TOMLTable()
            for (key, value) in table[section]?.table ?? TOMLTable() { combined[key] = value }
            merged[section] = .table(combined)
        }
        merged["name"] = table["name"] ?? .string(nameOrPath)
        return merged
    }

    func resolve(_ table: TOMLTable, name: String) throws -> Theme {
        let palette = table["palette"]?.table ?? TOMLTable()
        var styles: [ThemeElement: Style] = [:]
        for (key, value) in table["styles"]?.table ?? TOMLTable() {
            guard let element = ThemeElement(key: key) else { continue }
            guard let spec = value.table else { throw ThemeError(description: "theme \(name): style \(key) must be an inline table") }
            var attributes: TextAttributes = []
            if spec["bold"]?.bool == true { attributes.insert(.bold) }
            if spec["underline"]?.bool == true { attributes.insert(.underline) }
            if spec["reverse"]?.bool == true { attributes.insert(.reverse) }
            if spec["dim"]?.bool == true { attributes.insert(.dim) }
            styles[element] = Style(
                foreground: try color(spec["fg"], palette: palette, theme: name),
                background: try color(spec["bg"], palette: palette, theme: name),
                attributes: attributes
            )
        }
        return Theme(name: name, depth: depth, styles: styles)
    }

    /// Basic colour names for the 8-colour fallback, in terminal order.
    static let basicColors = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    func color(_ value: TOMLValue?, palette: TOMLTable, theme: String) throws -> Int16 {
        guard depth != .none, let value else { return -1 }
        if let name = value.string {
            if name == "default" { return -1 }
            if let entry = palette[name]?.table {
                if depth == .ansi256, let c256 = entry["c256"]?.int, (0...255).contains(c256) { return Int16(c256) }
                return try basic(entry["c8"], theme: theme)
            }
            return try basic(value, theme: theme)
        }
        if let number = value.int, (0...255).contains(number) {
            return depth == .ansi256 || number < 8 ? Int16(number) : -1
        }
        throw ThemeError(description: "theme \(theme): a colour must be a palette name, a basic colour or 0-255")
    }

    func basic(_ value: TOMLValue?, theme: String) throws -> Int16 {
        guard let name = value?.string else { return -1 }
        if name == "default" { return -1 }
        guard let index = Self.basicColors.firstIndex(of: name) else {
            throw ThemeError(description: "theme \(theme): unknown colour \(name)")
        }
        return Int16(index)
    }
}
