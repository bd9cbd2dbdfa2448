import Foundation

/// Times the real binary the way a person meets it: from starting the process in a fresh tmux
/// window to the panes being on screen, and to the analysis being shown. The figures include
/// tmux starting its server, so they are an upper bound on the reader's own start-up.
enum FirstFrameInTmux {
    static func measure(binary: String, paths: [String], runs: Int = 5) {
        guard let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            print("tmux first frame: skipped (tmux not installed)")
            return
        }
        var firstFrames: [Double] = []
        var analysedFrames: [Double] = []
        for run in 0..<runs {
            let socket = "parallax-bench-\(ProcessInfo.processInfo.processIdentifier)-\(run)"
            let quoted = ([binary] + paths).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
            let start = DispatchTime.now().uptimeNanoseconds
            invoke(tmux, ["-L", socket, "-f", "/dev/null", "new-session", "-d", "-x", "200", "-y", "50",
                          "env LANG=C.UTF-8 TERM=xterm-256color HOME=/nonexistent \(quoted); sleep 30"])
            var first: Double?
            var analysed: Double?
            let deadline = start + 60_000_000_000
            while analysed == nil, DispatchTime.now().uptimeNanoseconds < deadline {
                let screen = invoke(tmux, ["-L", socket, "capture-pane", "-p", "-t", "0"])
                let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
                if first == nil, screen.contains("Parallax  ") { first = elapsed }
                if first != nil, screen.contains("Parallax  "), !screen.contains("analysing names and numbers") { analysed = elapsed }
                usleep(2_000)
            }
            invoke(tmux, ["-L", socket, "kill-server"])
            if let first { firstFrames.append(first) }
            if let analysed { analysedFrames.append(analysed) }
        }
        func median(_ values: [Double]) -> Double { values.isEmpty ? .nan : values.sorted()[values.count / 2] }
        print(String(format: "tmux 200x50, %d runs: first frame median %.0f ms (min %.0f, max %.0f); analysis shown median %.0f ms",
                     firstFrames.count, median(firstFrames), firstFrames.min() ?? .nan, firstFrames.max() ?? .nan, median(analysedFrames)))
    }

    @discardableResult
    static func invoke(_ executable: String, _ arguments: [String]) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return "" }
        // new-session forks a server that keeps the pipe open: read only what capture-pane wrote.
        if arguments.contains("capture-pane") {
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
        process.waitUntilExit()
        return ""
    }
}
