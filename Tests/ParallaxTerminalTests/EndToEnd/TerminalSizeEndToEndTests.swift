import Foundation
import Testing

/// Terminal sizes from tiny to huge, and a storm of resizes: the reader keeps drawing the
/// frame it would draw had it started at the final size, and keeps answering keys.
@Suite(.serialized) struct TerminalSizeEndToEndTests {
    /// The frame a fresh reader draws at `width`×`height` after the analysis and a Tab.
    func referenceFrame(width: Int, height: Int) -> String? {
        guard let reader = ReaderLaunch.start(width: width, height: height, term: "xterm-256color") else { return nil }
        defer { reader.finish() }
        reader.tmux.waitFor { $0.contains("[1 2") }
        ReaderEndToEndTests.waitForAnalysis(reader.tmux)
        reader.tmux.send("Tab")
        reader.tmux.waitFor { $0.contains("▶ 2 harbour-b") }
        return reader.tmux.settledScreen()
    }

    /// 100 size changes in two seconds, from 1×1 (and the 0×0 some terminals report) to
    /// 400×120, sent straight to the pane's terminal so they arrive at the rate asked for.
    @Test func hundredResizesInTwoSecondsThenAnswersKeysWithACorrectFrame() throws {
        guard let expected = referenceFrame(width: 90, height: 26),
              let reader = ReaderLaunch.start(width: 120, height: 30, term: "xterm-256color") else { return }
        defer { reader.finish() }
        let tmux = reader.tmux
        tmux.waitFor { $0.contains("[1 2 3]") }
        ReaderEndToEndTests.waitForAnalysis(tmux)

        let sizes = [(0, 0), (1, 1), (20, 6), (400, 120), (2, 200), (300, 3), (24, 8), (23, 7), (61, 19), (160, 40), (37, 50)]
        let started = Date()
        for index in 0..<100 {
            let (width, height) = sizes[index % sizes.count]
            #expect(tmux.setTerminalSizeDirectly(width: width, height: height))
            let due = started.addingTimeInterval(Double(index + 1) * 0.02)
            Thread.sleep(forTimeInterval: max(0, due.timeIntervalSinceNow))
        }
        let elapsed = Date().timeIntervalSince(started)
        #expect(elapsed < 2.5, "100 resizes took \(elapsed) s")
        #expect(reader.readerIsRunning)

        // tmux now sets the final size itself (and so knows it for capture-pane).
        tmux.resize(width: 90, height: 26)
        tmux.send("Tab")
        let screen = tmux.waitFor { $0 == expected }
        #expect(screen == expected, "after the storm:\n\(screen)\nfresh reader at 90×26:\n\(expected)")
        ReaderLaunch.quitAndExpectRestored(tmux)
    }

    /// A terminal that reports an absurd size (`stty rows 65535 cols 65535`) once made ncurses
    /// allocate gigabytes and then crash inside its drawing code. The reader now draws into a
    /// bounded screen, stays small, and comes back when the size is sane again.
    @Test func absurdReportedSizeIsSurvived() throws {
        guard let reader = ReaderLaunch.start(width: 100, height: 30, term: "xterm-256color") else { return }
        defer { reader.finish() }
        let tmux = reader.tmux
        tmux.waitFor { $0.contains("[1 2 3]") }
        let pid = try #require(reader.pid)
        for (width, height) in [(65535, 65535), (65535, 1), (1, 65535)] {
            #expect(tmux.setTerminalSizeDirectly(width: width, height: height))
            Thread.sleep(forTimeInterval: 0.3)
            #expect(reader.readerIsRunning, "after \(width)×\(height)")
        }
        // The largest screen the reader accepts is 1,000×500 cells.
        let resident = Self.residentMegabytes(pid) ?? 0
        #expect(resident < 1_000, "resident memory \(resident) MB")
        tmux.resize(width: 110, height: 28)
        tmux.send("Tab")
        // Frames of 1,000×500 cells take a while in a sanitizer build: allow for that.
        let screen = tmux.waitFor(timeout: 60) { Self.showsFocusOnSecondPane($0) }
        #expect(Self.showsFocusOnSecondPane(screen), "\(screen)")
        #expect(ReaderLaunch.rows(screen).allSatisfy { $0.count <= 110 }, "\(screen)")
        ReaderLaunch.quitAndExpectRestored(tmux)
    }

