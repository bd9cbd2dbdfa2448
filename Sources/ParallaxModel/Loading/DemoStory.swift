import Foundation

/// The fictional story shipped inside the binary's resources, shown when no path is given.
public enum DemoStory {
    /// Every article of the demo story, in file-name order, with paths `demo/<name>`.
    public static func plan(loader: ArticleLoader = ArticleLoader()) -> LoadPlan {
        guard let folder = ResourceLocator.modelResources?.appendingPathComponent("Demo"),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else {
            return LoadPlan(steps: [.problem(LoadProblem(path: "demo", reason: "the demo story is not installed beside the binary"))])
        }
        let files = names.sorted().filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
        let paths = files.map { folder.appendingPathComponent($0).path }
        var plan = loader.plan(paths: paths)
        plan.shownPaths = Dictionary(zip(paths, files.map { "demo/\($0)" }), uniquingKeysWith: { first, _ in first })
        return plan
    }

    public static func load(loader: ArticleLoader = ArticleLoader()) -> LoadReport {
        plan(loader: loader).loadAll()
    }
}
