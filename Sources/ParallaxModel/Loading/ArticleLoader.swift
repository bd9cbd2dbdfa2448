import Foundation

/// A path that could not be loaded, and why, phrased for a person.
public struct LoadProblem: Sendable, Hashable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var message: String { "\(path): \(reason)" }
}

/// The outcome of loading: what loaded, what was skipped, and what was repaired.
public struct LoadReport: Sendable {
    public var articles: [Article]
    public var problems: [LoadProblem]

    public init(articles: [Article] = [], problems: [LoadProblem] = []) {
        self.articles = articles
        self.problems = problems
    }

    /// Skipped paths and per-article repairs, for the story's `warnings`.
    public var warnings: [String] {
        problems.map(\.message) + articles.flatMap { article in
            article.warnings.map { "\(article.path): \($0)" }
        }
    }
}

public struct LoadOptions: Sendable {
    /// Descend into sub-directories of a directory argument.
    public var recursive: Bool
    /// Files larger than this are skipped with a problem rather than read into memory.
    public var maxFileBytes: Int64

    public init(recursive: Bool = false, maxFileBytes: Int64 = 256 << 20) {
        self.recursive = recursive
        self.maxFileBytes = maxFileBytes
    }
}

/// Turns the paths a user gives into normalised articles.
///
/// Files, directories (sorted by name) and `-` for standard input, in any mix. A path that
/// cannot be loaded becomes a `LoadProblem` and the others still load.
public struct ArticleLoader: Sendable {
    public var options: LoadOptions

    public init(options: LoadOptions = LoadOptions()) {
        self.options = options
    }

    /// Loads every path in order; `-` reads `standardInput`.
    public func load(paths: [String], standardInput: @Sendable () -> Data = { FileHandle.standardInput.readDataToEndOfFile() }) -> LoadReport {
        var session = LoadSession(options: options)
        for path in paths {
            if path == "-" {
                session.loadStandardInput(standardInput)
                continue
            }
            switch FileProbe.kind(of: path) {
            case .unusable(let reason):
                // Already reported while listing a directory given before it.
                guard !session.report.problems.contains(LoadProblem(path: path, reason: reason)) else { continue }
                session.report.problems.append(LoadProblem(path: path, reason: reason))
            case .directory(let identity):
                session.loadDirectory(path, identity: identity)
            case .regular(let identity, let size):
                session.loadFile(path, identity: identity, size: size, format: ArticleFormat(pathExtension: Self.pathExtension(path)))
            }
        }
        return session.report
    }

    static func pathExtension(_ path: String) -> String {
        (path as NSString).pathExtension
    }

    /// The file name without directory or extension: the source of last resort.
    static func stem(_ path: String) -> String {
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return name.isEmpty ? path : name
    }
}

/// The state of one `load` call: what was loaded so far and which files were seen.
struct LoadSession {
    var options: LoadOptions
    var report = LoadReport()
    private var seenFiles: Set<FileProbe.Identity> = []
    private var readStandardInput = false

    init(options: LoadOptions) {
        self.options = options
    }

    mutating func loadStandardInput(_ read: () -> Data) {
        guard !readStandardInput else {
            report.problems.append(LoadProblem(path: "-", reason: "standard input given more than once; read once"))
            return
        }
        readStandardInput = true
        loadData(read(), path: "-", fallbackSource: "stdin", format: nil)
    }

    mutating func loadFile(_ path: String, identity: FileProbe.Identity, size: Int64, format: ArticleFormat?) {
        guard seenFiles.insert(identity).inserted else {
            report.problems.append(LoadProblem(path: path, reason: "given more than once; loaded once"))
            return
        }
        guard size <= options.maxFileBytes else {
            report.problems.append(LoadProblem(path: path, reason: "file too large (\(size >> 20) MB; the limit is \(options.maxFileBytes >> 20) MB)"))
            return
        }
        if let problem = FileProbe.readProblem(path) {
            report.problems.append(LoadProblem(path: path, reason: problem))
            return
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            report.problems.append(LoadProblem(path: path, reason: "cannot be read (\(error.localizedDescription))"))
            return
        }
        loadData(data, path: path, fallbackSource: ArticleLoader.stem(path), format: format)
    }

    /// Loads a directory's supported files sorted by name; sub-directories only when recursive.
    mutating func loadDirectory(_ path: String, identity: FileProbe.Identity) {
        var visited: Set<FileProbe.Identity> = [identity]
        var candidates = 0
        loadDirectoryContents(path, visited: &visited, candidates: &candidates)
        if candidates == 0 {
            let supported = ArticleFormat.byExtension.keys.sorted().map { ".\($0)" }.joined(separator: " ")
            report.problems.append(LoadProblem(path: path, reason: "no article in this directory (looked for \(supported)\(options.recursive ? "" : "; --recursive reads sub-directories"))"))
        }
    }

    /// `candidates` counts files with a supported extension, loaded or not.
    private mutating func loadDirectoryContents(_ path: String, visited: inout Set<FileProbe.Identity>, candidates: inout Int) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            let reason = FileProbe.readProblem(path) ?? "cannot list the directory"
            report.problems.append(LoadProblem(path: path, reason: reason))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let child = path.hasSuffix("/") ? path + name : path + "/" + name
            switch FileProbe.kind(of: child) {
            case .regular(let identity, let size):
                guard let format = ArticleFormat(pathExtension: ArticleLoader.pathExtension(name)) else { continue }
                candidates += 1
                loadFile(child, identity: identity, size: size, format: format)
            case .directory(let identity):
                // Tracking real directories keeps symlink loops from recursing forever.
                guard options.recursive, visited.insert(identity).inserted else { continue }
                loadDirectoryContents(child, visited: &visited, candidates: &candidates)
            case .unusable(let reason):
                // A listed name that cannot be opened (e.g. not valid UTF-8) is reported, not dropped.
                guard ArticleFormat(pathExtension: ArticleLoader.pathExtension(name)) != nil else { continue }
                candidates += 1
                report.problems.append(LoadProblem(path: child, reason: reason))
            }
        }
    }

    /// Decodes, normalises and reads one file's (or standard input's) bytes.
    private mutating func loadData(_ data: Data, path: String, fallbackSource: String, format knownFormat: ArticleFormat?) {
        let decoded: TextDecoding.Decoded
        switch TextDecoding.decode(data, htmlCharset: knownFormat == .html) {
        case .success(let value): decoded = value
        case .failure(let failure):
            report.problems.append(LoadProblem(path: path, reason: failure.reason))
            return
        }
        let normalizer = Normalizer()
        var cleaning = NormalizationReport()
        let scalars = normalizer.normalize(decoded.scalars, report: &cleaning)
        guard scalars.contains(where: { !$0.properties.isWhitespace }) else {
            report.problems.append(LoadProblem(path: path, reason: "no text (only white space)"))
            return
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
            add(assembler.assemble(draft, path: path, fallbackSource: fallbackSource, warnings: warnings), path: path)
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
                        return
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
                    add(result, path: path)
                }
            }
        }
    }

    private mutating func add(_ result: Result<Article, LoadFailure>, path: String) {
        switch result {
        case .success(let article): report.articles.append(article)
        case .failure(let failure): report.problems.append(LoadProblem(path: path, reason: failure.reason))
        }
    }
}
