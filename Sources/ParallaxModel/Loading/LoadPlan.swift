import Foundation

/// What loading a list of paths will do, found by listing directories and probing paths
/// without reading any file: cheap enough to do before the reader's first frame.
///
/// Each step is independent of the others, so steps may be loaded in any order and on any
/// thread; joining their reports in step order gives exactly what a one-by-one load gives.
public struct LoadPlan: Sendable {
    /// One unit of loading work.
    enum Step: Sendable, Equatable {
        /// Read a regular file; `format` is nil when its extension names none (then sniffed).
        case file(path: String, format: ArticleFormat?)
        /// Read standard input (never more than once per plan).
        case standardInput
        /// Found while listing: reported as is, nothing to read.
        case problem(LoadProblem)
    }

    let steps: [Step]
    /// Paths to show instead of the real ones for the articles of some files (the demo story).
    var shownPaths: [String: String] = [:]

    /// Steps to load, numbered 0..<stepCount.
    public var stepCount: Int { steps.count }

    /// Files (and standard input) to read: what a progress display counts.
    public var readCount: Int { steps.filter { $0.problem == nil }.count }

    /// Whether a step reads standard input.
    public var readsStandardInput: Bool { steps.contains(.standardInput) }

    /// Loads one step; safe to call from several threads at once. `standardInput` is called
    /// only for the standard-input step.
    public func load(step index: Int, standardInput: () -> Data) -> LoadReport {
        guard steps.indices.contains(index) else { return LoadReport() }
        switch steps[index] {
        case .problem(let problem):
            return LoadReport(problems: [problem])
        case .standardInput:
            return ArticleContent.read(Array(standardInput()), path: "-", fallbackSource: "stdin", format: nil)
        case .file(let path, let format):
            if let problem = FileProbe.readProblem(path) {
                return LoadReport(problems: [LoadProblem(path: path, reason: problem)])
            }
            switch FileBytes.contents(of: path) {
            case .success(let bytes):
                var report = ArticleContent.read(bytes, path: path, fallbackSource: ArticleLoader.stem(path), format: format)
                if let shown = shownPaths[path] {
                    for article in report.articles.indices { report.articles[article].path = shown }
                }
                return report
            case .failure(let failure):
                return LoadReport(problems: [LoadProblem(path: path, reason: failure.reason)])
            }
        }
    }
}

extension LoadPlan.Step {
    var problem: LoadProblem? {
        if case .problem(let problem) = self { return problem }
        return nil
    }
}

/// Builds a `LoadPlan`: the listing half of loading, in the order results are reported.
struct LoadPlanner {
    var options: LoadOptions
    private(set) var steps: [LoadPlan.Step] = []
    private var seenFiles: Set<FileProbe.Identity> = []
    private var plannedStandardInput = false

    init(options: LoadOptions) {
        self.options = options
    }

    mutating func add(_ path: String) {
        if path == "-" {
            addStandardInput()
            return
        }
        switch FileProbe.kind(of: path) {
        case .unusable(let reason):
            let problem = LoadProblem(path: path, reason: reason)
            // Already reported while listing a directory given before it.
            guard !steps.contains(.problem(problem)) else { return }
            steps.append(.problem(problem))
        case .directory(let identity):
            addDirectory(path, identity: identity)
        case .regular(let identity, let size):
            addFile(path, identity: identity, size: size, format: ArticleFormat(pathExtension: ArticleLoader.pathExtension(path)))
        }
    }

    private mutating func addStandardInput() {
        guard !plannedStandardInput else {
            steps.append(.problem(LoadProblem(path: "-", reason: "standard input given more than once; read once")))
            return
        }
        plannedStandardInput = true
        steps.append(.standardInput)
    }

    private mutating func addFile(_ path: String, identity: FileProbe.Identity, size: Int64, format: ArticleFormat?) {
        guard seenFiles.insert(identity).inserted else {
            steps.append(.problem(LoadProblem(path: path, reason: "given more than once; loaded once")))
            return
        }
        guard size <= options.maxFileBytes else {
            steps.append(.problem(LoadProblem(path: path, reason: "file too large (\(size >> 20) MB; the limit is \(options.maxFileBytes >> 20) MB)")))
            return
        }
        steps.append(.file(path: path, format: format))
    }

    /// A directory's supported files sorted by name; sub-directories only when recursive.
    private mutating func addDirectory(_ path: String, identity: FileProbe.Identity) {
        var visited: Set<FileProbe.Identity> = [identity]
        var candidates = 0
        addDirectoryContents(path, visited: &visited, candidates: &candidates)
        if candidates == 0 {
            let supported = ArticleFormat.byExtension.keys.sorted().map { ".\($0)" }.joined(separator: " ")
            steps.append(.problem(LoadProblem(path: path, reason: "no article in this directory (looked for \(supported)\(options.recursive ? "" : "; --recursive reads sub-directories"))")))
        }
    }

    /// `candidates` counts files with a supported extension, loadable or not.
    private mutating func addDirectoryContents(_ path: String, visited: inout Set<FileProbe.Identity>, candidates: inout Int) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            let reason = FileProbe.readProblem(path) ?? "cannot list the directory"
            steps.append(.problem(LoadProblem(path: path, reason: reason)))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let child = path.hasSuffix("/") ? path + name : path + "/" + name
            switch FileProbe.kind(of: child) {
            case .regular(let identity, let size):
                guard let format = ArticleFormat(pathExtension: ArticleLoader.pathExtension(name)) else { continue }
                candidates += 1
                addFile(child, identity: identity, size: size, format: format)
            case .directory(let identity):
                // Tracking real directories keeps symlink loops from recursing forever.
                guard options.recursive, visited.insert(identity).inserted else { continue }
                addDirectoryContents(child, visited: &visited, candidates: &candidates)
            case .unusable(let reason):
                // A listed name that cannot be opened (e.g. not valid UTF-8) is reported, not dropped.
                guard ArticleFormat(pathExtension: ArticleLoader.pathExtension(name)) != nil else { continue }
                candidates += 1
                steps.append(.problem(LoadProblem(path: child, reason: reason)))
            }
        }
    }
}
