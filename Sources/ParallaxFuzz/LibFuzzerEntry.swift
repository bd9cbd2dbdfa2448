// Built only by Scripts/fuzz.sh, which passes -sanitize=fuzzer and -D PARALLAX_LIBFUZZER.
// SwiftPM links every executable with `main` pointing at the module's own entry point, so
// instead of libFuzzer's `main` we start its driver ourselves from `FuzzMain`.
#if PARALLAX_LIBFUZZER
import Foundation

/// libFuzzer's driver: parses its flags from argv, then calls `testOneInput` per input.
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// Chosen once, from PARALLAX_FUZZ_TARGET, before the first input.
nonisolated(unsafe) private var selectedTarget = FuzzTarget.loader

enum LibFuzzerEntry {
    static func run() -> Never {
        let name = ProcessInfo.processInfo.environment["PARALLAX_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let known = FuzzTarget.allCases.map(\.rawValue).joined(separator: " ")
            FileHandle.standardError.write(Data("set PARALLAX_FUZZ_TARGET to one of: \(known)\n".utf8))
            exit(2)
        }
        selectedTarget = target
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let status = runFuzzerDriver(&argc, &argv) { bytes, size in
            let data = bytes.map { Data(bytes: $0, count: size) } ?? Data()
            selectedTarget.run(data)
            return 0
        }
        exit(status)
    }
}
#endif
