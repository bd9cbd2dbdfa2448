import Foundation
import Testing

/// The reader on each kind of terminal it meets: it opens, shows the text in the colours the
/// terminal has, quits on `q`, and leaves the terminal as the shell had it.
@Suite(.serialized) struct TerminalTypeEndToEndTests {
    struct Terminal: CustomStringConvertible, Sendable {
        let term: String
        /// Whether terminfo gives it an alternate screen (smcup/rmcup).
        let alternateScreen: Bool
        let basicColours: Bool
        let indexedColours: Bool
        var description: String { term }
    }

    static let terminals = [
        Terminal(term: "vt100", alternateScreen: false, basicColours: false, indexedColours: false),
        Terminal(term: "linux", alternateScreen: false, basicColours: true, indexedColours: false),
        Terminal(term: "xterm", alternateScreen: true, basicColours: true, indexedColours: false),
        Terminal(term: "screen", alternateScreen: true, basicColours: true, indexedColours: false),
        Terminal(term: "xterm-256color", alternateScreen: true, basicColours: false, indexedColours: true),
    ]

    @Test(arguments: terminals)
    func opensShowsTheTextQuitsAndRestores(_ terminal: Terminal) throws {
        guard let reader = ReaderLaunch.start(width: 120, height: 30, term: terminal.term) else { return }
        defer { reader.finish() }
        let tmux = reader.tmux
        let screen = tmux.waitFor { $0.contains("[1 2 3]") && $0.contains("The ferry crossing reopened") }
        #expect(screen.contains("harbour-a"), "\(screen)")
        #expect(screen.contains("The ferry crossing reopened"), "\(screen)")
        #expect(screen.contains("Passengers lined the quay"), "\(screen)")
        #expect(tmux.modes.alternateScreen == terminal.alternateScreen, "\(tmux.modes)")

        let escaped = tmux.screenWithEscapes()
        let colours = ReaderLaunch.colours(in: escaped)
        #expect(colours.basic == terminal.basicColours, "8-colour escapes on \(terminal.term): \(escaped.debugDescription)")
        #expect(colours.indexed == terminal.indexedColours, "256-colour escapes on \(terminal.term): \(escaped.debugDescription)")
        // Every terminal still marks the focused pane: bold, underline or reverse.
        #expect(escaped.contains("\u{1b}[1m") || escaped.contains("\u{1b}[4m") || escaped.contains("\u{1b}[7m"))

        // Keys work: Tab moves the focus to the second source.
        tmux.send("Tab")
        #expect(tmux.waitFor { $0.contains("▶ 2 harbour-b") }.contains("▶ 2 harbour-b"))
        ReaderLaunch.quitAndExpectRestored(tmux)
    }

    /// Without a usable TERM there is nothing curses can draw with: one sentence, exit status 1,
    /// and the terminal untouched.
    @Test(arguments: [nil, "dumb", "no-such-terminal-type"] as [String?])
    func unusableTermGetsAMessage(_ term: String?) throws {
        guard let reader = ReaderLaunch.start(width: 120, height: 20, term: term) else { return }
        defer { reader.finish() }
        let screen = reader.tmux.waitFor { $0.contains("EXIT=") }
        #expect(screen.contains("EXIT=1"), "\(screen)")
        if term == "no-such-terminal-type" {
            #expect(screen.contains("cannot use the terminal type no-such-terminal-type"), "\(screen)")
        } else {
            #expect(screen.contains("needs a real terminal (TERM is \(term == nil ? "not set" : "dumb"))"), "\(screen)")
        }
        #expect(screen.contains(term == "no-such-terminal-type" ? "try TERM=" : "parallax analyze"), "the message says what to do instead: \(screen)")
        ReaderLaunch.expectRestored(reader.tmux)
    }

    /// `parallax read … | cat`: the reader refuses before drawing anything.
    @Test func stdoutNotATerminalGetsAMessageAndExitStatusOne() throws {
        guard ReaderLaunch.available, let tmux = TmuxSession(
            command: "{ env LANG=C.UTF-8 TERM=xterm-256color HOME=\(ReaderLaunch.home) \(ReaderEndToEndTests.binary) read \(ReaderLaunch.articles); echo EXIT=$? >&2; } | cat; sleep 5",
            width: 120, height: 20) else { return }
        defer { tmux.kill() }
        let screen = tmux.waitFor { $0.contains("EXIT=") }
        #expect(screen.contains("EXIT=1"), "\(screen)")
        #expect(screen.contains("the reader needs a terminal"), "\(screen)")
        #expect(screen.contains("parallax analyze"), "\(screen)")
        ReaderLaunch.expectRestored(tmux)
    }
}
