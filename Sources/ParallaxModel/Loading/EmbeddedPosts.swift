/// Recognises social posts pasted into articles, which are shown but never analysed as the
/// outlet's own claims: a "pic.twitter.com/…" line, a "— Name (@handle) Month D, YYYY" credit
/// line, and the post text right before a credit line.
enum EmbeddedPosts {
    /// Link prefixes of attached media, without their final "/".
    static let mediaMarkers = ["pic.twitter.com", "://t.co"].map { Array($0.unicodeScalars) }
    static let dashes: Set<Unicode.Scalar> = ["—", "–", "-", "―", "~"]
    /// Posts are short; a long paragraph before a credit line is the outlet's own text.
    static let maxPostScalars = 600

    /// For each paragraph, whether it belongs to an embedded post.
    static func mark(_ paragraphs: [[Unicode.Scalar]], kinds: [ParagraphKind]) -> [Bool] {
        var embed = paragraphs.map(hasMediaLink)
        for (index, paragraph) in paragraphs.enumerated() where isCreditLine(paragraph) {
            embed[index] = true
            let previous = index - 1
            if previous >= 0, kinds[previous] == .body, paragraphs[previous].count <= maxPostScalars {
                embed[previous] = true
            }
        }
        return embed
    }

    /// Looks only where a "/" is: rare in prose, so the scan is cheap.
    static func hasMediaLink(_ paragraph: [Unicode.Scalar]) -> Bool {
        for index in paragraph.indices where paragraph[index] == "/" {
            for marker in mediaMarkers where index >= marker.count {
                if paragraph[(index - marker.count)..<index].elementsEqual(marker) { return true }
            }
        }
        return false
    }

    /// Starts with a dash, names an @handle in parentheses, ends with a four-digit year.
    static func isCreditLine(_ paragraph: [Unicode.Scalar]) -> Bool {
        guard let first = paragraph.first, dashes.contains(first), paragraph.count <= 300 else { return false }
        guard hasParenthesisedHandle(paragraph) else { return false }
        let tail = paragraph.suffix(5)
        guard tail.count == 5, tail.first == " " else { return false }
        return tail.dropFirst().allSatisfy { ("0"..."9").contains($0) }
    }

    private static func hasParenthesisedHandle(_ paragraph: [Unicode.Scalar]) -> Bool {
        var index = 0
        while index + 2 < paragraph.count {
            if paragraph[index] == "(", paragraph[index + 1] == "@" {
                var end = index + 2
                while end < paragraph.count, isHandleCharacter(paragraph[end]) { end += 1 }
                if end > index + 2, end < paragraph.count, paragraph[end] == ")" { return true }
            }
            index += 1
        }
        return false
    }

    private static func isHandleCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F, 0x2E: return true
        default: return false
        }
    }
}
