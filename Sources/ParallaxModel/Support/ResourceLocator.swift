import Foundation

/// Finds files shipped with the binary without crashing when they are missing.
///
/// SwiftPM's generated `Bundle.module` traps when the bundle is not beside the executable
/// (a binary copied on its own); this looks in the usual places and reports nil instead.
public enum ResourceLocator {
    /// The directory of `bundleName` (e.g. "Parallax_ParallaxModel.resources"), if found.
    public static func bundleDirectory(named bundleName: String) -> URL? {
        var candidates: [URL] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        candidates.append(executable.deletingLastPathComponent())
        if let main = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            candidates.append(main.deletingLastPathComponent())
        }
        candidates.append(Bundle.main.bundleURL)
        if let resources = Bundle.main.resourceURL { candidates.append(resources) }
        // Installed layout: bin/parallax with share/parallax/<bundle>.
        candidates.append(executable.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("share/parallax"))
        for directory in candidates {
            let url = directory.appendingPathComponent(bundleName)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
                return url
            }
        }
        return nil
    }

    /// The model library's `Resources` folder.
    public static var modelResources: URL? {
        bundleDirectory(named: "Parallax_ParallaxModel.resources")?.appendingPathComponent("Resources")
    }
}
