import Foundation
import ParallaxModel

/// The user's `~/.config/parallax/config.toml` (or `$XDG_CONFIG_HOME/parallax/config.toml`):
///
///     theme = "light"
///     [keys]
///     scroll_down = ["j", "down"]
public struct ReaderConfig: Sendable {
    public var theme: String?
    public var keys: [String: [String]] = [:]
    /// Problems worth telling the user, phrased for a person.
    public var problems: [String] = []

    public init(theme: String? = nil, keys: [String: [String]] = [:]) {
        self.theme = theme
        self.keys = keys
    }

    /// The folder holding config.toml and themes/.
    public static func directory(environment: [String: String]) -> URL? {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("parallax")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".config/parallax")
    }

    public static func load(environment: [String: String]) -> ReaderConfig {
        guard let directory = directory(environment: environment),
              let data = FileManager.default.contents(atPath: directory.appendingPathComponent("config.toml").path)
        else { return ReaderConfig() }
        return parse(String(decoding: data, as: UTF8.self), path: directory.appendingPathComponent("config.toml").path)
    }

    public static func parse(_ text: String, path: String = "config.toml") -> ReaderConfig {
        var config = ReaderConfig()
        let table: TOMLTable
        do {
            table = try TOML.parse(text)
        } catch {
            config.problems.append("\(path): \(error); using the default settings")
            return config
        }
        config.theme = table["theme"]?.string
        for (name, value) in table["keys"]?.table ?? TOMLTable() {
            guard ActionTable.spec(named: name) != nil else {
                config.problems.append("\(path): [keys] has no action \(name) (known: \(Keymap.actionNames.joined(separator: ", ")))")
                continue
            }
            let keys = value.array?.compactMap(\.string) ?? value.string.map { [$0] } ?? []
            if keys.isEmpty {
                config.problems.append("\(path): [keys] \(name) needs a key name or a list of them")
            } else {
                config.keys[name] = keys
            }
        }
        return config
    }
}
