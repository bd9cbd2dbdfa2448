/// Fits a status line made of parts, most important first, into a width: whole parts are
/// dropped from the end before anything is cut, and a part that must be cut ends at a word
/// with "…" rather than in the middle of one.
enum StatusText {
    static let separator = " · "

    static func fit(_ parts: [String], width: Int) -> String {
        let parts = parts.filter { !$0.isEmpty }
        guard width > 0, let first = parts.first else { return "" }
        var text = first
        var used = DisplayWidth.of(first)
        var dropped = false
        for part in parts.dropFirst() {
            let added = DisplayWidth.of(separator) + DisplayWidth.of(part)
            // Leave room for the " …" that says parts were left out.
            if used + added > width || (part != parts.last && used + added + 2 > width) {
                dropped = true
                break
            }
            text += separator + part
            used += added
        }
        if used > width { return cutAtWord(text, width: width) }
        return dropped && used + 2 <= width ? text + " …" : text
    }

    /// The longest prefix ending at a word boundary that fits with "…"; a single word longer
    /// than the width is cut where it must be.
    static func cutAtWord(_ text: String, width: Int) -> String {
        guard width > 1 else { return width == 1 ? "…" : "" }
        var kept = ""
        var used = 0
        var lastBreak: String.Index?
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            guard used + characterWidth <= width - 1 else { break }
            if character == " " { lastBreak = kept.endIndex }
            kept.append(character)
            used += characterWidth
        }
        if let lastBreak, kept.distance(from: kept.startIndex, to: lastBreak) >= kept.count / 2 {
            kept = String(kept[..<lastBreak])
        }
        while kept.last == " " || kept.last == "·" { kept.removeLast() }
        return kept + "…"
    }
}
