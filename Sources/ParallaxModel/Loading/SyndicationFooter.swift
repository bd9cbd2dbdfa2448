import Foundation

/// Finds the footer syndicated copies carry ("The post … appeared first on OUTLET.") and the
/// outlet it names, so the copy is credited to the right source and the footer is not analysed.
enum SyndicationFooter {
    /// Lower-case phrases that introduce the outlet, and how close to the start they must be
    /// (nil: anywhere, because a post title comes first).
    static let phrases: [(phrase: String, mustStartWith: String?)] = [
        (" appeared first on ", "the post "),
        ("originally appeared on ", nil),
        ("originally appeared in ", nil),
        ("originally published on ", nil),
        ("originally published by ", nil),
        ("originally published in ", nil),
        ("first appeared on ", nil),
        ("first published on ", nil),
        ("first published by ", nil),
    ]
    /// Phrases other than "The post …" must begin within this many characters of the start.
    static let maxLeadIn = 40
    static let maxFooterWords = 60
    static let maxOutletWords = 8

    /// The outlet named by a footer paragraph, or nil when the paragraph is not such a footer.
    static func outlet(in paragraph: [Unicode.Scalar]) -> String? {
        guard ParagraphRoles.wordCount(paragraph[...]) <= maxFooterWords else { return nil }
        let text = String(scalarsOf: paragraph[...])
        let lower = text.lowercased()
        // Lower-casing can change lengths for some scripts; only trust it when it does not.
        guard lower.unicodeScalars.count == paragraph.count else { return nil }
        for (phrase, prefix) in phrases {
            if let prefix, !lower.hasPrefix(prefix) { continue }
            guard let found = (prefix == nil ? lower.range(of: phrase) : lower.range(of: phrase, options: .backwards)) else { continue }
            if prefix == nil, lower.distance(from: lower.startIndex, to: found.lowerBound) > maxLeadIn { continue }
            let offset = lower.unicodeScalars.distance(from: lower.unicodeScalars.startIndex, to: found.upperBound)
            if let outlet = cleanOutlet(paragraph[offset...]) { return outlet }
        }
        return nil
    }

    /// Drops the final full stop and any link residue; rejects sentences posing as outlets.
    private static func cleanOutlet(_ tail: ArraySlice<Unicode.Scalar>) -> String? {
        var text = tail.trimmingSpaces()
        while let last = text.last, last == "." || last == " " || last == "!" { text = text.dropLast() }
        let words = ParagraphRoles.wordCount(text)
        guard words >= 1, words <= maxOutletWords else { return nil }
        // A sentence break inside means the footer goes on about something else.
        if text.indices.contains(where: { text[$0] == "." && $0 + 1 < text.endIndex && text[$0 + 1] == " " }) { return nil }
        return String(scalarsOf: text)
    }
}
