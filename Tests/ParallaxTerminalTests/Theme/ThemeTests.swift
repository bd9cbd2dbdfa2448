import Foundation
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

    @Test func badColoursAreReportedNotIgnored() {
        let bad = ThemeLoader(depth: .ansi8, userDirectory: nil, bundleDirectory: nil)
        #expect(throws: ThemeError.self) {
            try bad.resolve(["styles": .table(["heading": .table(["fg": .string("chartreuse-ish")])])], name: "t")
        }
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

@Suite struct MiniTOMLTests {
    @Test func readsTablesStringsNumbersBoolsArraysAndInlineTables() throws {
        let table = try MiniTOML.parse("""
        # comment
        name = "x \\"y\\" \\u00e9"  # trailing
        [palette]
        red = { c256 = 203, c8 = "red" }
        [keys]
        scroll_down = ["j", "down"]
        flag = true
        big = 1_000
        [a.b]
        "quoted key" = -3
        """)
        #expect(table["name"] == .string("x \"y\" é"))
        #expect(table["palette"]?.table?["red"]?.table?["c256"] == .integer(203))
        #expect(table["keys"]?.table?["scroll_down"] == .array([.string("j"), .string("down")]))
        #expect(table["keys"]?.table?["flag"] == .boolean(true))
        #expect(table["keys"]?.table?["big"] == .integer(1000))
        #expect(table["a"]?.table?["b"]?.table?["quoted key"] == .integer(-3))
    }

    @Test(arguments: ["x = ", "x = \"open", "[t", "x = 1 2", "= 3", "x = [1, 2", "x = { a = 1", "x = nope", "x = 1\nx = 2", "x = 99999999999999999999999"])
    func rejectsBrokenInputWithALineNumber(text: String) {
        #expect(throws: ConfigParseError.self) { try MiniTOML.parse(text) }
    }
}
