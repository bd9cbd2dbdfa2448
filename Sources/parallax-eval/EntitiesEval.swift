import ArgumentParser
import Foundation
import ParallaxModel

struct EntitiesEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Score entity recognition and cross-source merging against annotated stories.",
        discussion: """
        Reads every story folder under the fixtures directory (articles annotated inline as
        [[text|TYPE|group]]), runs the entity analysis on each story and prints precision,
        recall and F1 per type (exact span and type must match) and merge correctness.
        """
    )

    @Option(name: .long, help: ArgumentHelp("Directory of annotated story folders.", valueName: "dir"))
    var fixtures = "Tests/ParallaxModelTests/Fixtures/Entities"

    @Flag(name: .long, help: "List every recognition error.")
    var verbose = false

    func run() throws {
        let stories = try AnnotatedArticle.loadStories(in: URL(fileURLWithPath: fixtures))
        guard !stories.isEmpty else {
            FileHandle.standardError.write(Data("parallax-eval: no story folders in \(fixtures)\n".utf8))
            throw ExitCode(1)
        }
        var score = EntityScore()
        var articleCount = 0, goldCount = 0
        for story in stories {
            let analysis = EntityAnalyzer().analyze(story.articles.map(\.article))
            score.add(story: story.name, articles: story.articles, analysis: analysis)
            articleCount += story.articles.count
            goldCount += story.articles.reduce(0) { $0 + $1.gold.count }
        }
        print("entities: \(stories.count) stories, \(articleCount) articles, \(goldCount) gold mentions")
        print("type     precision  recall     f1     tp   fp   fn")
        for type in EntityType.allCases {
            if let counts = score.byType[type] { print(row(type.rawValue, counts)) }
        }
        print(row("overall", score.overall))
        print("cross-source groups merged: \(score.crossSourceGroupsMerged) / \(score.crossSourceGroups)")
        print("people named in 2+ articles: \(score.crossSourcePeople); one entity (mentions found): \(score.crossSourcePeopleOneEntity); "
              + "followed (every mention found as PERSON, one entity): \(score.crossSourcePeopleFollowed); wrongly merged: \(score.wrongPersonMerges.count)")
        print("missed merges: \(score.missedMerges.count)")
        for line in score.missedMerges { print("  " + line) }
        print("wrong merges: \(score.wrongMerges.count)")
        for line in score.wrongMerges { print("  " + line) }
        if verbose {
            print("errors:")
            for line in score.errors { print("  " + line) }
        }
    }

    private func row(_ label: String, _ counts: EntityScore.Counts) -> String {
        func percent(_ value: Double) -> String { String(format: "%6.1f%%", value * 100) }
        let label = label.padding(toLength: 8, withPad: " ", startingAt: 0)
        return "\(label) \(percent(counts.precision))    \(percent(counts.recall))  \(percent(counts.f1))  \(String(format: "%4d %4d %4d", counts.truePositives, counts.falsePositives, counts.falseNegatives))"
    }
}
