import CNcursesw
import Foundation

/// What the input loop can receive.
enum InputEvent {
    case key(String)
    case resize
    case click(x: Int, y: Int)
    case wheel(x: Int, y: Int, down: Bool)
    /// SIGINT, SIGTERM or SIGHUP arrived (SIGHUP also stands for a terminal that vanished).
    case quitSignal(Int32)
}

struct TerminalError: Error, CustomStringConvertible {
    var description: String
}

/// The only code that talks to ncurses: start/stop, input, colour pairs, and writing the cells
/// that changed since the last frame.
final class CursesTerminal {
    private var screen: OpaquePointer?
    private var previous: Grid?
    private var pairs: [Int32: Int16] = [:]
    private let maxPairs: Int
    private var instantFailures = 0
    /// The last size the terminal reported, to notice changes (see `TerminalGeometry`).
    private var reportedSize: Size?
    let depth: ColorDepth

    /// Checks TERM before touching curses (so a dumb terminal gets a sentence, not garbage),
    /// makes sure the locale is UTF-8, and starts curses with `newterm`, which fails instead
    /// of exiting the process.
    init(environment: [String: String], mouse: Bool) throws {
        let term = environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" {
            throw TerminalError(description: "the reader needs a real terminal (TERM is \(term.isEmpty ? "not set" : "dumb")); for a printable analysis use `parallax analyze`")
        }
        setlocale(LC_ALL, "")
        if px_codeset_is_utf8() == 0 { setlocale(LC_CTYPE, "C.UTF-8") }
        if environment["ESCDELAY"] == nil { set_escdelay(25) }
        px_install_quit_handlers()
        TerminalGeometry.installWakeOnResize()
        TerminalGeometry.limitStartingSize()
        reportedSize = TerminalGeometry.measured()
        guard let screen = px_newterm(nil) else {
            throw TerminalError(description: "cannot use the terminal type \(term); try TERM=xterm-256color")
        }
        self.screen = screen
        cbreak()
        noecho()
        nonl()
        keypad(px_stdscr(), true)
        intrflush(px_stdscr(), false)
        curs_set(0)
        wtimeout(px_stdscr(), 250)
        var colors = 0
        if has_colors() {
            start_color()
            use_default_colors()
            colors = Int(px_colors())
        }
        depth = ColorDepth.detect(environment: environment, terminfoColors: colors)
        maxPairs = depth == .none ? 0 : Int(px_color_pairs())
        if mouse {
            mousemask(px_mouse_button1_pressed() | px_mouse_wheel_up() | px_mouse_wheel_down(), nil)
            mouseinterval(0)
        }
    }

    deinit { stop() }

    /// Restores the terminal; safe to call twice.
    func stop() {
        guard let screen else { return }
        if !Self.hasAlternateScreen {
            // vt100, the Linux console and others have no alternate screen: without this the
            // last frame stays behind and the shell prompt lands on top of its status line.
            wclear(px_stdscr())
            wrefresh(px_stdscr())
        }
        endwin()
        delscreen(screen)
        self.screen = nil
    }

    /// Whether the terminal switches back to the shell's own screen on exit (terminfo `rmcup`).
    private static var hasAlternateScreen: Bool {
        guard let value = tigetstr("rmcup"), Int(bitPattern: value) != -1 else { return false }
        return value.pointee != 0
    }

    /// How long `nextEvent` waits for a key before returning nil.
    func setInputTimeout(milliseconds: Int32) { wtimeout(px_stdscr(), milliseconds) }

    var size: Size { Size(width: Int(px_cols()), height: Int(px_lines())) }

    /// The quit signal caught so far, if any.
    private var quitSignal: Int32? {
        let signal = px_quit_signal_received()
        return signal == 0 ? nil : signal
    }

    /// Waits a little for input; nil when nothing arrived (the loop then checks for signals).
    func nextEvent() -> InputEvent? {
        if let signal = quitSignal { return .quitSignal(signal) }
        if takeResize() { return .resize }
        var character: wint_t = 0
        let started = DispatchTime.now().uptimeNanoseconds
        let result = wget_wch(px_stdscr(), &character)
        if let signal = quitSignal { return .quitSignal(signal) }
        if result == KEY_CODE_YES {
            instantFailures = 0
            return keyCode(Int32(character))
        }
        guard result == OK else {
            // Most often a resize interrupted the read.
            if takeResize() { return .resize }
            // A read that fails at once, again and again, means the terminal is gone (its
            // window closed without a SIGHUP reaching us): leave instead of spinning.
            let elapsed = DispatchTime.now().uptimeNanoseconds - started
            instantFailures = elapsed < 20_000_000 ? instantFailures + 1 : 0
            return instantFailures > 200 ? .quitSignal(SIGHUP) : nil
        }
        instantFailures = 0
        return .key(Self.keyName(character: UInt32(character)))
    }

    /// Gives curses the terminal's new size (clamped) when it has changed since last asked;
    /// true when curses' size changed. A size curses refused is not asked for again.
    private func takeResize() -> Bool {
        guard let reported = TerminalGeometry.measured(), reported.width > 0, reported.height > 0,
              reported != reportedSize else { return false }
        reportedSize = reported
        instantFailures = 0
        let usable = TerminalGeometry.clamped(reported)
        guard usable != size else { return false }
        resize_term(Int32(usable.height), Int32(usable.width))
        return true
    }

    static func keyName(character: UInt32) -> String {
        switch character {
        case 9: return "tab"
        case 10, 13: return "enter"
        case 27: return "esc"
        case 32: return "space"
        case 8, 127: return "backspace"
        case 1...26: return "ctrl-" + String(UnicodeScalar(UInt8(character) + 96))
        default:
            guard let scalar = Unicode.Scalar(character), DisplayWidth.of(scalar) > 0 else { return "unknown" }
            return String(Character(scalar))
        }
    }

    private func keyCode(_ code: Int32) -> InputEvent? {
        switch code {
        case KEY_RESIZE: return .resize
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            if event.bstate & px_mouse_wheel_up() != 0 { return .wheel(x: Int(event.x), y: Int(event.y), down: false) }
            if px_mouse_wheel_down() != 0, event.bstate & px_mouse_wheel_down() != 0 { return .wheel(x: Int(event.x), y: Int(event.y), down: true) }
            if event.bstate & px_mouse_button1_pressed() != 0 { return .click(x: Int(event.x), y: Int(event.y)) }
            return nil
        default:
            let names: [Int32: String] = [
                KEY_DOWN: "down", KEY_UP: "up", KEY_LEFT: "left", KEY_RIGHT: "right",
                KEY_NPAGE: "pgdn", KEY_PPAGE: "pgup", KEY_HOME: "home", KEY_END: "end",
                KEY_ENTER: "enter", KEY_BACKSPACE: "backspace", KEY_BTAB: "shift-tab", KEY_DC: "delete",
            ]
            return names[code].map { .key($0) }
        }
    }

    /// Writes only the cells that differ from the previous frame, then lets ncurses flush.
    func draw(_ grid: Grid) {
        let runs = GridDiff.changes(from: previous, to: grid)
        if previous?.size != grid.size {
            werase(px_stdscr())
            // Also make ncurses forget what it believes is on the terminal (after a resize,
            // or Ctrl-L when something else scribbled on the screen).
            clearok(px_stdscr(), true)
        }
        var glyph = cchar_t()
        for run in runs {
            for (offset, cell) in run.cells.enumerated() where !cell.isContinuation {
                let x = run.x + offset
                // Writing the bottom-right cell makes ncurses try to scroll; the terminal keeps
                // its last column blank there instead.
                if run.y == grid.height - 1 && x == grid.width - 1 { continue }
                // A wide glyph whose right half something else has taken (an overlay's edge)
                // would spill over that cell on the terminal: show a blank instead.
                let cutOff = cell.width == 2 && (x + 1 >= grid.width || !grid[x + 1, run.y].isContinuation)
                let text = cutOff ? " " : cell.text
                var wide = Array(text.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) })
                wide.append(0)
                let attributes = attributes(for: cell.style)
                let pair = pair(for: cell.style)
                _ = wide.withUnsafeBufferPointer { buffer in
                    setcchar(&glyph, buffer.baseAddress, attributes, pair, nil)
                }
                mvwadd_wch(px_stdscr(), Int32(run.y), Int32(x), &glyph)
            }
        }
        previous = grid
        wnoutrefresh(px_stdscr())
        doupdate()
    }

    /// Forget the last frame (after a resize the screen must be redrawn whole).
    func invalidate() { previous = nil }

    private func attributes(for style: Style) -> attr_t {
        var attributes = px_attr_normal()
        if style.attributes.contains(.bold) { attributes |= px_attr_bold() }
        if style.attributes.contains(.underline) { attributes |= px_attr_underline() }
        if style.attributes.contains(.reverse) { attributes |= px_attr_reverse() }
        if style.attributes.contains(.dim) { attributes |= px_attr_dim() }
        return attributes
    }

    /// Colour pairs are made on first use; when the terminal runs out, the default pair is used.
    private func pair(for style: Style) -> Int16 {
        guard depth != .none, style.foreground >= 0 || style.background >= 0 else { return 0 }
        let key = Int32(style.foreground) << 16 | Int32(UInt16(bitPattern: style.background))
        if let pair = pairs[key] { return pair }
        let next = pairs.count + 1
        guard next < min(maxPairs, Int(Int16.max)) else { return 0 }
        init_pair(Int16(next), style.foreground, style.background)
        pairs[key] = Int16(next)
        return Int16(next)
    }
}
