import Foundation
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

/// The interactive reader: input → `ReaderUpdate` → `ReaderView` → the terminal diff.
public enum ReaderApp {
    /// Runs the reader until the user quits; returns the process exit status.
    ///
    /// The panes show the plain text at once; `analyzer` runs on a background thread and its
    /// story is swapped in when ready (curses is only ever touched by this thread).
    public static func run(articles: [Article], warnings: [String], analyzer: StoryAnalyzer, options: ReaderOptions) -> Int32 {
        let environment = ProcessInfo.processInfo.environment
        let config = ReaderConfig.load(environment: environment)
        for problem in config.problems { printError(problem) }
        let themeName = options.themeName ?? config.theme ?? "default"
        do {
            // Check the theme before taking over the screen, so a typo gets a plain message.
            _ = try themeLoader(depth: .ansi256, environment: environment).load(themeName)
        } catch {
            printError("\(error)")
            return 1
        }
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(environment: environment, mouse: options.mouse)
        } catch {
            printError("\(error)")
            return 1
        }
        let theme: Theme
        do {
            // Without colour a colour theme loses its status bar and overlays; the monochrome
            // theme (which a user theme of that name replaces) is drawn for attributes alone.
            let name = terminal.depth == .none ? "monochrome" : themeName
            theme = try themeLoader(depth: terminal.depth, environment: environment).load(name)
        } catch {
            terminal.stop()
            printError("\(error)")
            return 1
        }
        var state = ReaderState(story: plainStory(articles, warnings: warnings), size: terminal.size,
                                keymap: Keymap(overrides: config.keys), analysing: true)
        terminal.draw(ReaderView.render(state, size: state.size, theme: theme))
        let analysis = BackgroundAnalysis(articles: articles, warnings: warnings, analyzer: analyzer)
        // Wake often while the analysis runs, to pick up its result and turn the spinner.
        terminal.setInputTimeout(milliseconds: 50)
        while !state.shouldQuit {
            guard let event = terminal.nextEvent() else {
                guard state.analysing else { continue }
                if let story = analysis.result() {
                    state = ReaderUpdate.apply(.storyAnalysed(story), to: state)
                    terminal.setInputTimeout(milliseconds: 250)
                } else {
                    state = ReaderUpdate.apply(.tick, to: state)
                }
                terminal.draw(ReaderView.render(state, size: state.size, theme: theme))
                continue
            }
            switch event {
            case .quitSignal:
                // Ctrl-C, SIGTERM, SIGHUP or a vanished terminal: leave whatever is open.
                state.shouldQuit = true
            case .resize:
                terminal.invalidate()
                state = ReaderUpdate.apply(.resize(terminal.size), to: state)
            case .key(let key):
                state = ReaderUpdate.apply(.key(key), to: state)
            case .click(let x, let y):
                state = ReaderUpdate.apply(.click(x: x, y: y), to: state)
            case .wheel(let x, let y, let down):
                state = ReaderUpdate.apply(.wheel(x: x, y: y, down: down), to: state)
            }
            if state.wantsFullRepaint {
                terminal.invalidate()
                state.wantsFullRepaint = false
            }
            if !state.shouldQuit { terminal.draw(ReaderView.render(state, size: state.size, theme: theme)) }
        }
        terminal.stop()
        return 0
    }

    /// The story as loaded, before any analysis: text only, with the ids the analysis gives.
    static func plainStory(_ articles: [Article], warnings: [String]) -> Story {
        var articles = articles
        for index in articles.indices { articles[index].id = "a\(index + 1)" }
        return Story(articles: articles, warnings: warnings)
    }

    static func themeLoader(depth: ColorDepth, environment: [String: String]) -> ThemeLoader {
        ThemeLoader(
            depth: depth,
            userDirectory: ReaderConfig.directory(environment: environment)?.appendingPathComponent("themes"),
            bundleDirectory: ResourceLocator.bundleDirectory(named: "Parallax_ParallaxTerminal.resources")?.appendingPathComponent("Themes")
        )
    }

    private static func printError(_ text: String) {
        FileHandle.standardError.write(Data("parallax: \(text)\n".utf8))
    }
}

extension ReaderApp {
    /// The text printed by `--list-themes`: one theme per line, where it comes from.
    public static func themeListing() -> String {
        let loader = themeLoader(depth: .ansi256, environment: ProcessInfo.processInfo.environment)
        return loader.availableNames().map { name in
            var origin = "built in"
            if let user = loader.userDirectory, FileManager.default.fileExists(atPath: user.appendingPathComponent("\(name).toml").path) {
                origin = "user theme"
            }
            return name + (name == "default" ? " (default)" : "") + "  — " + origin
        }.joined(separator: "\n")
    }
}
