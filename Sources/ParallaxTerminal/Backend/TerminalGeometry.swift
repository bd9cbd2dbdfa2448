import CNcursesw
import Foundation

/// The terminal's size as the reader uses it: measured with TIOCGWINSZ and kept within limits.
///
/// ncurses left alone resizes its windows to whatever the terminal reports. A size such as
/// 65535×65535 (`stty rows 65535 cols 65535`, or a confused emulator) makes it allocate
/// gigabytes, and when that allocation fails it leaves its windows half built and the next
/// draw crashes inside ncurses. So the reader measures the size itself and hands ncurses a
/// size it can afford.
enum TerminalGeometry {
    /// More than real screens give (a 4K display in a 6×12-pixel font is 640×180 cells), small
    /// enough that a frame still renders quickly.
    static let maximum = Size(width: 1_000, height: 500)

    /// The size the terminal reports for standard output, or nil when it reports none.
    static func measured() -> Size? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 else { return nil }
        return Size(width: Int(size.ws_col), height: Int(size.ws_row))
    }

    /// A reported size made usable: at least one cell, at most `maximum`.
    static func clamped(_ size: Size) -> Size {
        Size(width: min(max(size.width, 1), maximum.width), height: min(max(size.height, 1), maximum.height))
    }

    /// Before `newterm`: when the terminal reports more than `maximum`, tell ncurses the clamped
    /// size through LINES and COLUMNS (which it reads in preference to the ioctl).
    static func limitStartingSize() {
        guard let reported = measured(), reported.width > 0, reported.height > 0 else { return }
        let usable = clamped(reported)
        guard usable != reported else { return }
        setenv("LINES", String(usable.height), 1)
        setenv("COLUMNS", String(usable.width), 1)
    }

    /// Installs a SIGWINCH handler that does nothing but interrupt the blocking read, so the
    /// input loop wakes at once and measures the new size. Because a handler is in place before
    /// `newterm`, ncurses does not install its own (it only replaces the default action), and
    /// so never resizes behind the reader's back. Nothing in the handler touches curses.
    static func installWakeOnResize() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in }
        sigemptyset(&action.sa_mask)
        // No SA_RESTART: the read must return so the loop can look at the size.
        action.sa_flags = 0
        sigaction(SIGWINCH, &action, nil)
    }
}