    /// Started in a terminal that already reports 65535×65535: ncurses is told a size it can
    /// afford before it allocates anything.
    @Test func startsInAnAbsurdlySizedTerminal() throws {
        guard let reader = ReaderLaunch.start(width: 100, height: 30, term: "xterm-256color",
                                              shellFirst: "stty rows 65535 cols 65535; ") else { return }
        defer { reader.finish() }
        let tmux = reader.tmux
        let pid = try #require(reader.pid)
        Thread.sleep(forTimeInterval: 1)
        #expect(reader.readerIsRunning)
        let resident = Self.residentMegabytes(pid) ?? 0
        #expect(resident < 1_000, "resident memory \(resident) MB")
        tmux.resize(width: 90, height: 26)
        tmux.send("Tab")
        let screen = tmux.waitFor(timeout: 60) { Self.showsFocusOnSecondPane($0) }
        #expect(Self.showsFocusOnSecondPane(screen), "\(screen)")
        ReaderLaunch.quitAndExpectRestored(tmux)
    }

    /// A whole fresh frame: the title on the first row, the second pane focused on the next.
    static func showsFocusOnSecondPane(_ screen: String) -> Bool {
        let rows = ReaderLaunch.rows(screen)
        return rows.count > 2 && rows[0].hasPrefix("Parallax") && rows[1].contains("▶ 2 harbour-b")
    }

    static func residentMegabytes(_ pid: pid_t) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return nil }
        return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }.map { $0 / 1024 }
    }

    @Test func hugeTerminal() throws {
        guard let reader = ReaderLaunch.start(width: 400, height: 120, term: "xterm-256color") else { return }
        defer { reader.finish() }
        let tmux = reader.tmux
        // The first frame may come before the last file has loaded: wait until all have.
        var screen = tmux.waitFor { $0.contains("[1 2 3]") && $0.contains("Short crossing") && !$0.contains(" files…") }
        let rows = ReaderLaunch.rows(screen)
        #expect(rows.count >= 120)
        // Three panes share the 400 columns: each header and each article's first words show.
        for name in ["1 harbour-a", "2 harbour-b", "3 harbour-c"] { #expect(screen.contains(name), "\(name)") }
        for text in ["The ferry crossing reopened", "Passengers lined the quay", "After months of detours"] {
            #expect(screen.contains(text), "\(text)")
        }
        // The divider under the headers runs under all three panes...
        let divider = rows.map { $0.filter { $0 == "─" || $0 == "┼" }.count }.max() ?? 0
        #expect(divider >= 400 - 2, "\(screen)")
        // ...including the columns left over when the width does not divide evenly.
        #expect(divider == 400)
        tmux.send("Tab")
        screen = tmux.waitFor { $0.contains("▶ 2 harbour-b") }
        #expect(screen.contains("▶ 2 harbour-b"))
        ReaderLaunch.quitAndExpectRestored(tmux)
    }

    /// Started in a terminal too small for panes: a notice, every key harmless, panes once
    /// there is room.
    @Test func tinyTerminal() throws {
        guard let reader = ReaderLaunch.start(width: 20, height: 6, term: "xterm-256color") else { return }
        defer { reader.finish() }
        let tmux = reader.tmux
        var screen = tmux.waitFor { $0.contains("too small") }
        #expect(screen.contains("Terminal too small"), "\(screen)")
        #expect(screen.contains("20×6"), "\(screen)")
        for key in ["Tab", "j", "?", "Escape", "c", "Escape", "]", "Enter", ">", "/", "x", "Escape", "PageDown", "G"] {
            tmux.send(key)
        }
        screen = tmux.settledScreen()
        #expect(reader.readerIsRunning)
        #expect(screen.contains("Terminal too small"), "\(screen)")
        tmux.resize(width: 120, height: 30)
        screen = tmux.waitFor { $0.contains("[1 2 3]") }
        #expect(screen.contains("The ferry crossing reopened"), "\(screen)")
        tmux.resize(width: 20, height: 6)
        tmux.waitFor { $0.contains("too small") }
        ReaderLaunch.quitAndExpectRestored(tmux)
    }
}
