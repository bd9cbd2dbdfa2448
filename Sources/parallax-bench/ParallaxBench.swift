import ArgumentParser

@main
struct ParallaxBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parallax-bench",
        abstract: "Measure Parallax's speed and memory. Build with -c release for real figures.",
        subcommands: [StoryBench.self, LoadingBench.self, EntitiesBench.self, ClaimsBench.self, RenderBench.self]
    )
}
