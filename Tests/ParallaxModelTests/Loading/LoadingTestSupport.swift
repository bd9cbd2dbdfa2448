import Foundation
@testable import ParallaxModel

/// Paths of committed fixtures and scratch directories for generated ones.
enum LoadingFixtures {
    static func path(_ name: String) -> String {
        guard let url = Bundle.module.url(forResource: "Fixtures/Loading/\(name)", withExtension: nil) else {
            return "/nonexistent/fixture/\(name)"
        }
        return url.path
    }

    /// A fresh empty directory, removed by the caller with `cleanUp`.
    static func scratchDirectory() -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-loading-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    static func write(_ bytes: [UInt8], to directory: String, name: String) -> String {
        let path = directory + "/" + name
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    static func write(_ text: String, to directory: String, name: String) -> String {
        write(Array(text.utf8), to: directory, name: name)
    }

    static func cleanUp(_ directory: String) {
        try? FileManager.default.removeItem(atPath: directory)
    }
}

extension Article {
    /// Each paragraph's text with its kind, for readable expectations.
    var paragraphTexts: [String] { paragraphs.map { string($0.span) } }
    var paragraphKinds: [ParagraphKind] { paragraphs.map(\.kind) }
}

/// Loads text given as a string, as if it were a file with this extension.
func loadText(_ text: String, extension ext: String = "txt") -> LoadReport {
    let directory = LoadingFixtures.scratchDirectory()
    defer { LoadingFixtures.cleanUp(directory) }
    let path = LoadingFixtures.write(text, to: directory, name: "article.\(ext)")
    return ArticleLoader().load(paths: [path])
}
