import Foundation
import ParallaxModel
import Testing
@testable import ParallaxTerminal

@Suite struct ThemeTests {
    static let shipped = ["default", "light", "high-contrast", "monochrome"]

    func loader(_ depth: ColorDepth, user: URL? = nil) -> ThemeLoader {
        ThemeLoader(depth: depth, userDirectory: user, bundleDirectory: nil)
    }

    @Test(arguments: shipped)
    func everyShippedThemeLoadsAtEveryDepth(name: String) throws {
        for depth in [ColorDepth.ansi256, .ansi8, .none] {
            let theme = try loader(depth).load(name)
            #expect(theme.style(.selection).attributes.contains(.reverse))
            #expect(theme.style(.claimConflict).attributes.contains(.bold))
            #expect(theme.style(.claimConflict) != theme.style(.claimAgree))
            if depth == .none {
                for element in ThemeElement.allCases {
                    #expect(theme.style(element).foreground == -1 && theme.style(element).background == -1)
                }
            }
        }
    }

    @Test func paletteGivesA256ValueAndAn8ColourFallback() throws {
        #expect(try loader(.ansi256).load("default").style(.claimConflict).foreground == 203)
        #expect(try loader(.ansi8).load("default").style(.claimConflict).foreground == 1)
    }

    @Test func inheritedThemesOverrideThePaletteAndKeepTheParentsStyles() throws {
        let light = try loader(.ansi256).load("light")
        #expect(light.name == "light")
        #expect(light.style(.claimConflict).foreground == 160)
        #expect(light.style(.claimConflict).attributes == [.bold, .underline])
    }

    @Test func userThemesAndPathsLoadAndCyclesAreReported() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "inherits = \"default\"\n[styles]\n\"claim.agree\" = { fg = 33, reverse = true }\n".write(to: folder.appendingPathComponent("mine.toml"), atomically: true, encoding: .utf8)
        try "inherits = \"loop-b\"\n".write(to: folder.appendingPathComponent("loop-a.toml"), atomically: true, encoding: .utf8)
        try "inherits = \"loop-a\"\n".write(to: folder.appendingPathComponent("loop-b.toml"), atomically: true, encoding: .utf8)
        let mine = try loader(.ansi256, user: folder).load("mine")
        #expect(mine.style(.claimAgree) == Style(foreground: 33, attributes: .reverse))
        #expect(try loader(.ansi256).load(folder.appendingPathComponent("mine.toml").path).style(.claimAgree).foreground == 33)
        #expect(loader(.ansi256, user: folder).availableNames().contains("mine"))
        #expect(throws: ThemeError.self) { try loader(.ansi256, user: folder).load("loop-a") }
        #expect(throws: ThemeError.self) { try loader(.ansi256).load("no-such-theme") }
    }

    @Test func badColoursAreReportedNotIgnored() throws {
        let bad = ThemeLoader(depth: .ansi8, userDirectory: nil, bundleDirectory: nil)
        let table = try TOML.parse("[styles]\nheading = { fg = \"chartreuse-ish\" }\n")
        #expect(throws: ThemeError.self) { try bad.resolve(table, name: "t") }
    }

    @Test func colourDepthFollowsTheEnvironment() {
        #expect(ColorDepth.detect(environment: ["NO_COLOR": "1", "TERM": "xterm-256color"], terminfoColors: 256) == .none)
        #expect(ColorDepth.detect(environment: ["TERM": "xterm-256color"], terminfoColors: 256) == .ansi256)
        #expect(ColorDepth.detect(environment: ["TERM": "xterm", "COLORTERM": "truecolor"], terminfoColors: 8) == .ansi256)
        #expect(ColorDepth.detect(environment: ["TERM": "screen"], terminfoColors: 8) == .ansi8)
        #expect(ColorDepth.detect(environment: ["TERM": "vt100"], terminfoColors: 0) == .none)
    }

    /// Themes/ is the source of truth; the resource copies and the compiled-in copies must match it.
    @Test(arguments: shipped)
    func generatedCopiesMatchThemesFolder(name: String) throws {
        let original = try #require(RepositoryFiles.text("Themes/\(name).toml"))
        #expect(RepositoryFiles.text("Sources/ParallaxTerminal/Themes/\(name).toml") == original, "run python3 Themes/embed_builtin.py")
        #expect(BuiltinThemes.sources[name].map { $0 + "\n" } == original, "run python3 Themes/embed_builtin.py")
    }
}

/// Theme and config files are read by the shared TOML parser; a mistake is reported with its line.
@Suite struct ConfigFileErrorTests {
    @Test func aBrokenThemeFileNamesTheLineOfTheMistake() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "inherits = \"default\"\n[styles]\nheading = { fg = 33,, }\n".write(to: folder.appendingPathComponent("broken.toml"), atomically: true, encoding: .utf8)
        let loader = ThemeLoader(depth: .ansi256, userDirectory: folder, bundleDirectory: nil)
        let error = #expect(throws: ThemeError.self) { try loader.load("broken") }
        #expect(error?.description.contains("broken") == true)
        #expect(error?.description.contains("line 3") == true, "\(String(describing: error))")
    }

    @Test func aBrokenConfigKeepsTheDefaultsAndSaysWhichLine() {
        let config = ReaderConfig.parse("theme = \"light\"\n[keys]\nscroll_down = [\"j\" \"down\"]\n", path: "config.toml")
        #expect(config.theme == nil)
        #expect(config.problems.count == 1)
        #expect(config.problems.first?.contains("config.toml: line 3") == true, "\(config.problems)")
    }

    @Test func aConfigAcceptsEveryTOMLFormForKeys() {
        let config = ReaderConfig.parse("theme = 'light'\n[keys]\nscroll_down = [\n  \"j\",\n  \"down\",\n]\nquit = \"Q\"\n")
        #expect(config.problems.isEmpty)
        #expect(config.theme == "light")
        #expect(config.keys["scroll_down"] == ["j", "down"])
        #expect(config.keys["quit"] == ["Q"])
    }
}
