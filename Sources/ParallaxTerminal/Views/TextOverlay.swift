/// A centred box of lines over the panes, scrolled by `ReaderState.textOverlayTop`.
enum TextOverlay {
    struct Line {
        var text: String
        var isHeading: Bool
    }

    static let maximumWidth = 76

    /// Room for text inside a box drawn in a grid this wide.
    static func textWidth(_ gridWidth: Int) -> Int { max(1, min(gridWidth, maximumWidth) - 3) }

    static func draw(title: String, lines: [Line], state: ReaderState, theme: Theme, into grid: inout Grid) {
        let area = OverlayArea(state.layout)
        let width = min(grid.width, maximumWidth)
        let height = min(area.height, lines.count + 2)
        let x = max(0, (grid.width - width) / 2)
        let y = area.top + max(0, (area.height - height) / 2)
        let base = theme.style(.overlay)
        grid.fill(x: x, y: y, width: width, height: height, style: base)
        let titleStyle = theme.style(.overlayTitle)
        grid.put(" \(title) ", x: x + 1, y: y, style: titleStyle, limit: x + width)
        let rows = max(0, height - 2)
        let top = min(state.textOverlayTop, max(0, lines.count - rows))
        for row in 0..<rows where top + row < lines.count {
            let line = lines[top + row]
            grid.put(line.text, x: x + 2, y: y + 1 + row, style: line.isHeading ? titleStyle : base, limit: x + width - 1)
        }
    }

    /// Words laid into lines of at most `width` columns; a word longer than a line is cut.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        var used = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word)
            var wordWidth = DisplayWidth.of(word)
            if used > 0, used + 1 + wordWidth > width {
                lines.append(current)
                current = ""
                used = 0
            }
            while wordWidth > width {
                // A path or URL with no spaces: cut it at the width rather than run off the box.
                var head = "", headWidth = 0
                for character in word {
                    let characterWidth = DisplayWidth.of(character)
                    if headWidth + characterWidth > width { break }
                    head.append(character)
                    headWidth += characterWidth
                }
                guard !head.isEmpty else { break }
                if used > 0 { lines.append(current); current = ""; used = 0 }
                lines.append(head)
                word = String(word.dropFirst(head.count))
                wordWidth = DisplayWidth.of(word)
            }
            guard !word.isEmpty else { continue }
            current = used == 0 ? word : current + " " + word
            used += (used == 0 ? 0 : 1) + wordWidth
        }
        if used > 0 || lines.isEmpty { lines.append(current) }
        return lines
    }
}
