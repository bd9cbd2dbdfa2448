import ParallaxModel

/// Promises the model makes about its output whatever the input, checked after every run.
/// A broken promise stops the process with a message, which the fuzzer saves as a crash.
enum Invariants {
    static func check(_ report: LoadReport) {
        for article in report.articles {
            check(article)
        }
        for problem in report.problems {
            require(!problem.reason.isEmpty, "a load problem without a reason for \(problem.path)")
        }
    }

    /// Loaded text is safe for a terminal, and every span lies inside it in order.
    static func check(_ article: Article) {
        for (field, value) in [("text", article.text), ("source", article.source), ("title", article.title ?? ""),
                               ("date", article.date ?? ""), ("url", article.url ?? "")] {
            if let bad = value.unicodeScalars.first(where: { isUnsafeForTerminal($0, allowNewline: field == "text") }) {
                fail("article \(field) keeps U+\(String(bad.value, radix: 16, uppercase: true))")
            }
        }
        require(!article.source.isEmpty, "an article without a source")
        let count = article.scalars.count
        var previousEnd = 0
        for paragraph in article.paragraphs {
            require(paragraph.span.start >= previousEnd && paragraph.span.start < paragraph.span.end && paragraph.span.end <= count,
                    "paragraph \(paragraph.span) out of order or out of 0..<\(count)")
            previousEnd = paragraph.span.end
        }
        previousEnd = 0
        for sentence in article.sentences {
            require(sentence.start >= previousEnd && sentence.start < sentence.end && sentence.end <= count,
                    "sentence \(sentence) out of order or out of 0..<\(count)")
            let paragraph = article.paragraph(containing: sentence.start)
            require(paragraph?.span.contains(sentence) == true, "sentence \(sentence) crosses a paragraph boundary")
            previousEnd = sentence.end
        }
    }

    /// Sentence spans: inside the clamped range, in order, non-empty, trimmed of spaces.
    static func check(_ spans: [TextSpan], of scalars: [Unicode.Scalar], in range: Range<Int>) {
        let lower = min(max(range.lowerBound, 0), scalars.count)
        let upper = min(max(range.upperBound, lower), scalars.count)
        var previousEnd = lower
        for span in spans {
            require(span.start >= previousEnd && span.start < span.end && span.end <= upper,
                    "sentence \(span) out of order or outside \(lower)..<\(upper)")
            require(!isSpace(scalars[span.start]) && !isSpace(scalars[span.end - 1]), "sentence \(span) not trimmed")
            previousEnd = span.end
        }
    }

    /// Claims lie inside the article, quote its text, and point at a real sentence.
    static func check(_ claims: [Claim], in article: Article) {
        for claim in claims {
            require(claim.span.start >= 0 && claim.span.start < claim.span.end && claim.span.end <= article.scalars.count,
                    "claim \(claim.span) outside the article (0..<\(article.scalars.count))")
            require(claim.sentence >= 0 && claim.sentence < article.sentences.count, "claim sentence \(claim.sentence) does not exist")
            for number in [claim.value, claim.writtenValue, claim.low, claim.high] {
                if let number { require(!number.isNaN, "claim \(claim.text) has a NaN value") }
            }
        }
    }

    /// A whole story: every article, mention and claim inside its article; links between real claims.
    static func check(_ story: Story) {
        require(story.mentions.count == story.articles.count && story.claims.count == story.articles.count,
                "mentions/claims not parallel to articles")
        for (index, article) in story.articles.enumerated() {
            check(article)
            check(story.claims[index], in: article)
            for mention in story.mentions[index] {
                require(mention.span.start >= 0 && mention.span.start < mention.span.end && mention.span.end <= article.scalars.count,
                        "mention \(mention.span) outside the article")
            }
        }
    }

    /// C0 and C1 controls and bidi overrides: what could drive or mislead a terminal.
    static func isUnsafeForTerminal(_ scalar: Unicode.Scalar, allowNewline: Bool) -> Bool {
        switch scalar.value {
        case 0x0A: return !allowNewline
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }

    private static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fail(message()) }
    }

    private static func fail(_ message: String) -> Never {
        fatalError("invariant broken: \(message)")
    }
}
