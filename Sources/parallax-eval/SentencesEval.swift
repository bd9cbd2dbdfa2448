import ArgumentParser

struct SentencesEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentences",
        abstract: "Evaluate sentences (not written yet)."
    )

    func run() throws {
        print("sentences evaluation: not written yet")
    }
}
