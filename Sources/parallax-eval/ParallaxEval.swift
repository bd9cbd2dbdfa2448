import ArgumentParser

@main
struct ParallaxEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parallax-eval",
        abstract: "Score Parallax's analysis against the hand-annotated fixtures in Tests/.",
        subcommands: [SentencesEval.self, EntitiesEval.self, ClaimsEval.self]
    )
}
