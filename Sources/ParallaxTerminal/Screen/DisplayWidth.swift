/// How many terminal columns text takes, in pure Swift (the render must run without curses).
///
/// Rules (matching glibc's `wcwidth` in C.UTF-8, which a test cross-checks):
/// - combining marks (Mn, Me), format characters (Cf, e.g. ZWJ, ZWSP, bidi controls) and
///   Hangul medial/final jamo take 0 columns;
/// - East Asian Wide/Fullwidth characters and emoji with default emoji presentation take 2
///   (the `wideRanges` table below, written from Unicode's EastAsianWidth.txt categories W/F
///   and emoji-data.txt's Emoji_Presentation property);
/// - everything else printable takes 1; control characters are shown as U+FFFD (1 column).
/// A grapheme takes the width of its first non-zero-width scalar: that is how ncurses places a
/// `cchar_t` (one spacing character followed by combining ones), and the backend sends
/// graphemes in exactly that shape.
public enum DisplayWidth {
    /// Columns taken by one scalar: 0, 1 or 2; -1 for control characters.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (value >= 0x7F && value < 0xA0) { return -1 }
        if value < 0x300 { return 1 }
        if value >= 0x1160 && value <= 0x11FF { return 0 }
        if value == 0x302E || value == 0x302F { return 2 } // Hangul tone marks: spacing and wide.
        if isWide(value) { return 2 }
        if visibleFormatCharacters.contains(value) { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: return 1
        }
    }

    /// Columns taken by one grapheme cluster (0, 1 or 2). Control characters count 1
    /// because they are drawn as U+FFFD; tabs and newlines count 1 because they are drawn as a space.
    public static func of(_ character: Character) -> Int {
        for scalar in character.unicodeScalars {
            let width = of(scalar)
            if width < 0 { return 1 }
            if width > 0 { return width }
        }
        return 0
    }

    /// Total columns of a string.
    public static func of(_ text: String) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// What to send to the terminal for a grapheme: its first spacing scalar and the
    /// zero-width scalars right after it (at most 5, ncurses' CCHARW_MAX); controls
    /// become U+FFFD and whitespace controls a space, so untrusted text can never move the cursor.
    public static func printable(_ character: Character) -> String {
        if character.isASCII {
            guard let scalar = character.unicodeScalars.first else { return " " }
            if scalar.value >= 0x20 && scalar.value < 0x7F { return String(character) }
            return scalar == "\t" || scalar == "\n" || scalar == "\r" ? " " : "\u{FFFD}"
        }
        var view = String.UnicodeScalarView()
        var sawBase = false
        for scalar in character.unicodeScalars {
            let width = of(scalar)
            if width < 0 { return scalar.properties.isWhitespace ? " " : "\u{FFFD}" }
            if width > 0 {
                if sawBase { break }
                sawBase = true
                view.append(scalar)
            } else if sawBase, view.count < 5 {
                view.append(scalar)
            }
        }
        return sawBase ? String(view) : ""
    }

    static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        var lo = 0, hi = wideRanges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if wideRanges[mid].upperBound < value { lo = mid + 1 } else { hi = mid }
        }
        return lo < wideRanges.count && wideRanges[lo].contains(value)
    }

    // MARK: - Table: format characters that are drawn

    /// Prepended concatenation marks (Arabic number signs and the like): category Cf, yet visible.
    static let visibleFormatCharacters: Set<UInt32> = [0x600, 0x601, 0x602, 0x603, 0x604, 0x605, 0x6DD, 0x70F, 0x890, 0x891, 0x8E2, 0x110BD, 0x110CD]

    // MARK: - Table: double-width ranges (sorted, non-overlapping)

    /// East Asian Wide (W) and Fullwidth (F) blocks, and Emoji_Presentation characters.
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
        0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
        0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
        0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
        0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
        0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x2E99, 0x2E9B...0x2EF3, 0x2F00...0x2FD5, 0x2FF0...0x2FFF, 0x3000...0x3029,
        0x3030...0x303E, 0x3041...0x3096, 0x309B...0x30FF, 0x3105...0x312F, 0x3131...0x318E,
        0x3190...0x31E5, 0x31EF...0x321E, 0x3220...0x3247, 0x3250...0xA48C, 0xA490...0xA4C6,
        0xA960...0xA97C, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE52,
        0xFE54...0xFE66, 0xFE68...0xFE6B, 0xFF01...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
        0x16FF0...0x16FF1, 0x17000...0x187F7, 0x18800...0x18CD5, 0x18D00...0x18D08,
        0x1AFF0...0x1AFFE, 0x1B000...0x1B122, 0x1B150...0x1B152, 0x1B164...0x1B167,
        0x1B170...0x1B2FB, 0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E,
        0x1F191...0x1F19A, 0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248,
        0x1F250...0x1F251, 0x1F260...0x1F265, 0x1F300...0x1F320, 0x1F32D...0x1F335,
        0x1F337...0x1F37C, 0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3,
        0x1F3E0...0x1F3F0, 0x1F3F4...0x1F3F4, 0x1F3F8...0x1F43E, 0x1F440...0x1F440,
        0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567,
        0x1F57A...0x1F57A, 0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F,
        0x1F680...0x1F6C5, 0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7,
        0x1F6DC...0x1F6DF, 0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB,
        0x1F7F0...0x1F7F0, 0x1F90C...0x1F93A, 0x1F93C...0x1F945, 0x1F947...0x1F9FF,
        0x1FA70...0x1FA7C, 0x1FA80...0x1FA88, 0x1FA90...0x1FABD, 0x1FABF...0x1FAC5,
        0x1FACE...0x1FADB, 0x1FAE0...0x1FAE8, 0x1FAF0...0x1FAF8, 0x20000...0x2FFFD,
        0x30000...0x3FFFD,
    ]
}
