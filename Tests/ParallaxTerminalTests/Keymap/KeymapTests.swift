import Foundation
import Testing
@testable import ParallaxTerminal

@Suite struct KeymapTests {
    @Test func everyActionHasAKeyANameAndHelpAndNoDefaultKeyIsShared() {
        var seen: [String: Action] = [:]
        for spec in ActionTable.all {
            #expect(!spec.keys.isEmpty && !spec.help.isEmpty && !spec.name.isEmpty)
            for key in spec.keys {
                #expect(seen[key] == nil, "\(key) is bound twice")
                seen[key] = spec.action
            }
        }
        #expect(Set(ActionTable.all.map(\.action)).count == Action.allCases.count)
    }

    @Test func defaultKeysFollowTheBrief() {
        let keymap = Keymap()
        let expected: [String: Action] = ["j": .scrollDown, "down": .scrollDown, "k": .scrollUp, "space": .pageDown, "b": .pageUp,
                                          "g": .top, "G": .bottom, "tab": .focusNext, "shift-tab": .focusPrevious, "h": .focusPrevious,
                                          "l": .focusNext, "]": .nextClaim, "[": .previousClaim, "}": .nextConflict, "{": .previousConflict,
                                          "enter": .align, "m": .cycleMatch, "s": .scrollLock, "/": .search, "n": .nextHit, "N": .previousHit,
                                          "c": .claimsView, "e": .entitiesView, "?": .help, "q": .quit, "esc": .close]
        for (key, action) in expected { #expect(keymap.action(for: key) == action, "\(key)") }
    }

    @Test func configOverridesReplaceAnActionsKeys() {
        let config = ReaderConfig.parse("theme = \"light\"\n[keys]\nscroll_down = [\"x\", \"PageDown\"]\nquit = \"Q\"\nfly = [\"f\"]\n")
        #expect(config.theme == "light")
        #expect(config.problems.count == 1 && config.problems[0].contains("no action fly"))
        let keymap = Keymap(overrides: config.keys)
        #expect(keymap.action(for: "x") == .scrollDown)
        #expect(keymap.action(for: "pgdn") == .scrollDown)
        #expect(keymap.action(for: "j") == nil)
        #expect(keymap.action(for: "Q") == .quit)
        #expect(keymap.action(for: "q") == nil)
    }

    @Test func brokenConfigFallsBackToDefaultsWithAMessage() {
        let config = ReaderConfig.parse("[keys\n")
        #expect(config.keys.isEmpty)
        #expect(config.problems.first?.contains("line 1") == true)
    }

    /// docs/keys.md is generated from the table; regenerate with PARALLAX_WRITE_DOCS=1 swift test --filter KeymapTests.
    @Test func docsKeyListMatchesTheTable() throws {
        let expected = ActionTable.markdown()
        if ProcessInfo.processInfo.environment["PARALLAX_WRITE_DOCS"] == "1" {
            let url = RepositoryFiles.root.appendingPathComponent("docs/keys.md")
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try expected.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(RepositoryFiles.text("docs/keys.md") == expected, "regenerate: PARALLAX_WRITE_DOCS=1 swift test --filter KeymapTests")
    }
}
