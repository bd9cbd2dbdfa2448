/// Whole paragraphs that scrapers pick up from page furniture, never from the article.
///
/// Matched case-insensitively against the entire paragraph (after trimming a final colon or
/// ellipsis), so a sentence that merely contains these words is never touched.
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

    static func isBoilerplate(_ paragraph: [Unicode.Scalar]) -> Bool {
        guard paragraph.count <= 48 else { return false }
        var text = String(scalarsOf: paragraph[...]).lowercased()
        while let last = text.last, last == ":" || last == "…" || last == " " { text.removeLast() }
        return labels.contains(text)
    }
}
