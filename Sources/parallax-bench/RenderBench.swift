import ArgumentParser
import Foundation
import ParallaxModel
import ParallaxTerminal

struct RenderBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Frame time of the reader's pure render, and bytes its diff writes for a scroll and a claim jump.",
        discussion: "Uses a synthetic five-article story with many mentions and claims (no analysers needed)."
    )

    @Option(help: "Frames to render per size.")
    var frames = 500

    @Flag(help: "Also print the 200×50 frame after a claim jump, as text (to look at a rich story by hand).")
    var show = false

    @Argument(help: ArgumentHelp("Articles to time the path to the first frame on (load, lay out, render at 200×50; then the analysis behind it).", valueName: "path"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("Write this many synthetic articles to a temporary folder and time the first frame on them.", valueName: "count"))
    var synthetic: Int?

    @Option(help: ArgumentHelp("Also start this parallax binary in tmux at 200×50 and time process start → panes on screen → analysis shown.", valueName: "path"))
    var tmuxBinary: String?

    func run() throws {
        var paths = self.paths
        if let synthetic {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-bench-first-frame-\(synthetic)")
            try? FileManager.default.removeItem(at: folder)
            _ = try SyntheticArticles.write(count: max(1, synthetic), into: folder)
            paths.append(folder.path)
        }
        if !paths.isEmpty {
            try timeFirstFrame(paths)
            if let tmuxBinary { FirstFrameInTmux.measure(binary: tmuxBinary, paths: paths) }
        }
        let story = SyntheticStory.make(articles: 5, paragraphs: 40)
        let theme = try ThemeLoader(depth: .ansi256, userDirectory: nil, bundleDirectory: nil).load("default")
        let mentions = story.mentions.reduce(0) { $0 + $1.count }
        let claims = story.claims.reduce(0) { $0 + $1.count }
        print("story: \(story.articles.count) articles, \(story.articles.reduce(0) { $0 + $1.scalars.count }) scalars, \(mentions) mentions, \(claims) claims, \(story.clusters.count) clusters")
        for size in [Size(width: 80, height: 24), Size(width: 200, height: 50)] {
            var state = ReaderState(story: story, size: size)
            state = ReaderUpdate.apply(.action(.nextClaim), to: state)
            var wall: [Double] = []
            var cpu: [Double] = []
            var checksum = 0
            for frame in 0..<frames {
                // Alternate scroll positions so every frame draws different lines.
                let action: Action = frame % 40 < 20 ? .scrollDown : .scrollUp
                state = ReaderUpdate.apply(.action(action), to: state)
                let start = DispatchTime.now().uptimeNanoseconds
                let cpuStart = Self.threadCPUTime()
                let grid = ReaderView.render(state, size: size, theme: theme)
                cpu.append(Self.threadCPUTime() - cpuStart)
                wall.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                checksum &+= grid.cells.count
            }
            // Wall time includes time the scheduler gave to other processes; CPU time is what
            // the render itself costs on one core.
            print(String(format: "render %dx%d (%d panes, %d frames): wall mean %.3f ms p99 %.3f ms; CPU mean %.3f ms p99 %.3f ms",
                         size.width, size.height, state.layout.visiblePanes, frames,
                         Self.mean(wall), Self.p99(wall), Self.mean(cpu), Self.p99(cpu)) + (checksum == 0 ? "!" : ""))
        }

        let size = Size(width: 200, height: 50)
        let state = ReaderState(story: story, size: size)
        let first = ReaderView.render(state, size: size, theme: theme)
        let scrolled = ReaderUpdate.apply(.action(.scrollDown), to: state)
        let scrollFrame = ReaderView.render(scrolled, size: size, theme: theme)
        var jumped = ReaderUpdate.apply(.action(.nextConflict), to: scrolled)
        jumped = ReaderUpdate.apply(.action(.align), to: jumped)
        let jumpFrame = ReaderView.render(jumped, size: size, theme: theme)
        let full = ANSIEncoder.encode(GridDiff.changes(from: nil, to: first)).count
        let scrollBytes = ANSIEncoder.encode(GridDiff.changes(from: first, to: scrollFrame)).count
        let jumpBytes = ANSIEncoder.encode(GridDiff.changes(from: scrollFrame, to: jumpFrame)).count
        print("diff bytes at 200x50: full repaint \(full), one-line scroll \(scrollBytes), claim jump (} then Enter) \(jumpBytes)")
        if show { print(jumpFrame.text) }
    }
}

