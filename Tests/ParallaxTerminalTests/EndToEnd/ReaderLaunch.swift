import Foundation
import Testing

/// Starts the real reader in tmux for the hardening tests: a chosen TERM (or none at all), the
/// reader's process id written to a file so a test can signal it, and the pane kept open after
/// exit so the test can read what the reader left behind.
struct ReaderLaunch {
    let tmux: TmuxSession
    let pidFile: String

    static var available: Bool { ReaderEndToEndTests.available }

    /// The three short articles of `ReaderEndToEndTests`.
    static var articles: String {
        ["harbour-a.txt", "harbour-b.txt", "harbour-c.txt"].map { "\(ReaderEndToEndTests.fixtures)/\($0)" }.joined(separator: " ")
    }

    static var home: String { FileManager.default.temporaryDirectory.appendingPathComponent("parallax-e2e-home").path }

    /// `term: nil` starts the reader with TERM removed from its environment; `shellFirst` runs
    /// in the pane's shell just before it.
    static func start(width: Int, height: Int, term: String?, arguments: String = articles, shellFirst: String = "") -> ReaderLaunch? {
        guard available else {
            print("skipping end-to-end test: needs tmux and \(ReaderEndToEndTests.binary) (run `swift build` first)")
            return nil
        }
        let pidFile = FileManager.default.temporaryDirectory
            .appendingPathComponent("parallax-e2e-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max)).pid").path
        let termSetting = term.map { "TERM=\($0)" } ?? "-u TERM"
        // `exec` keeps the pid that the inner shell wrote; tmux sets TERM itself, hence env.
        // The colour depth follows TERM alone: the test runner's NO_COLOR or COLORTERM would decide it.
        let command = shellFirst + "sh -c 'echo $$ >\(pidFile); exec env -u NO_COLOR -u COLORTERM \(termSetting) LANG=C.UTF-8 HOME=\(home) \(ReaderEndToEndTests.binary) \(arguments)'; echo EXIT=$?; sleep 5"
        guard let tmux = TmuxSession(command: command, width: width, height: height) else { return nil }
        return ReaderLaunch(tmux: tmux, pidFile: pidFile)
    }

    /// The reader's process id, once the shell has written it.
    var pid: pid_t? {
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
               let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) { return pid }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return nil
    }

    /// Whether the reader process itself is still there (the pane outlives it).
    var readerIsRunning: Bool {
        guard let pid else { return false }
        return kill(pid, 0) == 0
    }

    func finish() {
        tmux.kill()
        try? FileManager.default.removeItem(atPath: pidFile)
    }

    /// Presses `q`, expects exit status 0, then a restored terminal.
    static func quitAndExpectRestored(_ tmux: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) {
        tmux.send("q")
        #expect(tmux.waitFor { $0.contains("EXIT=") }.contains("EXIT=0"), sourceLocation: sourceLocation)
        expectRestored(tmux, sourceLocation: sourceLocation)
    }

    /// After the reader has gone: the pane is back in the shell's state (see `TerminalModes`),
    /// no cell carries a colour or attribute, and nothing of the reader's frame is left.
    static func expectRestored(_ tmux: TmuxSession, readerText: String = "ferry crossing", sourceLocation: SourceLocation = #_sourceLocation) {
        let modes = tmux.modes
        #expect(modes.isRestored, "\(modes)", sourceLocation: sourceLocation)
        let escaped = tmux.screenWithEscapes()
        #expect(!escaped.contains("\u{1b}["), "attributes left on screen: \(escaped.debugDescription)", sourceLocation: sourceLocation)
        #expect(!tmux.screen().contains(readerText), "\(tmux.screen())", sourceLocation: sourceLocation)
    }

    /// Which kinds of colour the cells on screen use, read from tmux's SGR escapes.
    static func colours(in escaped: String) -> (basic: Bool, indexed: Bool) {
        var basic = false, indexed = false
        var rest = Substring(escaped)
        while let start = rest.range(of: "\u{1b}[") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(where: { !$0.isNumber && $0 != ";" }) else { break }
            let parameters = rest[..<end].split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
            if rest[end] == "m" {
                var index = 0
                while index < parameters.count {
                    let value = parameters[index]
                    if value == 38 || value == 48 {
                        // 38;5;N is a 256-colour index, 38;2;R;G;B direct colour.
                        indexed = true
                        index += parameters.count > index + 1 && parameters[index + 1] == 2 ? 5 : 3
                        continue
                    }
                    if (30...37).contains(value) || (40...47).contains(value) || (90...97).contains(value) || (100...107).contains(value) {
                        basic = true
                    }
                    index += 1
                }
            }
            rest = rest[end...]
        }
        return (basic, indexed)
    }

    /// The screen as rows, for comparing frames line by line in failure messages.
    static func rows(_ screen: String) -> [Substring] { screen.split(separator: "\n", omittingEmptySubsequences: false) }
}
