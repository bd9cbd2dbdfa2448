import Foundation
import Testing

/// Runs the real binary (`.build/debug/parallax`) in tmux: opens files, presses keys, reads the screen.
@Suite(.serialized) struct ReaderEndToEndTests {
    /// PARALLAX_E2E_BINARY picks another build (Scripts/sanitizers.sh passes its sanitized one).
    static let binary = ProcessInfo.processInfo.environment["PARALLAX_E2E_BINARY"]
        ?? RepositoryFiles.root.appendingPathComponent(".build/debug/parallax").path
    /// Three short articles written for this test, saved to a temporary folder.
    static let fixtures: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-e2e-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let long = (1...60).map { "Paragraph \($0) of a long article, there to be scrolled." }.joined(separator: "\n")
        for (name, text) in articleTexts.merging(["long.txt": long]) { $1 } {
            try? text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder.path
    }()

    static let articleTexts: [String: String] = [
        "harbour-a.txt": """
        Harbour ferry returns after winter repairs
        The ferry crossing reopened on Tuesday after crews spent eleven weeks replacing the landing ramps.
        Port officials said 340 passengers made the first crossing, more than on any spring morning they remembered.
        The operator plans twelve sailings a day through the summer.
        """,
        "harbour-b.txt": """
        Ferry back in service
        Passengers lined the quay as the ferry crossing reopened this week.
        The operator counted about 300 passengers on the first trip and promised more sailings in June.
        """,
        "harbour-c.txt": """
        Short crossing, long wait
        After months of detours the ferry is running again. 中文 and emoji 🚢 readers welcome — naïve café owners cheered.
        """,
    ]

    /// Waits until the background analysis is in (the status line stops saying "analysing").
    @discardableResult
    static func waitForAnalysis(_ tmux: TmuxSession) -> String {
        // Files load before the analysis starts, and the status line says so meanwhile.
        tmux.waitFor(timeout: 30) { $0.contains("Parallax") && !$0.contains("analysing names and numbers") && !$0.contains(" files…") }
    }

    static var available: Bool {
        TmuxSession.tmuxPath != nil && FileManager.default.isExecutableFile(atPath: binary)
    }

    func session(_ arguments: String, width: Int = 160, height: Int = 40, term: String = "xterm-256color",
                 extra: [String: String] = [:]) -> TmuxSession? {
        guard Self.available else {
            print("skipping end-to-end test: needs tmux and \(Self.binary) (run `swift build` first)")
            return nil
        }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-e2e-home").path
        // `; sleep 5` keeps the pane open after exit so the test can read what was left on screen.
        // tmux sets TERM itself inside the pane, so the program is started through env.
        let variables = ["LANG": "C.UTF-8", "TERM": term, "HOME": home].merging(extra) { $1 }
            .sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        return TmuxSession(command: "env \(variables) \(Self.binary) \(arguments); echo EXIT=$?; sleep 5", width: width, height: height)
    }

    var articles: String { "\(Self.fixtures)/harbour-a.txt \(Self.fixtures)/harbour-b.txt \(Self.fixtures)/harbour-c.txt" }

