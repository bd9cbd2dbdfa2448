import Foundation
import Testing

/// The reader's main use with the real analysers: select a figure, line the sources up on it,
/// see which one disagrees, and jump there from the claims table.
@Suite(.serialized) struct ClaimFlowEndToEndTests {
    /// Three short reports of one event written for this test: two give the same number of
    /// homes without power, the third a different one.
    static let articleTexts: [String: String] = [
        "storm-a.txt": """
        Storm leaves valley in the dark
        High winds brought down power lines across the valley on Sunday.
        The utility said 2,400 homes were without power by the evening.
        Crews expect to restore most connections on Tuesday.
        """,
        "storm-b.txt": """
        Thousands without electricity after storm
        Fallen trees blocked two roads into the valley on Sunday.
        By evening 2,400 homes had no power, the utility said.
        """,
        "storm-c.txt": """
        Valley storm cuts power
        The utility said 3,100 homes lost power when the storm reached the valley on Sunday.
        Schools will stay closed on Monday.
        """,
    ]

    static let folder: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-flow-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in articleTexts {
            try? text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder.path
    }()

    func session(width: Int, height: Int) -> TmuxSession? {
        guard ReaderEndToEndTests.available else {
            print("skipping end-to-end test: needs tmux and \(ReaderEndToEndTests.binary) (run `swift build` first)")
            return nil
        }
        let files = ["storm-a.txt", "storm-b.txt", "storm-c.txt"].map { "\(Self.folder)/\($0)" }.joined(separator: " ")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-e2e-home").path
        return TmuxSession(command: "env LANG=C.UTF-8 TERM=xterm-256color HOME=\(home) \(ReaderEndToEndTests.binary) \(files); echo EXIT=$?; sleep 5",
                           width: width, height: height)
    }

    @Test(arguments: [(160, 40), (80, 24)])
    func selectAlignAndJumpFromTheClaimsTable(width: Int, height: Int) throws {
        guard let tmux = session(width: width, height: height) else { return }
        defer { tmux.kill() }
        var screen = tmux.waitFor { $0.contains("Parallax") && $0.contains("storm-a") }
        #expect(screen.contains("storm-a"))
        screen = ReaderEndToEndTests.waitForAnalysis(tmux)
        #expect(!screen.contains("analysing names and numbers"))

        // `]` selects the first figure of the focused source and the status line describes it.
        tmux.send("]")
        screen = tmux.waitFor { $0.contains("“2,400 homes”") }
        #expect(screen.contains("“2,400 homes”"), "\(screen)")
        #expect(screen.contains("CONFLICT"), "\(screen)")

        // Enter lines every source up on it; the third source's header says it disagrees.
        tmux.send("Enter")
        screen = tmux.waitFor { $0.contains("Aligned:") }
        #expect(screen.contains("◆ aligned"), "\(screen)")
        #expect(screen.contains("= agrees: 2,400 homes"), "\(screen)")
        #expect(screen.contains("Aligned: 1 agreeing, 1 conflicting"), "\(screen)")
        if width < 120 {
            // Only two panes fit: the reader says the disagreeing source is off screen, and > shows it.
            #expect(screen.contains("conflicting source 3 off screen"), "\(screen)")
            tmux.send(">")
            screen = tmux.waitFor { $0.contains("≠ conflicts: 3,100 homes") }
        }
        #expect(screen.contains("≠ conflicts: 3,100 homes"), "\(screen)")

        // The claims table: the row is a conflict; Enter on the third source's cell jumps there.
        tmux.send("Escape")
        tmux.send("c")
        screen = tmux.waitFor { $0.contains("Claims —") }
        #expect(screen.contains("1 in conflict"), "\(screen)")
        #expect(screen.contains("≠ 3,100 homes") || screen.contains("≠ 3,100…"), "\(screen)")
        tmux.send("Tab", "Tab", "Enter")
        screen = tmux.waitFor { !$0.contains("Claims —") && $0.contains("▶ 3") }
        #expect(screen.contains("▶ 3"), "\(screen)")
        #expect(screen.contains("≠ CONFLICT “3,100 homes”"), "\(screen)")
        tmux.send("q")
        #expect(tmux.waitFor { $0.contains("EXIT=") }.contains("EXIT=0"))
    }
}