extension RenderBench {
    /// This thread's CPU time in milliseconds.
    static func threadCPUTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1e3 + Double(time.tv_nsec) / 1e6
    }

    static func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(max(1, values.count)) }

    static func p99(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.99))]
    }

    /// Everything between start and the first frame except curses' own setup: the reader
    /// loads and lays out the plain text, draws, and only then waits for the analysis.
    func timeFirstFrame(_ paths: [String]) throws {
        let theme = try ThemeLoader(depth: .ansi256, userDirectory: nil, bundleDirectory: nil).load("default")
        var best = Double.infinity
        var parts = ""
        var analysis = Double.infinity
        var articleCount = 0
        for _ in 0..<5 {
            let t0 = DispatchTime.now().uptimeNanoseconds
            let report = ArticleLoader().load(paths: paths)
            let t1 = DispatchTime.now().uptimeNanoseconds
            let state = ReaderState(story: Story(articles: report.articles), size: Size(width: 200, height: 50), analysing: true)
            let t2 = DispatchTime.now().uptimeNanoseconds
            _ = ReaderView.render(state, size: state.size, theme: theme)
            let t3 = DispatchTime.now().uptimeNanoseconds
            let story = StoryAnalyzer().analyze(report.articles, warnings: report.warnings)
            let analysed = ReaderUpdate.apply(.storyAnalysed(story), to: state)
            _ = ReaderView.render(analysed, size: analysed.size, theme: theme)
            let t4 = DispatchTime.now().uptimeNanoseconds
            articleCount = report.articles.count
            analysis = min(analysis, Double(t4 - t0) / 1e6)
            let total = Double(t3 - t0) / 1e6
            if total < best {
                best = total
                parts = String(format: "load %.1f ms, layout %.1f ms, render %.2f ms",
                               Double(t1 - t0) / 1e6, Double(t2 - t1) / 1e6, Double(t3 - t2) / 1e6)
            }
        }
        print(String(format: "first frame for %d article(s): %.1f ms (best of 5: %@); analysed frame %.1f ms", articleCount, best, parts, analysis))
    }
}

/// A made-up five-source story: every article has the same paragraph shapes with names and
/// numbers in different places, quantity claims clustered across sources, some in conflict.
enum SyntheticStory {
    static let names = [("Ada Morrow", EntityType.person), ("Port Elsin", .place), ("Tidewater Trust", .org), ("Northlanders", .group)]

    static func make(articles articleCount: Int, paragraphs: Int) -> Story {
        var articles: [Article] = []
        var mentions: [[Mention]] = []
        var claims: [[Claim]] = []
        var claimIDs: [[String]] = Array(repeating: [], count: paragraphs)
        var claimNumber = 0
        for a in 0..<articleCount {
            var text = ""
            var paragraphSpans: [Paragraph] = []
            var articleMentions: [Mention] = []
            var articleClaims: [Claim] = []
            for p in 0..<paragraphs {
                if !text.isEmpty { text += "\n\n" }
                let start = text.unicodeScalars.count
                let (name, type) = names[(p + a) % names.count]
                let amount = 1000 * (p + 1) + (p % 3 == 0 ? a * 100 : 0)
                let lead = String(repeating: "Reporters in the region wrote about it again. ", count: 1 + (p + a) % 3)
                let nameStart = start + lead.unicodeScalars.count
                let sentence = "\(name) said that \(amount) people had signed up, and officials counted \(p + 2) boats in the harbour before noon."
                text += lead + sentence
                articleMentions.append(Mention(span: TextSpan(nameStart, nameStart + name.unicodeScalars.count), text: name, type: type, entityID: "e\((p + a) % names.count + 1)"))
                let amountText = "\(amount) people"
                let amountStart = nameStart + "\(name) said that ".unicodeScalars.count
                claimNumber += 1
                let id = "c\(claimNumber)"
                claimIDs[p].append(id)
                articleClaims.append(Claim(id: id, articleID: "a\(a + 1)", span: TextSpan(amountStart, amountStart + amountText.unicodeScalars.count),
                                           text: amountText, kind: .quantity, value: Double(amount), low: Double(amount), high: Double(amount), unit: "count", noun: "people",
                                           sentence: p, clusterID: "k\(p + 1)"))
                paragraphSpans.append(Paragraph(span: TextSpan(start, text.unicodeScalars.count), kind: p % 10 == 0 ? .heading : .body))
            }
            articles.append(Article(id: "a\(a + 1)", path: "synthetic/\(a + 1).txt", source: "Outlet \(a + 1)", title: "Synthetic story part \(a + 1)",
                                    date: "2030-01-0\(a % 9 + 1)", text: text, paragraphs: paragraphSpans))
            mentions.append(articleMentions)
            claims.append(articleClaims)
        }
        var clusters: [ClaimCluster] = []
        for (p, ids) in claimIDs.enumerated() {
            let conflict = p % 3 == 0
            clusters.append(ClaimCluster(id: "k\(p + 1)", claims: ids, verdict: conflict ? .conflict : .agree, low: 0, high: 0, unit: "count", label: "people signed up (\(p + 1))"))
        }
        let entities = names.enumerated().map { index, entry in
            Entity(id: "e\(index + 1)", name: entry.0, type: entry.1, articles: (1...articleCount).map { "a\($0)" })
        }
        return Story(articles: articles, mentions: mentions, claims: claims, entities: entities, clusters: clusters)
    }
}
