/// Whole paragraphs that scrapers pick up from page furniture, never from the article.
///
/// Labels are matched case-insensitively against the entire paragraph (after trimming a final
/// colon or ellipsis), so a sentence that merely contains these words is never touched;
/// promotional prefixes ("READ MORE: …") only on short paragraphs.
enum BoilerplateLines {
    // Table of knowledge: English page-furniture labels common on news sites.
    static let labels: Set<String> = [
        "advertisement", "advertising", "ad", "sponsored", "sponsored content", "paid content",
        "story continues below", "story continues below advertisement", "article continues below",
        "article continues below advertisement", "continue reading", "continue reading below",
        "read more", "read more below", "related", "related articles", "related stories",
        "related content", "recommended", "recommended stories", "most read", "most popular",
        "share", "share this", "share this article", "share this story", "share on facebook",
        "share on twitter", "subscribe", "subscribe now", "sign up", "sign up for our newsletter",
        "skip advertisement", "scroll to continue", "scroll to continue with content",
        "listen to this article", "print", "email", "comments", "view comments", "show comments",
        "click here", "click to expand", "enlarge this image", "toggle caption", "hide caption",
        "image", "photo", "video", "watch", "loading", "loading...", "supported by",
    ]

    /// Lower-case openings of short promotional lines that link elsewhere ("READ MORE: …").
    static let prefixes = ["read more:", "related:", "see also:", "watch:", "listen:", "also read:", "recommended:"]
    /// Promotional lines are short; a long paragraph opening with "Related:" is prose.
    static let maxPrefixedWords = 25

    static func isBoilerplate(_ paragraph: [Unicode.Scalar]) -> Bool {
        if paragraph.count > 48 {
            guard paragraph.count <= 300, ParagraphRoles.wordCount(paragraph[...]) <= maxPrefixedWords else { return false }
            let opening = String(scalarsOf: paragraph.prefix(16)).lowercased()
            return prefixes.contains { opening.hasPrefix($0) }
        }
        var text = String(scalarsOf: paragraph[...]).lowercased()
        if prefixes.contains(where: { text.hasPrefix($0) && text.count > $0.count }) { return true }
        while let last = text.last, last == ":" || last == "…" || last == " " { text.removeLast() }
        return labels.contains(text)
    }
}
