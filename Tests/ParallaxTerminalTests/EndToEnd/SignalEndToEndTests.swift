import Foundation
import Testing

/// Signals that reach the reader from the keyboard, the shell or another process: it leaves
/// (or pauses) cleanly and the terminal is always the shell's again.
@Suite(.serialized) struct SignalEndToEndTests {
    static let bash = ["/bin/bash", "/usr/bin/bash"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Ctrl-C typed at the keyboard, and SIGINT, SIGTERM and SIGHUP sent by another process;
    /// the exit status is the shell's convention for an interrupted program, 128 + the signal.
    @Test(arguments: ["C-c", "INT", "TERM", "HUP"])
    func quitSignalLeavesAndRestoresTheTerminal(_ signalName: String) throws {
        guard let reader = ReaderLaunch.start(width: 120, height: 30, term: "xterm-256color") else { return }
        defer { reader.finish() }
        let tmux = reader.tmux
        tmux.waitFor { $0.contains("[1 2 3]") }
        // With the search prompt open, so the signal arrives in the middle of something.
        tmux.send("/", "f", "e")
        tmux.waitFor { $0.contains("/fe") }
        #expect(tmux.modes.alternateScreen)
        switch signalName {
        case "C-c": tmux.send("C-c")
        default:
            let number = ["INT": SIGINT, "TERM": SIGTERM, "HUP": SIGHUP][signalName]!
            let pid = try #require(reader.pid)
            #expect(kill(pid, number) == 0)
        }
        let status = 128 + (["C-c": SIGINT, "INT": SIGINT, "TERM": SIGTERM, "HUP": SIGHUP][signalName] ?? 0)
        let screen = tmux.waitFor { $0.contains("EXIT=") }
        #expect(screen.contains("EXIT=\(status)"), "\(screen)")
        ReaderLaunch.expectRestored(tmux)
    }

    /// Ctrl-Z in an interactive shell hands the terminal back; `fg` brings the reader back with
    /// the same frame, and it still answers keys.
    @Test func suspendAndResumeWithFg() throws {
        guard ReaderLaunch.available, let bash = Self.bash else { return }
        let home = ReaderLaunch.home
        guard let tmux = TmuxSession(
            command: "env -i PATH=/usr/bin:/bin HOME=\(home) TERM=xterm-256color LANG=C.UTF-8 PS1='shell$ ' \(bash) --norc --noprofile -i",
            width: 120, height: 30) else { return }
        defer { tmux.kill() }
        tmux.waitFor { $0.contains("shell$") }
        tmux.send("-l", "\(ReaderEndToEndTests.binary) \(ReaderLaunch.articles)")
        tmux.send("Enter")
        tmux.waitFor { $0.contains("[1 2 3]") }
        ReaderEndToEndTests.waitForAnalysis(tmux)
        tmux.send("j")
        let before = tmux.settledScreen()

        tmux.send("C-z")
        var screen = tmux.waitFor { $0.contains("Stopped") }
        #expect(screen.contains("Stopped"), "\(screen)")
        #expect(ReaderLaunch.rows(screen).contains { $0.hasPrefix("shell$") }, "\(screen)")
        ReaderLaunch.expectRestored(tmux)

        tmux.send("f", "g", "Enter")
        screen = tmux.waitFor { $0 == before }
        #expect(screen == before, "after fg:\n\(screen)\nbefore Ctrl-Z:\n\(before)")
        #expect(tmux.modes.alternateScreen)
        tmux.send("Tab")
        screen = tmux.waitFor { $0.contains("▶ 2 harbour-b") }
        #expect(screen.contains("▶ 2 harbour-b"), "\(screen)")

        tmux.send("q")
        screen = tmux.waitFor { ReaderLaunch.rows($0).filter { $0.hasPrefix("shell$") }.count >= 3 }
        #expect(ReaderLaunch.rows(screen).filter { $0.hasPrefix("shell$") }.count >= 3, "a fresh prompt after quitting: \(screen)")
        ReaderLaunch.expectRestored(tmux)
    }
}
