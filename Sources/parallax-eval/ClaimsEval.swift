import ArgumentParser

struct ClaimsEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Evaluate claims (not written yet)."
    )

    func run() throws {
        print("claims evaluation: not written yet")
    }
}
