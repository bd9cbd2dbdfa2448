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

/// How a reader run ended, and what loading skipped, for the command line to print once the
/// screen is back.
public struct ReaderExit: Sendable {
    public var status: Int32
    /// Files skipped so far, in path order (all of them unless the reader quit while loading).
    public var loadProblems: [LoadProblem]
    /// Every file was read and none held an article: the reader never opened.
    public var loadedNothing: Bool
}

/// The interactive reader: input → `ReaderUpdate` → `ReaderView` → the terminal diff.
public enum ReaderApp {
    /// Runs the reader until the user quits.
    ///
    /// Files are read on worker threads from the start; the first frame is drawn as soon as
    /// the articles for the visible panes are in, the rest arrive behind it with a progress
    /// line, then the analysis runs on its own thread and its story is swapped in. Curses is
    /// only ever touched by this thread.
    public static func run(plan: LoadPlan, standardInput: @escaping @Sendable () -> Data, analyzer: StoryAnalyzer, options: ReaderOptions) -> ReaderExit {
        // Reading starts before anything else, so that it overlaps the settings, theme and curses.
        let loading = StoryLoading(plan: plan, standardInput: standardInput)
        let environment = ProcessInfo.processInfo.environment
        let config = ReaderConfig.load(environment: environment)
        for problem in config.problems { printError(problem) }
        let themeName = options.themeName ?? config.theme ?? "default"
        do {
            // Check the theme before taking over the screen, so a typo gets a plain message.
            _ = try themeLoader(depth: .ansi256, environment: environment).load(themeName)
        } catch {
            printError("\(error)")
            return ReaderExit(status: 1, loadProblems: [], loadedNothing: false)
        }
        // Curses is not started for a story without a single article.
        loading.waitForArticles(1)
        var firstBatch = loading.nextBatch()
        if loading.isDone && firstBatch.articles.isEmpty {
            return ReaderExit(status: 1, loadProblems: loading.report.problems, loadedNothing: true)
        }
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(environment: environment, mouse: options.mouse)
        } catch {
            printError("\(error)")
            return ReaderExit(status: 1, loadProblems: loading.report.problems, loadedNothing: false)
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
            return ReaderExit(status: 1, loadProblems: loading.report.problems, loadedNothing: false)
        }
        // The first frame waits only for the articles of the panes that fit on screen.
        let panes = ScreenLayout(size: terminal.size, articleCount: plan.stepCount, singlePane: false).visiblePanes
        loading.waitForArticles(panes)
        firstBatch.append(loading.nextBatch())
        var state = ReaderState(story: Story(articles: []), size: terminal.size, keymap: Keymap(overrides: config.keys), analysing: true)
        state = ReaderUpdate.apply(.articlesLoaded(firstBatch), to: state)
        terminal.draw(ReaderView.render(state, size: state.size, theme: theme))
        var analysis: BackgroundAnalysis?
        // Wake often while loading and analysing, to take their results and turn the spinner.
        terminal.setInputTimeout(milliseconds: 50)
        var status: Int32 = 0
        while !state.shouldQuit {
            // Before every wait for input, so neither a held key nor the input timeout holds
            // up the next batch or the start of the analysis.
            if state.analysing, absorbBackground(loading: loading, analysis: &analysis, analyzer: analyzer, state: &state) {
                terminal.draw(ReaderView.render(state, size: state.size, theme: theme))
                if !state.analysing { terminal.setInputTimeout(milliseconds: 250) }
            }
            guard let event = terminal.nextEvent() else {
                guard state.analysing else { continue }
                state = ReaderUpdate.apply(.tick, to: state)
                terminal.draw(ReaderView.render(state, size: state.size, theme: theme))
                continue
            }
            switch event {
            case .quitSignal(let signal):
                // Ctrl-C, SIGTERM, SIGHUP or a vanished terminal: leave whatever is open, and
                // tell the shell, as 128 + the signal's number, that the reader was interrupted
                // (a script running it stops as it would for any interrupted program).
                state.shouldQuit = true
                status = 128 + signal
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
        return ReaderExit(status: status, loadProblems: loading.report.problems, loadedNothing: false)
    }

    /// Takes newly read articles, starts the analysis once every file is read, and takes its
    /// story when it is ready. Returns whether the state changed.
    private static func absorbBackground(loading: StoryLoading, analysis: inout BackgroundAnalysis?, analyzer: StoryAnalyzer,
                                         state: inout ReaderState) -> Bool {
        if let analysis {
            guard let story = analysis.result() else { return false }
            state = ReaderUpdate.apply(.storyAnalysed(story), to: state)
            return true
        }
        var changed = false
        let batch = loading.nextBatch()
        if !batch.articles.isEmpty || batch.progress != state.loading {
            state = ReaderUpdate.apply(.articlesLoaded(batch), to: state)
            changed = true
        }
        if loading.isDone {
            analysis = BackgroundAnalysis(articles: loading.report.articles, warnings: loading.report.warnings, analyzer: analyzer)
        }
        return changed
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
