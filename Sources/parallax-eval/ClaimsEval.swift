import ArgumentParser
import Foundation
import ParallaxModel

struct ClaimsEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Score claim extraction and cross-source linking against the annotated fixtures.",
        discussion: """
        Extraction: every '> sentence' / '= annotation' file under <fixtures>/extraction.
        Linking: every story folder under <fixtures>/stories (article files plus links.txt).
        Prints precision / recall / F1 and lists each mistake.
        """
    )

    @Option(help: "Folder holding extraction/ and stories/.")
    var fixtures = "Tests/ParallaxModelTests/Fixtures/Claims"

    @Flag(help: "Print only the figures, not the list of mistakes.")
    var quiet = false

    func run() throws {
        let root = URL(fileURLWithPath: fixtures)
        let extractionFolder = root.appendingPathComponent("extraction")
        var sentences: [AnnotatedSentence] = []
        for file in try Self.files(in: extractionFolder, suffix: ".txt") {
            let contents = try String(contentsOf: file, encoding: .utf8)
            sentences += try ClaimAnnotations.parse(contents, name: file.lastPathComponent)
        }
        let score = ExtractionScore.evaluate(sentences)
        print("Claim extraction: \(sentences.count) sentences, \(score.gold) annotated expressions")
        print("  quantity found    \(score.detection.summary)")
        print("  value             \(score.value.summary)")
        print("  value+unit        \(score.valueUnit.summary)")
        print("  bounds            \(score.bounds.summary)")
        print("  kind (all)        \(score.kind.summary)")
        print("  counted noun      \(score.noun.summary)")
        print("  dates/years/ids reported as quantities: \(score.labelsReportedAsQuantities)")

        let storiesFolder = root.appendingPathComponent("stories")
        var stories: [AnnotatedStory] = []
        for folder in try Self.folders(in: storiesFolder) {
            stories.append(try AnnotatedStory.load(from: folder))
        }
        let links = LinkScore.evaluate(stories)
        print("Cross-source links: \(stories.count) stories, \(links.goldClusters) annotated clusters")
        print("  links             \(links.links.summary)")
        print("  cluster verdicts  \(links.verdictsRight) of \(links.verdictsChecked) right")
        if !quiet {
            let mistakes = score.mistakes + links.mistakes
            if !mistakes.isEmpty {
                print("\nMistakes (\(mistakes.count))")
                for mistake in mistakes { print("  \(mistake)") }
            }
        }
    }

    static func files(in folder: URL, suffix: String) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasSuffix(suffix) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    static func folders(in folder: URL) throws -> [URL] {
        guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: [.isDirectoryKey])
            .filter { (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}