    @Test func opensPanesScrollsShowsHelpAndQuitsCleanly() throws {
        guard let tmux = session(articles) else { return }
        defer { tmux.kill() }
        // The first frame may come before every article has loaded: wait for all three.
        var screen = tmux.waitFor { ["[1 2 3]", "harbour-a", "harbour-c", "The ferry crossing reopened"].allSatisfy($0.contains) }
        #expect(screen.contains("harbour-a"))
        #expect(screen.contains("harbour-c"))
        #expect(screen.contains("The ferry crossing reopened"))
        tmux.send("?")
        screen = tmux.waitFor { $0.contains("Keys — j/k scroll") }
        #expect(screen.contains("Toggle scroll-lock"))
        tmux.send("Escape")
        screen = tmux.waitFor { !$0.contains("Keys — j/k scroll") }
        tmux.send("Tab")
        screen = tmux.waitFor { $0.contains("▶ 2 harbour-b") }
        #expect(screen.contains("▶ 2 harbour-b"))
        tmux.send("/", "f", "e", "r", "r", "y", "Enter")
        screen = tmux.waitFor { $0.contains("hit(s) in") }
        #expect(screen.contains("for ferry"))
        // The whole header, not just its start: under load a capture can land mid-frame.
        func claimsHeader(_ screen: String) -> Bool {
            screen.contains("No quantity is stated by more than one source") || screen.contains("quantities stated")
        }
        tmux.send("c")
        screen = tmux.waitFor { claimsHeader($0) || $0.contains("Still finding") }
        if screen.contains("Still finding") {
            // Pressed before the background analysis was in: the reader says so; once it is, `c` opens.
            tmux.send("Escape")
            Self.waitForAnalysis(tmux)
            tmux.send("c")
            screen = tmux.waitFor(claimsHeader)
        }
        #expect(screen.contains("No quantity is stated by more than one source") || screen.contains("quantities stated"))
        tmux.send("q")
        screen = tmux.waitFor { $0.contains("EXIT=0") }
        #expect(screen.contains("EXIT=0"))
    }

    /// The diffed output must leave the screen exactly as a full repaint would.
    @Test func scrollingMovesOnlyTheFocusedPane() throws {
        guard let tmux = session("\(Self.fixtures)/long.txt \(Self.fixtures)/harbour-b.txt", width: 100, height: 20) else { return }
        defer { tmux.kill() }
        // Both articles on screen: the reader may draw its first frame before the second has loaded.
        let before = tmux.waitFor { $0.contains("Paragraph 1 of") && $0.contains("harbour-b") && !$0.contains("loading") }
            .split(separator: "\n", omittingEmptySubsequences: false)
        tmux.send("j", "j")
        let paneWidth = 49
        // Wait for the second key's frame, not the first one's.
        let after = tmux.waitFor { screen in
            let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return rows.count > 6 && rows[4].prefix(paneWidth) == before[6].prefix(paneWidth)
        }.split(separator: "\n", omittingEmptySubsequences: false)
        for row in 4..<16 {
            #expect(after[row].prefix(paneWidth) == before[row + 2].prefix(paneWidth), "row \(row)")
            #expect(after[row].dropFirst(paneWidth) == before[row].dropFirst(paneWidth), "row \(row)")
        }
        tmux.send("q")
    }

    @Test func survivesResizeToTinyAndBack() throws {
        guard let tmux = session(articles, width: 120, height: 30) else { return }
        defer { tmux.kill() }
        tmux.waitFor { $0.contains("[1 2 3]") }
        tmux.resize(width: 20, height: 6)
        var screen = tmux.waitFor { $0.contains("too small") }
        #expect(screen.contains("Terminal too small"))
        tmux.resize(width: 70, height: 20)
        screen = tmux.waitFor { $0.contains("[1 2] 3") }
        #expect(screen.contains("[1 2] 3"))
        #expect(tmux.isAlive)
        tmux.send("q")
        #expect(tmux.waitFor { $0.contains("EXIT=") }.contains("EXIT=0"))
    }

    @Test func dumbTerminalGetsAMessageAndExitStatusOne() throws {
        guard let tmux = session(articles, term: "dumb") else { return }
        defer { tmux.kill() }
        let screen = tmux.waitFor { $0.contains("EXIT=") }
        #expect(screen.contains("needs a real terminal"))
        #expect(screen.contains("EXIT=1"))
    }

    @Test func interruptRestoresTheTerminal() throws {
        guard let tmux = session(articles, term: "screen", extra: ["LANG": "xx_YY.ISO-8859-1", "NO_COLOR": "1"]) else { return }
        defer { tmux.kill() }
        let screen = tmux.waitFor { $0.contains("[1 2 3]") }
        #expect(screen.contains("[1 2 3]"))
        // Even with the search prompt open, Ctrl-C leaves and restores the terminal, with the
        // status of a program interrupted by SIGINT.
        tmux.send("/", "x")
        tmux.waitFor { $0.contains("/x") }
        tmux.send("C-c")
        #expect(tmux.waitFor { $0.contains("EXIT=") }.contains("EXIT=130"))
    }
}
