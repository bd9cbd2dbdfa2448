import ArgumentParser

struct EntitiesBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Benchmark entities (not written yet)."
    )

    func run() throws {
        print("entities benchmark: not written yet")
    }
}
