import Foundation
import Testing
@testable import ParallaxModel

/// Loading is split into a plan (listing, no reading) and independent steps, so files can be
/// read on several threads and handed out as they arrive. Every way of running the steps must
/// give exactly the report of reading them one by one.
@Suite struct LoadPlanTests {
    /// A mix of everything a step can produce: good files of every format, a JSON file with
    /// several articles and bad items, binary and empty files, a duplicate, a missing path.
    static func mixedPaths(in directory: String) -> [String] {
        var paths = [LoadingFixtures.path("directory"), LoadingFixtures.path("json/many.json"), LoadingFixtures.path("json/lines.jsonl"),
                     LoadingFixtures.path("html/article.html"), LoadingFixtures.path("markdown/article.md")]
        for index in 0..<30 {
            let text = "Headline number \(index)\n\nThe council said on Monday that \(index * 37) homes were flooded.\n\nA second paragraph, with “quotes” and café — \(index).\n"
            paths.append(LoadingFixtures.write(text, to: directory, name: String(format: "story-%02d.txt", index)))
        }
        paths.append(LoadingFixtures.write([0x41, 0, 0x42], to: directory, name: "binary.txt"))
        paths.append(LoadingFixtures.write("", to: directory, name: "empty.txt"))
        paths.append(paths[6])
        paths.append(directory + "/missing.txt")
        paths.append("-")
        return paths
    }

    static let piped: @Sendable () -> Data = { Data("Text that arrived on standard input, 12 lines long.".utf8) }

    @Test func parallelLoadEqualsOneByOne() {
        let directory = LoadingFixtures.scratchDirectory()
        defer { LoadingFixtures.cleanUp(directory) }
        let paths = Self.mixedPaths(in: directory)
        let plan = ArticleLoader(options: LoadOptions(recursive: true)).plan(paths: paths)
        let reference = plan.loadSequentially(standardInput: Self.piped)
        #expect(reference.articles.count > 35)
        #expect(reference.problems.count >= 5)
        let parallel = ArticleLoader(options: LoadOptions(recursive: true)).load(paths: paths, standardInput: Self.piped)
        expectSameReport(parallel, reference)
    }

    @Test func batchesTakenWhileLoadingJoinToTheSameReport() {
        let directory = LoadingFixtures.scratchDirectory()
        defer { LoadingFixtures.cleanUp(directory) }
        let plan = ArticleLoader().plan(paths: Self.mixedPaths(in: directory))
        let reference = plan.loadSequentially(standardInput: Self.piped)
        for workers in [1, 2, 5] {
            let loader = BackgroundLoader(plan: plan, workers: workers, standardInput: Self.piped, prepare: { $0.scalars.count })
            var parts: [BackgroundLoader<Int>.Part] = []
            var wanted = 1
            while !loader.isDrained {
                loader.waitForArticles(wanted)
                parts += loader.takeReady()
                wanted += 3
            }
            let joined = LoadReport(joining: parts.map(\.report))
            expectSameReport(joined, reference)
            // What `prepare` made travels with its article.
            #expect(parts.flatMap(\.prepared) == joined.articles.map(\.scalars.count))
            #expect(loader.finishedCount == plan.stepCount)
        }
    }

    @Test func waitingForArticlesReturnsOnceThatManyAreReady() {
        let directory = LoadingFixtures.scratchDirectory()
        defer { LoadingFixtures.cleanUp(directory) }
        let plan = ArticleLoader().plan(paths: Self.mixedPaths(in: directory))
        let loader = BackgroundLoader(plan: plan, standardInput: Self.piped, prepare: { _ in () })
        loader.waitForArticles(6)
        #expect(loader.takeReady().reduce(0) { $0 + $1.report.articles.count } >= 6)
        // Asking for more than exist returns once everything is read.
        loader.waitForArticles(10_000)
        #expect(loader.isComplete)
        _ = loader.takeReady()
        #expect(loader.isDrained)
    }

