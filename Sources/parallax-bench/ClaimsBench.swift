import ArgumentParser
import Foundation
import ParallaxModel

struct ClaimsBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Measure claim extraction and linking speed (thread CPU time) on a deterministic synthetic corpus.",
        discussion: """
        Build with -c release for real figures: swift build -c release --product parallax-bench
        On a shared machine CPU time still wobbles; instruction counts do not. Count only inside
        extraction with: valgrind --tool=callgrind --callgrind-out-file=/dev/null \\
          '--toggle-collect=$s13ParallaxModel14ClaimExtractorV7extract4from8mentionsSayAA0C0VGAA7ArticleV_SayAA7MentionVGtF' \\
          .build/release/parallax-bench claims --articles 200 --repeats 1
        (for linking, toggle '$s13ParallaxModel11ClaimLinkerV4link_8articles8mentionsAA10LinkResultVSaySayAA0C0VGG_SayAA7ArticleVGSaySayAA7MentionVGGtF').
        """
    )

    @Option(help: "Articles in the synthetic story.")
    var articles = 1_000

    @Option(help: "Paragraphs per article.")
    var paragraphs = 12

    @Flag(help: "Measure extraction only.")
    var extractOnly = false

    @Option(help: "Timed repetitions; the best run is reported.")
    var repeats = 3

    @Option(help: "Write every extracted claim, one per line, to this file (to check that a speed change keeps the output identical).")
    var dump: String?

    @Option(parsing: .upToNextOption, help: "Text files (one paragraph per line) whose claims, with entity mentions, are added to --dump.")
    var texts: [String] = []

    /// CPU time of this thread: on a shared machine wall-clock time mostly measures the neighbours.
    static func cpuNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    func run() throws {
        var generator = SyntheticNews(seed: 20_241_118)
        let corpus = generator.story(articles: articles, paragraphs: paragraphs)
        let bytes = corpus.reduce(0) { $0 + $1.text.utf8.count }
        let extractor = ClaimExtractor()
        var claims: [[Claim]] = []
        var extractSeconds = Double.infinity
        for _ in 0..<max(1, repeats) {
            let start = Self.cpuNanoseconds()
            var found: [[Claim]] = []
            var next = 1
            for article in corpus {
                var articleClaims = extractor.extract(from: article, mentions: [])
                for index in articleClaims.indices {
                    articleClaims[index].id = "c\(next)"
                    articleClaims[index].articleID = article.id
                    next += 1
                }
                found.append(articleClaims)
            }
            extractSeconds = min(extractSeconds, Double(Self.cpuNanoseconds() - start) / 1e9)
            claims = found
        }
        let megabytes = Double(bytes) / 1_000_000
        if let dump { try writeDump(claims, to: dump) }
        if extractOnly {
            print("extraction \(String(format: "%.3f", extractSeconds)) s, \(String(format: "%.2f", megabytes / extractSeconds)) MB/s")
            return
        }
        let mentions = Array(repeating: [Mention](), count: corpus.count)
        var linkSeconds = Double.infinity
        var result = LinkResult(claims: [], clusters: [])
        for _ in 0..<max(1, repeats) {
            let start = Self.cpuNanoseconds()
            result = ClaimLinker().link(claims, articles: corpus, mentions: mentions)
            linkSeconds = min(linkSeconds, Double(Self.cpuNanoseconds() - start) / 1e9)
        }
        let quantities = claims.joined().filter { $0.kind == .quantity }.count
        print("Synthetic corpus: \(corpus.count) articles, \(String(format: "%.2f", megabytes)) MB, \(claims.joined().count) claims (\(quantities) quantities)")
        print("  extraction        \(String(format: "%7.3f", extractSeconds)) s   \(String(format: "%6.2f", megabytes / extractSeconds)) MB/s")
        print("  linking           \(String(format: "%7.3f", linkSeconds)) s   \(result.clusters.count) clusters, \(result.links.count) links")
        print("  extraction+linking \(String(format: "%6.2f", megabytes / (extractSeconds + linkSeconds))) MB/s")
    }

    /// Every claim of the synthetic corpus (without mentions) and of `texts` (with the entity
    /// analyser's mentions, as the app runs it), each field as Swift prints it.
    private func writeDump(_ synthetic: [[Claim]], to path: String) throws {
        var lines = synthetic.joined().map { String(describing: $0) }
        let articles = try texts.enumerated().map { index, path in
            AnnotatedStory.article(fromLines: try String(contentsOfFile: path, encoding: .utf8), id: "t\(index + 1)", source: path)
        }
        let mentions = EntityAnalyzer(concurrent: false).analyze(articles).mentions
        for (index, article) in articles.enumerated() {
            lines += ClaimExtractor().extract(from: article, mentions: mentions[index]).map { String(describing: $0) }
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
}

/// A deterministic story of many outlets reporting the same events, from templates written for
/// the benchmark: same quantities written differently, plus unrelated numbers, dates and ids.
struct SyntheticNews {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        // SplitMix64: tiny, fast and the same on every platform.
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(max(1, bound)))
    }

    mutating func pick(_ options: [String]) -> String { options[next(options.count)] }

    static let speakers = ["the defence ministry said", "officials said", "according to the regional governor",
                           "the general staff reported", "a military spokesman told reporters", "analysts estimate"]
    static let places = ["Northfield", "the river valley", "Eastport", "the border region", "Halden province", "the capital"]

    /// Sentences without numbers: most of a news article.
    static let fillers = [
        "The offensive has changed the dynamics of a conflict that shows no sign of ending soon.",
        "Residents described long queues for water and bread as shelling continued through the night.",
        "Western governments have urged restraint, while promising further support for the country's air defences.",
        "The Kremlin rejected the report as propaganda and accused its neighbours of stoking tension.",
        "Analysts cautioned that figures from both sides are difficult to verify independently.",
        "Engineers worked to restore power to hospitals and schools before the first frost.",
        "Opposition politicians demanded an inquiry into how the warnings had been ignored.",
        "The president is expected to address parliament later this week about the situation.",
    ]

    mutating func sentence() -> String {
        let place = pick(Self.places), speaker = pick(Self.speakers)
        // About two sentences in three carry no number, as in ordinary reporting.
        if next(3) != 0 { return pick(Self.fillers) }
        switch next(14) {
        case 0: return "\(pick(["Nearly 50,000", "Tens of thousands of", "About 52,000", "More than 45,000", "Some 48,000"])) troops have gathered near \(place), \(speaker)."
        case 1: return "At least \(10 + next(30)) people were killed and \(20 + next(80)) injured in overnight strikes on \(place)."
        case 2: return "The army says it has taken \(pick(["around 500 square miles", "1,240 km²", "roughly 1,300 square kilometres", "about 128,000 hectares"])) of territory since \(pick(["August", "the spring", "6 August 2024"]))."
        case 3: return "\(pick(["Two", "Three", "Several"])) villages near \(place) were evacuated on \(pick(["Monday", "Tuesday", "12 March"])), \(speaker)."
        case 4: return "Air defences shot down \(20 + next(40)) of \(60 + next(40)) drones launched at \(place) after 11 p.m."
        case 5: return "The \(pick(["€50 billion", "50bn euro", "$61 billion", "£2.5 million"])) package will be paid out over \(pick(["four years", "18 months", "two-and-a-half years"]))."
        case 6: return "Inflation slowed to \(String(format: "%.1f", 4.0 + Double(next(30)) / 10))% in \(pick(["January", "March", "the third quarter"])), the central bank said."
        case 7: return "The F-16 and Su-34 jets flew \(pick(["300 kilometres", "190 miles", "about 400 km"])) from the base, according to flight logs."
        case 8: return "\(pick(["Approximately 11,000", "Some 10,000", "Around 12,000", "Thousands of"])) foreign soldiers are believed to be in \(place), \(speaker)."
        case 9: return "In 2022 the plant employed 1,\(100 + next(800)) workers; page 14 of the report lists a further 300 contractors."
        case 10: return "Follow @newsdesk\(next(99)) or call +44 20 7946 0\(100 + next(899)) for updates on the first convoy."
        case 11: return "Water levels rose by \(1 + next(5)) metres in \(24 + next(48)) hours, and \(pick(["hundreds of", "dozens of", "about 2,000"])) homes were flooded."
        case 12: return "One of the goals was to keep the two sides talking, one diplomat said on 14 November."
        default: return "Prices rose \(3 + next(9)) per cent as \(pick(["twenty-five", "forty-two", "a dozen"])) factories closed and unemployment hit \(String(format: "%.1f", 5 + Double(next(40)) / 10)) per cent."
        }
    }

    mutating func story(articles: Int, paragraphs: Int) -> [Article] {
        (0..<articles).map { index in
            var lines: [String] = []
            for _ in 0..<paragraphs {
                lines.append((0..<(2 + next(3))).map { _ in sentence() }.joined(separator: " "))
            }
            return AnnotatedStory.article(fromLines: lines.joined(separator: "\n"), id: "a\(index + 1)", source: "outlet\(index + 1)")
        }
    }
}
