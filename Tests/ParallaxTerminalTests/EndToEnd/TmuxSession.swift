import Foundation

/// Drives a program in a private tmux server and reads its screen, for end-to-end tests.
final class TmuxSession {
    let socket = "parallax-test-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
    static let tmuxPath: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    init?(command: String, width: Int, height: Int, environment: [String: String] = [:]) {
        guard Self.tmuxPath != nil else { return nil }
        var arguments = ["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)"]
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(key)=\(value)"] }
        arguments.append(command)
        // The server forked by new-session would inherit a pipe and keep it open forever.
        guard run(arguments, captureOutput: false) != nil else { return nil }
    }

    /// The pane's terminal, opened by `setTerminalSizeDirectly`.
    private var ttyDescriptor: Int32 = -1

    deinit { kill() }

    /// Stops the private server and everything in it.
    func kill() {
        if ttyDescriptor >= 0 { close(ttyDescriptor) }
        ttyDescriptor = -1
        run(["kill-server"], captureOutput: false)
    }

    /// Runs tmux with posix_spawn and waitpid (Foundation's Process can miss a child's exit
    /// under the test runner and wait forever). Output is read only when asked for: the server
    /// that new-session forks would otherwise hold the pipe open.
    @discardableResult
    func run(_ arguments: [String], captureOutput: Bool = true) -> String? {
        guard let tmux = Self.tmuxPath else { return nil }
        var fds: [Int32] = [-1, -1]
        if captureOutput { guard pipe(&fds) == 0 else { return nil } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        if captureOutput {
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
            posix_spawn_file_actions_addclose(&actions, fds[0])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        let argv = ([tmux, "-L", socket] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // The test runner's threads block signals, and a blocked mask is inherited through exec:
        // start tmux (and so the reader) with an empty mask and default handlers.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        sigdelset(&all, SIGKILL)
        sigdelset(&all, SIGSTOP)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, tmux, &actions, &attributes, argv, environ)
        if captureOutput { close(fds[1]) }
        guard spawned == 0 else {
            if captureOutput { close(fds[0]) }
            return nil
        }
        var data = [UInt8]()
        if captureOutput {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(fds[0], &buffer, buffer.count)
                if count <= 0 { break }
                data += buffer[0..<count]
            }
            close(fds[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitedCleanly = (status & 0x7f) == 0 && ((status >> 8) & 0xff) == 0
        return exitedCleanly ? String(decoding: data, as: UTF8.self) : nil
    }

    func send(_ keys: String...) { run(["send-keys", "-t", "0"] + keys, captureOutput: false) }

    func screen() -> String { run(["capture-pane", "-p", "-t", "0"]) ?? "" }

    /// The screen with tmux's escapes for every cell's colour and attributes (`capture-pane -e`).
    func screenWithEscapes() -> String { run(["capture-pane", "-p", "-e", "-t", "0"]) ?? "" }

    /// A tmux format (`#{...}`) evaluated for the pane.
    func format(_ format: String) -> String {
        (run(["display-message", "-p", "-t", "0", format]) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The modes a full-screen program switches on and must switch off again on exit.
    var modes: TerminalModes {
        let names = ["alternate_on", "cursor_flag", "mouse_any_flag", "mouse_standard_flag", "mouse_button_flag",
                     "mouse_sgr_flag", "keypad_flag", "keypad_cursor_flag", "insert_flag", "wrap_flag",
                     "origin_flag", "scroll_region_upper", "scroll_region_lower", "pane_height"]
        let values = format(names.map { "#{\($0)}" }.joined(separator: " ")).split(separator: " ").map { Int($0) ?? -1 }
        return TerminalModes(values: Dictionary(uniqueKeysWithValues: zip(names, values)))
    }

    /// Sets the size of the pane's terminal with TIOCSWINSZ, as a terminal emulator does when
    /// its window is dragged: the kernel sends SIGWINCH. Much faster than a tmux command, so
    /// resize storms run at the rate asked for; tmux itself keeps its own idea of the size.
    func setTerminalSizeDirectly(width: Int, height: Int) -> Bool {
        if ttyDescriptor < 0 {
            let tty = format("#{pane_tty}")
            guard tty.hasPrefix("/dev/") else { return false }
            ttyDescriptor = open(tty, O_RDWR | O_NOCTTY)
            guard ttyDescriptor >= 0 else { return false }
        }
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        return ioctl(ttyDescriptor, UInt(TIOCSWINSZ), &size) == 0
    }

    /// Polls the screen until `predicate` holds on a whole frame or `timeout` passes; returns the
    /// last screen. A capture can land while the program is still writing a frame (a view's title
    /// drawn, its rows not yet), so a match counts only once the next capture shows the same screen.
    @discardableResult
    func waitFor(timeout: TimeInterval = 40, _ predicate: (String) -> Bool) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var text = screen()
        while Date() < deadline {
            let matched = predicate(text)
            Thread.sleep(forTimeInterval: 0.03)
            let next = screen()
            if matched, next == text { return text }
            text = next
        }
        return text
    }

    /// The screen once it has stopped changing (two captures a short while apart agree).
    func settledScreen(timeout: TimeInterval = 5) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = screen()
        while Date() < deadline {
            Thread.sleep(forTimeInterval: 0.15)
            let next = screen()
            if next == last { return next }
            last = next
        }
        return last
    }

    func resize(width: Int, height: Int) { run(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"], captureOutput: false) }

    /// Whether the session's program is still running.
    var isAlive: Bool { run(["list-panes", "-t", "0", "-F", "#{pane_dead}"])?.hasPrefix("0") ?? false }
}

/// Terminal modes as tmux tracks them for a pane (`display-message` formats).
struct TerminalModes: CustomStringConvertible {
    let values: [String: Int]

    var alternateScreen: Bool { values["alternate_on"] == 1 }

    /// What a shell expects to find: main screen, visible cursor, no mouse reporting, no keypad
    /// application mode, no insert mode, autowrap on, and the scroll region the whole pane.
    var isRestored: Bool {
        let off = ["alternate_on", "mouse_any_flag", "mouse_standard_flag", "mouse_button_flag", "mouse_sgr_flag",
                   "keypad_flag", "keypad_cursor_flag", "insert_flag", "origin_flag", "scroll_region_upper"]
        guard let height = values["pane_height"], height > 0 else { return false }
        return off.allSatisfy { values[$0] == 0 } && values["cursor_flag"] == 1 && values["wrap_flag"] == 1
            && values["scroll_region_lower"] == height - 1
    }

    var description: String { values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ") }
}
