import ArgumentParser

struct EntitiesEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Evaluate entities (not written yet)."
    )

    func run() throws {
        print("entities evaluation: not written yet")
    }
}