    @Test func planningListsWithoutReading() {
        let directory = LoadingFixtures.scratchDirectory()
        defer { LoadingFixtures.cleanUp(directory) }
        let kept = LoadingFixtures.write("An article that stays.", to: directory, name: "kept.txt")
        let removed = LoadingFixtures.write("An article deleted after planning.", to: directory, name: "removed.txt")
        let plan = ArticleLoader().plan(paths: [directory, kept, "-", "-"])
        #expect(plan.readsStandardInput)
        // kept.txt twice (once in the listing) and - twice: the repeats are problems, not reads.
        #expect(plan.readCount == 3)
        #expect(plan.stepCount == 5)
        try? FileManager.default.removeItem(atPath: removed)
        let report = plan.loadSequentially(standardInput: { Data("Piped words for the story.".utf8) })
        #expect(report.articles.map(\.path) == [kept, "-"])
        #expect(report.problems == [
            LoadProblem(path: removed, reason: "no such file or directory"),
            LoadProblem(path: kept, reason: "given more than once; loaded once"),
            LoadProblem(path: "-", reason: "standard input given more than once; read once"),
        ])
    }

    @Test func emptyPlanLoadsNothingAndNeverWaits() {
        let plan = ArticleLoader().plan(paths: [])
        #expect(plan.stepCount == 0)
        let loader = BackgroundLoader(plan: plan, standardInput: Self.piped, prepare: { _ in () })
        loader.waitForArticles(3)
        loader.waitUntilComplete()
        #expect(loader.isDrained)
        #expect(plan.loadAll().articles.isEmpty)
    }

    @Test func outOfRangeStepsLoadNothing() {
        let plan = ArticleLoader().plan(paths: [LoadingFixtures.path("text/syndicated.txt")])
        #expect(plan.load(step: -1, standardInput: Self.piped).articles.isEmpty)
        #expect(plan.load(step: 1, standardInput: Self.piped).articles.isEmpty)
        #expect(plan.load(step: 0, standardInput: Self.piped).articles.count == 1)
    }

    @Test func demoStoryPlanShowsDemoPaths() {
        let report = DemoStory.plan().loadAll()
        #expect(!report.articles.isEmpty)
        #expect(report.articles.allSatisfy { $0.path.hasPrefix("demo/") })
        #expect(report.problems.isEmpty)
    }

    func expectSameReport(_ actual: LoadReport, _ expected: LoadReport, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(actual.problems == expected.problems, sourceLocation: sourceLocation)
        #expect(actual.warnings == expected.warnings, sourceLocation: sourceLocation)
        #expect(actual.articles.count == expected.articles.count, sourceLocation: sourceLocation)
        for (a, b) in zip(actual.articles, expected.articles) {
            #expect(a.path == b.path && a.source == b.source && a.title == b.title && a.date == b.date && a.url == b.url, sourceLocation: sourceLocation)
            #expect(a.text == b.text && a.scalars == b.scalars, sourceLocation: sourceLocation)
            #expect(a.paragraphs == b.paragraphs && a.sentences == b.sentences && a.warnings == b.warnings, sourceLocation: sourceLocation)
        }
    }
}

@Suite struct FileBytesTests {
    @Test func readsEveryByteOfSmallEmptyAndLargeFiles() {
        let directory = LoadingFixtures.scratchDirectory()
        defer { LoadingFixtures.cleanUp(directory) }
        for size in [0, 1, 4095, 4096, 70_001, 3 << 20] {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
            let path = LoadingFixtures.write(bytes, to: directory, name: "file-\(size).bin")
            #expect(FileBytes.contents(of: path) == .success(bytes))
        }
    }

    @Test func missingFilesAndDirectoriesAreFailuresWithReasons() {
        let directory = LoadingFixtures.scratchDirectory()
        defer { LoadingFixtures.cleanUp(directory) }
        #expect(FileBytes.contents(of: directory + "/none.txt") == .failure(FileBytes.Failure(reason: "cannot be read (no such file or directory)")))
        #expect(FileBytes.contents(of: directory) == .failure(FileBytes.Failure(reason: "not a regular file")))
    }
}

@Suite struct PathNameTests {
    static let paths = ["a.txt", ".txt", "a.", "a.b.c", "dir/", "/", "", "a/b.txt/", "..", ".", "...", "a/...", "..a", "a..b", "dir.d/file",
                        "ärger.md", "x/.hidden", "a.tar.gz", "a b.TXT", "a.b c", "a.b/", "//a.txt//", "a/./b.md", "/a.txt", "a.txt ",
                        "foo..", "a/..", "no_ext", "a.😀", "a.b\u{301}", "dir//x.md", "a.b.", "/.b"]

    /// Extensions pick the format of every listed file; they must agree with Foundation's.
    @Test(arguments: paths)
    func extensionAndStemAgreeWithFoundation(path: String) {
        let name = (path as NSString).lastPathComponent as NSString
        #expect(ArticleLoader.pathExtension(path) == (path as NSString).pathExtension)
        let stem = name.deletingPathExtension
        #expect(ArticleLoader.stem(path) == (stem.isEmpty ? path : stem))
    }
}

@Suite struct SiteSuffixTests {
    @Test(arguments: [
        ("Dam level falls | River Post", "River Post", "Dam level falls"),
        ("Dam level falls - river post", "River Post", "Dam level falls"),
        ("Floods – a year on – Valley Courier", "Valley Courier", "Floods – a year on"),
        ("Floods — Valley Courier — Other", "Valley Courier", "Floods — Valley Courier — Other"),
        ("Live :: Atlas Wire", "Atlas Wire", "Live"),
        (" | Atlas Wire", "Atlas Wire", " | Atlas Wire"),
        ("Votes · Capital Observer ", "Capital Observer", "Votes"),
        ("No separator here", "Here", "No separator here"),
        ("Accent - \u{0301}Atlas Wire", "\u{0301}Atlas Wire", "Accent - \u{0301}Atlas Wire"),
        ("", "", ""),
    ])
    func theOutletAfterTheLastSeparatorIsDropped(title: String, source: String, expected: String) {
        #expect(ArticleAssembler.withoutSiteSuffix(title, source: source) == expected)
    }
}
