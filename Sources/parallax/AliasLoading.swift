import ArgumentParser
import Foundation
import ParallaxModel

/// Finds the user's alias file: `--aliases PATH`, else `$XDG_CONFIG_HOME/parallax/aliases.toml`
/// (default `~/.config/parallax/aliases.toml`) if present. A file that cannot be read or
/// parsed stops the run with a message naming the file and line.
enum AliasLoading {
    static func table(explicitPath: String?) throws -> AliasTable {
        let path: String
        if let explicitPath {
            path = explicitPath
        } else {
            path = defaultPath()
            guard FileManager.default.fileExists(atPath: path) else { return .empty }
        }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            fail("cannot read the alias file \(path): \(error.localizedDescription)")
        }
        do {
            return try AliasTable.parse(text)
        } catch {
            fail("\(path):\(error.line): \(error.message) (see `docs/aliases.md` for the format)")
        }
    }

    static func defaultPath() -> String {
        let environment = ProcessInfo.processInfo.environment
        // $HOME before NSHomeDirectory(), which reads the password database on every start.
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (home as NSString).appendingPathComponent(".config")
        return (config as NSString).appendingPathComponent("parallax/aliases.toml")
    }

    private static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("parallax: \(message)\n".utf8))
        Foundation.exit(1)
    }
}
