/// One file's (or standard input's) bytes → articles: decode, normalise, read the format,
/// assemble. Pure: depends on nothing but its arguments, so files can be read in parallel.
enum ArticleContent {
    /// `format` nil means sniff it from the text (standard input, unknown extensions).
    static func read(_ bytes: [UInt8], path: String, fallbackSource: String, format knownFormat: ArticleFormat?) -> LoadReport {
        var report = LoadReport()
        let decoded: TextDecoding.Decoded
        switch TextDecoding.decode(bytes, htmlCharset: knownFormat == .html) {
        case .success(let value): decoded = value
        case .failure(let failure):
            report.problems.append(LoadProblem(path: path, reason: failure.reason))
            return report
        }
        let normalizer = Normalizer()
        var cleaning = NormalizationReport()
        let scalars = normalizer.normalize(decoded.scalars, report: &cleaning)
        guard scalars.contains(where: { !$0.properties.isWhitespace }) else {
            report.problems.append(LoadProblem(path: path, reason: "no text (only white space)"))
            return report
        }
        let format = knownFormat ?? ArticleFormat.sniff(scalars)
        let warnings = decoded.warnings + cleaning.warnings
        let assembler = ArticleAssembler(normalizer: normalizer)
        switch format {
        case .plainText, .markdown, .html:
            let draft: ArticleDraft
            switch format {
            case .markdown: draft = MarkdownFormat.read(scalars)
            case .html: draft = HTMLFormat.read(scalars)
            default: draft = PlainTextFormat.read(scalars)
            }
            report.add(assembler.assemble(draft, path: path, fallbackSource: fallbackSource, warnings: warnings), path: path)
        case .json, .jsonLines:
            // JSON escapes can hide control characters: values are cleaned after parsing.
            let entries: [JSONArticleFormat.Entry]
            if format == .jsonLines {
                entries = JSONArticleFormat.readLines(decoded.text)
            } else {
                switch JSONArticleFormat.readDocument(decoded.text) {
                case .success(let value): entries = value
                case .failure(let failure):
                    // A .json file holding one object per line is JSON Lines by another name.
                    let lines = JSONArticleFormat.readLines(decoded.text)
                    guard lines.contains(where: { if case .article = $0 { return true } else { return false } }) else {
                        report.problems.append(LoadProblem(path: path, reason: failure.reason))
                        return report
                    }
                    entries = lines
                }
            }
            if entries.isEmpty {
                report.problems.append(LoadProblem(path: path, reason: "no article in this file"))
            }
            for entry in entries {
                switch entry {
                case .problem(let location, let reason):
                    report.problems.append(LoadProblem(path: path, reason: "\(location): \(reason)"))
                case .article(let record):
                    var recordCleaning = NormalizationReport()
                    let body = normalizer.normalize(record.body, report: &recordCleaning)
                    var draft = ArticleFormat.sniff(body) == .html ? HTMLFormat.read(body) : PlainTextFormat.read(body, frontMatter: false)
                    draft.metadata = record.metadata
                    let result = assembler.assemble(draft, path: path, fallbackSource: fallbackSource, warnings: decoded.warnings + recordCleaning.warnings)
                    report.add(result, path: path)
                }
            }
        }
        return report
    }
}

extension LoadReport {
    mutating func add(_ result: Result<Article, LoadFailure>, path: String) {
        switch result {
        case .success(let article): articles.append(article)
        case .failure(let failure): problems.append(LoadProblem(path: path, reason: failure.reason))
        }
    }
}
