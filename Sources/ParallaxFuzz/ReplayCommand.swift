// Replays saved inputs (a crash, a corpus) through a target without libFuzzer, so a finding
// can be reproduced in a debug or sanitizer build.
import Foundation

enum ReplayCommand {
    static func run() -> Never {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name), arguments.count > 1 else {
            let known = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
            print("usage: ParallaxFuzz \(known) FILE|DIRECTORY...")
            print("Runs each input through the target and its invariants; a crash means a bug.")
            print("To fuzz, use Scripts/fuzz.sh (see docs/fuzzing.md).")
            exit(2)
        }
        var count = 0
        for path in arguments.dropFirst() {
            for file in inputs(at: path) {
                guard let data = FileManager.default.contents(atPath: file) else {
                    print("cannot read \(file)")
                    exit(1)
                }
                target.run(data)
                count += 1
            }
        }
        print("\(target.rawValue): \(count) input\(count == 1 ? "" : "s") ran clean")
        exit(0)
    }

    /// A file, or every file directly inside a directory (sorted, so runs repeat).
    private static func inputs(at path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.sorted().map { path + "/" + $0 }.filter {
            var childIsDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: $0, isDirectory: &childIsDirectory) && !childIsDirectory.boolValue
        }
    }
}
