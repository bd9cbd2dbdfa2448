import Foundation

/// The fictional story shipped inside the binary's resources, shown when no path is given.
public enum DemoStory {
    /// Loads every article of the demo story, in file-name order, with paths `demo/<name>`.
    public static func load(loader: ArticleLoader = ArticleLoader()) -> LoadReport {
        guard let folder = ResourceLocator.modelResources?.appendingPathComponent("Demo"),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else {
            return LoadReport(problems: [LoadProblem(path: "demo", reason: "the demo story is not installed beside the binary")])
        }
        var report = LoadReport()
        for name in names.sorted() where name.hasSuffix(".txt") || name.hasSuffix(".md") {
            var part = loader.load(paths: [folder.appendingPathComponent(name).path])
            for index in part.articles.indices {
                part.articles[index].path = "demo/\(name)"
            }
            report.articles += part.articles
            report.problems += part.problems
        }
        return report
    }
}
