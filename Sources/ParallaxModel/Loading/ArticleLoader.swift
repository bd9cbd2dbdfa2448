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

    /// Reports of consecutive pieces of work joined in order.
    public init(joining parts: [LoadReport]) {
        self.init(articles: parts.flatMap(\.articles), problems: parts.flatMap(\.problems))
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

    /// Loads every path; `-` reads `standardInput`. Files are read on every core, and the
    /// report lists articles and problems in path order, as if they were read one by one.
    public func load(paths: [String], standardInput: @escaping @Sendable () -> Data = { FileHandle.standardInput.readDataToEndOfFile() }) -> LoadReport {
        plan(paths: paths).loadAll(standardInput: standardInput)
    }

    /// Lists what `load` would read, without reading any file.
    public func plan(paths: [String]) -> LoadPlan {
        var planner = LoadPlanner(options: options)
        for path in paths { planner.add(path) }
        return LoadPlan(steps: planner.steps)
    }

    /// What follows the last dot of the file name ("" for none, or for a name that only starts
    /// with a dot): `NSString.pathExtension`, without bridging every listed name.
    static func pathExtension(_ path: String) -> String {
        let name = lastComponent(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }

    /// The file name without directory or extension: the source of last resort.
    static func stem(_ path: String) -> String {
        var name = lastComponent(path)
        if name != "..", let dot = name.lastIndex(of: "."), dot != name.startIndex { name = name[..<dot] }
        return name.isEmpty ? path : String(name)
    }

    /// The last path component, ignoring trailing slashes.
    private static func lastComponent(_ path: String) -> Substring {
        var trimmed = path[...]
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return trimmed }
        return trimmed == "/" ? trimmed : trimmed[trimmed.index(after: slash)...]
    }
}

extension LoadPlan {
    /// Every step, on worker threads when there are several files; joined in step order.
    public func loadAll(standardInput: @escaping @Sendable () -> Data = { FileHandle.standardInput.readDataToEndOfFile() }) -> LoadReport {
        guard stepCount > 1 else { return loadSequentially(standardInput: standardInput) }
        let loader = BackgroundLoader(plan: self, standardInput: standardInput, prepare: { _ in () })
        loader.waitUntilComplete()
        return LoadReport(joining: loader.takeReady().map(\.report))
    }

    /// Every step one after the other on this thread: the reference the parallel paths match.
    public func loadSequentially(standardInput: () -> Data = { FileHandle.standardInput.readDataToEndOfFile() }) -> LoadReport {
        LoadReport(joining: (0..<stepCount).map { load(step: $0, standardInput: standardInput) })
    }
}
