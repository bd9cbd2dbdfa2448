/// Everything a user can ask the reader to do. The `ActionTable` below is the single source of
/// the default keys, the config-file names and the help text.
public enum Action: String, CaseIterable, Hashable, Sendable {
    case scrollDown, scrollUp, pageDown, pageUp, top, bottom
    case focusNext, focusPrevious, nextPanes, previousPanes, singlePane, scrollLock
    case nextClaim, previousClaim, nextConflict, previousConflict, align, cycleMatch
    case search, nextHit, previousHit
    case claimsView, entitiesView, warnings, help, close, redraw, quit
}

/// One row of the action table.
public struct ActionSpec: Sendable {
    public let action: Action
    /// The name used in `[keys]` of config.toml.
    public let name: String
    public let keys: [String]
    public let help: String
    public let group: String
}

// MARK: - Table: actions, default keys, help

public enum ActionTable {
    public static let all: [ActionSpec] = [
        ActionSpec(action: .scrollDown, name: "scroll_down", keys: ["j", "down"], help: "Scroll the focused pane down a line", group: "Reading"),
        ActionSpec(action: .scrollUp, name: "scroll_up", keys: ["k", "up"], help: "Scroll the focused pane up a line", group: "Reading"),
        ActionSpec(action: .pageDown, name: "page_down", keys: ["space", "pgdn"], help: "Page down", group: "Reading"),
        ActionSpec(action: .pageUp, name: "page_up", keys: ["b", "pgup"], help: "Page up", group: "Reading"),
        ActionSpec(action: .top, name: "top", keys: ["g", "home"], help: "Go to the top", group: "Reading"),
        ActionSpec(action: .bottom, name: "bottom", keys: ["G", "end"], help: "Go to the bottom", group: "Reading"),
        ActionSpec(action: .focusNext, name: "focus_next", keys: ["tab", "l", "right"], help: "Focus the next pane", group: "Panes"),
        ActionSpec(action: .focusPrevious, name: "focus_previous", keys: ["shift-tab", "h", "left"], help: "Focus the previous pane", group: "Panes"),
        ActionSpec(action: .nextPanes, name: "next_panes", keys: [">"], help: "Show the next page of panes", group: "Panes"),
        ActionSpec(action: .previousPanes, name: "previous_panes", keys: ["<"], help: "Show the previous page of panes", group: "Panes"),
        ActionSpec(action: .singlePane, name: "single_pane", keys: ["1"], help: "Toggle one pane at a time", group: "Panes"),
        ActionSpec(action: .scrollLock, name: "scroll_lock", keys: ["s"], help: "Toggle scroll-lock (all panes scroll together)", group: "Panes"),
        ActionSpec(action: .nextClaim, name: "next_claim", keys: ["]"], help: "Select the next claim in the focused pane", group: "Claims"),
        ActionSpec(action: .previousClaim, name: "previous_claim", keys: ["["], help: "Select the previous claim", group: "Claims"),
        ActionSpec(action: .nextConflict, name: "next_conflict", keys: ["}"], help: "Select the next conflicting claim", group: "Claims"),
        ActionSpec(action: .previousConflict, name: "previous_conflict", keys: ["{"], help: "Select the previous conflicting claim", group: "Claims"),
        ActionSpec(action: .align, name: "align", keys: ["enter"], help: "Align all panes on the selected claim; in a view, jump", group: "Claims"),
        ActionSpec(action: .cycleMatch, name: "cycle_match", keys: ["m"], help: "Cycle through a source's other matches", group: "Claims"),
        ActionSpec(action: .search, name: "search", keys: ["/"], help: "Search all panes", group: "Search"),
        ActionSpec(action: .nextHit, name: "next_hit", keys: ["n"], help: "Next search hit (or highlighted mention)", group: "Search"),
        ActionSpec(action: .previousHit, name: "previous_hit", keys: ["N"], help: "Previous search hit (or mention)", group: "Search"),
        ActionSpec(action: .claimsView, name: "claims_view", keys: ["c"], help: "Claims view: every quantity, source by source", group: "Views"),
        ActionSpec(action: .entitiesView, name: "entities_view", keys: ["e"], help: "Entities view: names, variants, roles", group: "Views"),
        ActionSpec(action: .warnings, name: "warnings", keys: ["w"], help: "Warnings: files skipped and text repaired while loading", group: "Views"),
        ActionSpec(action: .help, name: "help", keys: ["?"], help: "Show or hide this help", group: "Views"),
        ActionSpec(action: .close, name: "close", keys: ["esc"], help: "Close a view, the help or a highlight", group: "Views"),
        ActionSpec(action: .redraw, name: "redraw", keys: ["ctrl-l"], help: "Redraw the whole screen", group: "Views"),
        ActionSpec(action: .quit, name: "quit", keys: ["q"], help: "Quit", group: "Views"),
    ]

    public static func spec(_ action: Action) -> ActionSpec {
        all.first { $0.action == action }!
    }

    public static func spec(named name: String) -> ActionSpec? {
        all.first { $0.name == name }
    }

    /// The key list as Markdown (docs/keys.md is checked against this by a test).
    public static func markdown(keymap: Keymap = Keymap()) -> String {
        var text = "# Keys\n\nGenerated from the reader's action table; remap any of them in\n`~/.config/parallax/config.toml`, e.g. `[keys] scroll_down = [\"j\", \"down\"]`.\n"
        var group = ""
        for spec in all {
            if spec.group != group {
                group = spec.group
                text += "\n## \(group)\n\n| Keys | Name | What it does |\n|---|---|---|\n"
            }
            let keys = keymap.keys(for: spec.action).map { "`\($0 == "|" ? "\\|" : $0)`" }.joined(separator: " ")
            text += "| \(keys) | `\(spec.name)` | \(spec.help) |\n"
        }
        text += "\n## Mouse\n\nClick a highlighted claim to select it; the wheel scrolls the pane under the pointer.\n`--no-mouse` leaves the mouse to the terminal.\n"
        return text
    }
}
