/// Key name → action, built from the action table and the user's `[keys]` overrides.
///
/// Keys are named as in config.toml: a single character ("j", "G", "?"), or one of
/// down up left right pgdn pgup home end enter esc tab shift-tab space backspace, or ctrl-<letter>.
public struct Keymap: Sendable {
    private var byKey: [String: Action]
    private var byAction: [Action: [String]]

    public init(overrides: [String: [String]] = [:]) {
        var byAction: [Action: [String]] = [:]
        for spec in ActionTable.all { byAction[spec.action] = spec.keys }
        for (name, keys) in overrides {
            if let spec = ActionTable.spec(named: name) { byAction[spec.action] = keys.map(Self.canonical) }
        }
        var byKey: [String: Action] = [:]
        // Table order decides who wins when two actions claim the same key.
        for spec in ActionTable.all.reversed() {
            for key in byAction[spec.action] ?? [] { byKey[key] = spec.action }
        }
        self.byKey = byKey
        self.byAction = byAction
    }

    public func action(for key: String) -> Action? { byKey[key] }

    public func keys(for action: Action) -> [String] { byAction[action] ?? [] }

    /// The names that `[keys]` accepts, for error messages.
    public static var actionNames: [String] { ActionTable.all.map(\.name) }

    /// Accepts a few spellings people write in config files.
    static func canonical(_ key: String) -> String {
        let aliases = ["pagedown": "pgdn", "pageup": "pgup", "return": "enter", "escape": "esc",
                       "backtab": "shift-tab", "s-tab": "shift-tab", " ": "space"]
        if key.count == 1 { return key == " " ? "space" : key }
        let lower = key.lowercased()
        return aliases[lower] ?? lower
    }
}
