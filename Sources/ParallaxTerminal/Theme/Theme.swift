/// Everything on screen that a theme styles; the raw value is the key in a theme's `[styles]`.
public enum ThemeElement: String, CaseIterable, Sendable {
    case text = "pane.text"
    case border = "pane.border"
    case header = "pane.header"
    case headerFocused = "pane.header.focused"
    case title = "pane.title"
    case note = "pane.note"
    case heading = "heading"
    case embed = "embed"
    case strip = "strip"
    case stripVisible = "strip.visible"
    case status = "status"
    case hints = "hints"
    case prompt = "prompt"
    case person = "entity.person"
    case org = "entity.org"
    case place = "entity.place"
    case group = "entity.group"
    case otherEntity = "entity.other"
    case entityHighlight = "entity.highlight"
    case claimAgree = "claim.agree"
    case claimConflict = "claim.conflict"
    case claimOnly = "claim.only"
    case claimMatch = "claim.match"
    case selection = "selection"
    case searchHit = "search.hit"
    case overlay = "overlay"
    case overlayTitle = "overlay.title"
    case overlaySelected = "overlay.selected"
    case notice = "notice"
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
    private var styles: [ThemeElement: Style]

    public init(name: String, depth: ColorDepth, styles: [ThemeElement: Style]) {
        self.name = name
        self.depth = depth
        self.styles = styles
    }

    public func style(_ element: ThemeElement) -> Style { styles[element] ?? .plain }

    /// The shipped monochrome look, used when nothing else can be loaded.
    public static let fallback: Theme = {
        (try? ThemeLoader(depth: .none, userDirectory: nil, bundleDirectory: nil).load("monochrome")) ??
            Theme(name: "fallback", depth: .none, styles: [.selection: Style(attributes: .reverse)])
    }()
}
