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
        With no path, opens the built-in demo story. Paths may be .txt, .md, .html, .json or \
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
        let (plan, analyzer) = try planStory()
        let report = plan.loadAll()
        try Self.printProblems(report.problems, loadedNothing: report.articles.isEmpty)
        return analyzer.analyze(report.articles, warnings: report.warnings)
    }

    /// Lists the files to read and loads the alias file, without reading any article: the
    /// part of start-up that must finish before the reader can open.
    func planStory() throws -> (LoadPlan, StoryAnalyzer) {
        StoryAnalyzer.prepare()
        let loader = ArticleLoader(options: LoadOptions(recursive: recursive))
        let plan = paths.isEmpty ? DemoStory.plan(loader: loader) : loader.plan(paths: paths)
        let options = AnalysisOptions(aliases: try AliasLoading.table(explicitPath: aliases))
        return (plan, StoryAnalyzer(options: options))
    }

    /// Prints what was skipped to standard error; exits 1 when no article loaded.
    static func printProblems(_ problems: [LoadProblem], loadedNothing: Bool) throws {
        for problem in problems {
            FileHandle.standardError.write(Data("parallax: \(problem.message)\n".utf8))
        }
        guard !loadedNothing else {
            FileHandle.standardError.write(Data("parallax: no article could be loaded\n".utf8))
            throw ExitCode(1)
        }
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
        // The reader reads the files behind its first frame; what it skipped is printed once
        // the screen is back.
        let (plan, analyzer) = try input.planStory()
        // Standard input is read before curses takes over the terminal.
        let piped = plan.readsStandardInput ? FileHandle.standardInput.readDataToEndOfFile() : Data()
        let exit = ReaderApp.run(plan: plan, standardInput: { piped }, analyzer: analyzer,
                                 options: ReaderOptions(themeName: theme, mouse: !noMouse))
        try StoryInput.printProblems(exit.loadProblems, loadedNothing: exit.loadedNothing)
        if exit.status != 0 { throw ExitCode(exit.status) }
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
