import ParallaxModel

/// How the reader was asked to run.
public struct ReaderOptions: Sendable {
    public var themeName: String?
    public var mouse: Bool

    public init(themeName: String? = nil, mouse: Bool = true) {
        self.themeName = themeName
        self.mouse = mouse
    }
}

/// The interactive reader. (Placeholder until the reader issue lands.)
public enum ReaderApp {
    /// Runs the reader until the user quits; returns the process exit status.
    public static func run(story: Story, options: ReaderOptions) -> Int32 {
        for article in story.articles {
            print("\(article.source): \(article.title ?? "(untitled)")")
        }
        return 0
    }
}

extension ReaderApp {
    /// The text printed by `--list-themes`.
    public static func themeListing() -> String {
        "default"
    }
}
