import ArgumentParser
import Foundation
import ParallaxModel
import ParallaxTerminal

@main
struct Parallax: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parallax",
        abstract: "Read several articles about one story side by side and compare their names and numbers.",
        discussion: """
        With no path, opens the built-in demo story. Paths may be .txt, .md, .html, .json or
        .jsonl files, directories of them, or - for standard input.
        """,
        version: ParallaxVersion.current,
        subcommands: [Read.self, Analyze.self],
        defaultSubcommand: Read.self
    )

    /// Runs the command line; usage errors exit with status 2 (ArgumentParser's default is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// Options shared by every command that loads a story.
struct StoryInput: ParsableArguments {
    @Argument(help: ArgumentHelp("Articles to compare: files, directories, or - for standard input.", valueName: "path"))
    var paths: [String] = []

    @Flag(name: .long, help: "Also load articles in sub-directories of a directory.")
    var recursive = false

    @Option(name: .long, help: ArgumentHelp("An alias file that forces entity merges and splits.", valueName: "path"))
    var aliases: String?

    /// Loads and analyses; prints what was skipped to standard error. Exits 1 when nothing loads.
    func loadStory() throws -> Story {
        let (report, analyzer) = try loadArticles()
        return analyzer.analyze(report.articles, warnings: report.warnings)
    }

    /// Loads the articles and the alias file, without analysing: the fast part of start-up.
    /// Prints what was skipped to standard error; exits 1 when nothing loads.
    func loadArticles() throws -> (LoadReport, StoryAnalyzer) {
        let loader = ArticleLoader(options: LoadOptions(recursive: recursive))
        let report = paths.isEmpty ? DemoStory.load(loader: loader) : loader.load(paths: paths)
        for problem in report.problems {
            FileHandle.standardError.write(Data("parallax: \(problem.message)\n".utf8))
        }
        guard !report.articles.isEmpty else {
            FileHandle.standardError.write(Data("parallax: no article could be loaded\n".utf8))
            throw ExitCode(1)
        }
        let options = AnalysisOptions(aliases: try AliasLoading.table(explicitPath: aliases))
        return (report, StoryAnalyzer(options: options))
    }
}

struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the side-by-side reader (the default command).",
        discussion: "Press ? inside the reader for its keys."
    )

    @OptionGroup var input: StoryInput

    @Option(name: .long, help: ArgumentHelp("Colour theme: a shipped name, a user theme, or a path to a .toml file.", valueName: "name|path"))
    var theme: String?

    @Flag(name: .long, help: "List the available themes and exit.")
    var listThemes = false

    @Flag(name: .long, help: "Do not capture the mouse.")
    var noMouse = false

    func run() throws {
        if listThemes {
            print(ReaderApp.themeListing())
            return
        }
        guard isatty(STDOUT_FILENO) != 0 else {
            FileHandle.standardError.write(Data("parallax: the reader needs a terminal; for a printable analysis use `parallax analyze`\n".utf8))
            throw ExitCode(1)
        }
        // Only loading happens before the first frame; the analysis runs behind the open panes.
        let (report, analyzer) = try input.loadArticles()
        let status = ReaderApp.run(articles: report.articles, warnings: report.warnings, analyzer: analyzer,
                                   options: ReaderOptions(themeName: theme, mouse: !noMouse))
        if status != 0 { throw ExitCode(status) }
    }
}

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the analysis of a story: articles, entities, claims and how sources line up."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, text
    }

    @OptionGroup var input: StoryInput

    @Option(name: .long, help: "Output format: json (the documented contract) or text (for people).")
    var format: Format = .text

    func run() throws {
        let story = try input.loadStory()
        switch format {
        case .json:
            // Streamed: the document of a large story would not fit comfortably in memory whole.
            AnalysisJSON.write(story) { print($0, terminator: "") }
            print()
        case .text: print(AnalysisText.render(story), terminator: "")
        }
    }
}
