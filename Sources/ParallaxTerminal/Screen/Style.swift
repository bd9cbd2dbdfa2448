/// Text attributes that stay readable without colour.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let underline = TextAttributes(rawValue: 1 << 1)
    public static let reverse = TextAttributes(rawValue: 1 << 2)
    public static let dim = TextAttributes(rawValue: 1 << 3)
}

/// How one cell looks: terminal colour numbers already resolved for the colour depth
/// (-1 = the terminal's own default) plus attributes.
public struct Style: Hashable, Sendable {
    public var foreground: Int16
    public var background: Int16
    public var attributes: TextAttributes

    public init(foreground: Int16 = -1, background: Int16 = -1, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public static let plain = Style()

    /// This style drawn over `base`: colours that are set win, attributes add up.
    public func over(_ base: Style) -> Style {
        Style(
            foreground: foreground >= 0 ? foreground : base.foreground,
            background: background >= 0 ? background : base.background,
            attributes: attributes.union(base.attributes)
        )
    }
}
