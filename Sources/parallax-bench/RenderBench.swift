import ArgumentParser

struct RenderBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Benchmark render (not written yet)."
    )

    func run() throws {
        print("render benchmark: not written yet")
    }
}
