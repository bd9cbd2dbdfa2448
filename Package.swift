// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Parallax",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "parallax", targets: ["parallax"]),
        .library(name: "ParallaxModel", targets: ["ParallaxModel"]),
        .library(name: "ParallaxTerminal", targets: ["ParallaxTerminal"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Pure Swift + Foundation: loading, text, entities, claims, linking, the story model.
        .target(
            name: "ParallaxModel",
            resources: [.copy("Resources")]
        ),
        // System library: ncursesw plus a tiny C shim for what Swift cannot import.
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // Pure render/update of the reader; only Backend/ touches curses.
        .target(
            name: "ParallaxTerminal",
            dependencies: ["ParallaxModel", "CNcursesw"],
            resources: [.copy("Themes")]
        ),
        // CLI wiring only.
        .executableTarget(
            name: "parallax",
            dependencies: [
                "ParallaxModel",
                "ParallaxTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Evaluation commands: precision / recall / F1 on the annotated fixtures in Tests/.
        .executableTarget(
            name: "parallax-eval",
            dependencies: [
                "ParallaxModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks: throughput, memory and frame timings (run with -c release).
        .executableTarget(
            name: "parallax-bench",
            dependencies: [
                "ParallaxModel",
                "ParallaxTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ParallaxModelTests",
            dependencies: ["ParallaxModel"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ParallaxTerminalTests",
            dependencies: ["ParallaxTerminal", "ParallaxModel"]
        ),
        // Fuzz targets: replays inputs in a plain build; Scripts/fuzz.sh builds it with libFuzzer.
        .executableTarget(
            name: "ParallaxFuzz",
            dependencies: ["ParallaxModel", "ParallaxTerminal"]
        ),
    ]
)
