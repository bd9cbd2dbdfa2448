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

    deinit { kill() }

    /// Stops the private server and everything in it.
    func kill() { run(["kill-server"], captureOutput: false) }

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

    /// Polls the screen until `predicate` holds or `timeout` passes; returns the last screen.
    @discardableResult
    func waitFor(timeout: TimeInterval = 15, _ predicate: (String) -> Bool) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var text = screen()
        while !predicate(text), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.03)
            text = screen()
        }
        return text
    }

    func resize(width: Int, height: Int) { run(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"], captureOutput: false) }

    /// Whether the session's program is still running.
    var isAlive: Bool { run(["list-panes", "-t", "0", "-F", "#{pane_dead}"])?.hasPrefix("0") ?? false }
}
