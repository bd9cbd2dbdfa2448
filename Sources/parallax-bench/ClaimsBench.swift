import ArgumentParser

struct ClaimsBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Benchmark claims (not written yet)."
    )

    func run() throws {
        print("claims benchmark: not written yet")
    }
}
