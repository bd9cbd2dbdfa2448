@testable import ParallaxModel

/// Builds an article from paragraphs the way the loader would: blank lines between
/// paragraphs, sentences split per paragraph.
func makeArticle(_ paragraphs: [String], headings: Set<Int> = [], id: String = "a1") -> Article {
    var text = ""
    var spans: [(Int, Int, ParagraphKind)] = []
    var offset = 0
    for (index, paragraph) in paragraphs.enumerated() {
        if index > 0 {
            text += "\n\n"
            offset += 2
        }
        let length = paragraph.unicodeScalars.count
        spans.append((offset, offset + length, headings.contains(index) ? .heading : .body))
        text += paragraph
        offset += length
    }
    var article = Article(id: id, path: "\(id).txt", source: id, text: text,
                          paragraphs: spans.map { Paragraph(span: TextSpan($0.0, $0.1), kind: $0.2) })
    let splitter = SentenceSplitter()
    article.sentences = article.paragraphs.flatMap { splitter.split(article.scalars, in: $0.span.start..<$0.span.end) }
    return article
}

/// Analyses articles given as paragraph lists (one list per article).
func analyze(_ articles: [[String]], aliases: AliasTable = .empty) -> EntityAnalysis {
    let built = articles.enumerated().map { makeArticle($1, id: "a\($0 + 1)") }
    return EntityAnalyzer(aliases: aliases).analyze(built)
}

extension EntityAnalysis {
    /// The mention with this exact text in an article, if any.
    func mention(_ text: String, in article: Int = 0) -> Mention? {
        mentions[article].first { $0.text == text }
    }

    /// The entity a mention with this text belongs to.
    func entity(of text: String, in article: Int = 0) -> Entity? {
        guard let id = mention(text, in: article)?.entityID else { return nil }
        return entities.first { $0.id == id }
    }

    var texts: [[String]] { mentions.map { $0.map(\.text) } }
}
