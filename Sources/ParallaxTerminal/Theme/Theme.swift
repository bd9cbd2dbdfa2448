/// Everything on screen that a theme styles; `key` is its name in a theme's `[styles]`.
public enum ThemeElement: Int, CaseIterable, Sendable {
    case text, border, header, headerFocused, title, note, heading, embed, strip, stripVisible, status, hints, prompt, person, org, place, group, otherEntity, entityHighlight, claimAgree, claimConflict, claimOnly, claimMatch, selection, searchHit, overlay, overlayTitle, overlaySelected, notice

    // MARK: - Table: style names in theme files, in case order
    static let keys: [String] = [
        "pane.text",
        "pane.border",
        "pane.header",
        "pane.header.focused",
        "pane.title",
        "pane.note",
        "heading",
        "embed",
        "strip",
        "strip.visible",
        "status",
        "hints",
        "prompt",
        "entity.person",
        "entity.org",
        "entity.place",
        "entity.group",
        "entity.other",
        "entity.highlight",
        "claim.agree",
        "claim.conflict",
        "claim.only",
        "claim.match",
        "selection",
        "search.hit",
        "overlay",
        "overlay.title",
        "overlay.selected",
        "notice",
    ]

    public var key: String { Self.keys[rawValue] }

    public init?(key: String) {
        guard let index = Self.keys.firstIndex(of: key) else { return nil }
        self.init(rawValue: index)
    }
}

/// How many colours the terminal can show; decides which palette value a theme uses.
public enum ColorDepth: String, Sendable {
    case none, ansi8, ansi256

    /// Detects depth from the environment and terminfo's colour count (`NO_COLOR` wins).
    public static func detect(environment: [String: String], terminfoColors: Int) -> ColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        let colorterm = environment["COLORTERM"]?.lowercased() ?? ""
        if colorterm == "truecolor" || colorterm == "24bit" { return terminfoColors >= 8 ? .ansi256 : .none }
        if (environment["TERM"] ?? "").hasSuffix("256color") || terminfoColors >= 256 { return .ansi256 }
        return terminfoColors >= 8 ? .ansi8 : .none
    }
}

/// A theme resolved for one colour depth: a style per element.
public struct Theme: Sendable {
    public var name: String
    public var depth: ColorDepth
    /// Indexed by `ThemeElement.rawValue`: an array, because render asks for styles per span.
    private var styles: [Style]

    public init(name: String, depth: ColorDepth, styles: [ThemeElement: Style]) {
        self.name = name
        self.depth = depth
        self.styles = ThemeElement.allCases.map { styles[$0] ?? .plain }
    }

    public func style(_ element: ThemeElement) -> Style { styles[element.rawValue] }

    /// The shipped monochrome look, used when nothing else can be loaded.
    public static let fallback: Theme = {
        (try? ThemeLoader(depth: .none, userDirectory: nil, bundleDirectory: nil).load("monochrome")) ??
            Theme(name: "fallback", depth: .none, styles: [.selection: Style(attributes: .reverse)])
    }()
}
