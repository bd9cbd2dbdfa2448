import Foundation

/// Times the real binary the way a person meets it: from starting the process in a fresh tmux
/// window to the panes being on screen, to every file being read (the status line turns from
/// "loading" to "analysing"), and to the analysis being shown. The figures include tmux
/// starting its server, so they are an upper bound on the reader's own start-up.
enum FirstFrameInTmux {
    static func measure(binary: String, paths: [String], runs: Int = 5) {
        guard let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            print("tmux first frame: skipped (tmux not installed)")
            return
        }
        var firstFrames: [Double] = []
        var loadedFrames: [Double] = []
        var analysedFrames: [Double] = []
        for run in 0..<runs {
            let socket = "parallax-bench-\(ProcessInfo.processInfo.processIdentifier)-\(run)"
            let quoted = ([binary] + paths).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
            let start = DispatchTime.now().uptimeNanoseconds
            invoke(tmux, ["-L", socket, "-f", "/dev/null", "new-session", "-d", "-x", "200", "-y", "50",
                          "env LANG=C.UTF-8 TERM=xterm-256color HOME=/nonexistent \(quoted); sleep 30"])
            var first: Double?
            var loaded: Double?
            var analysed: Double?
            let deadline = start + 60_000_000_000
            while analysed == nil, DispatchTime.now().uptimeNanoseconds < deadline {
                let screen = invoke(tmux, ["-L", socket, "capture-pane", "-p", "-t", "0"])
                let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
                if first == nil, screen.contains("Parallax  ") { first = elapsed }
                // The status line says "loading n/N files…" until every file is read (a capture
                // can catch a frame half drawn, so wait for the line that follows it).
                if first != nil, loaded == nil, screen.contains("analysing names") || screen.contains("quantity claim(s)") { loaded = elapsed }
                // The status line counts claims only once the analysis is in.
                if first != nil, screen.contains("quantity claim(s)") { analysed = elapsed }
                usleep(2_000)
            }
            invoke(tmux, ["-L", socket, "kill-server"])
            if let first { firstFrames.append(first) }
            if let loaded { loadedFrames.append(loaded) }
            if let analysed { analysedFrames.append(analysed) }
        }
        func median(_ values: [Double]) -> Double { values.isEmpty ? .nan : values.sorted()[values.count / 2] }
        print(String(format: "tmux 200x50, %d runs: first frame median %.0f ms (min %.0f, max %.0f); all files read median %.0f ms; analysis shown median %.0f ms",
                     firstFrames.count, median(firstFrames), firstFrames.min() ?? .nan, firstFrames.max() ?? .nan, median(loadedFrames), median(analysedFrames)))
    }

    /// Runs tmux with posix_spawn and waitpid (Foundation's Process waits forever on the
    /// client that forks the tmux server). Output is read only for capture-pane: the server
    /// forked by new-session would hold a pipe open.
    @discardableResult
    static func invoke(_ executable: String, _ arguments: [String]) -> String {
        let reading = arguments.contains("capture-pane")
        var fds: [Int32] = [-1, -1]
        if reading { guard pipe(&fds) == 0 else { return "" } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        if reading {
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
            posix_spawn_file_actions_addclose(&actions, fds[0])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        if reading { close(fds[1]) }
        guard spawned == 0 else {
            if reading { close(fds[0]) }
            return ""
        }
        var data = [UInt8]()
        if reading {
            var buffer = [UInt8](repeating: 0, count: 16_384)
            while true {
                let count = read(fds[0], &buffer, buffer.count)
                if count <= 0 { break }
                data += buffer[0..<count]
            }
            close(fds[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return String(decoding: data, as: UTF8.self)
    }
}
