// Built only by Scripts/fuzz.sh, which passes -sanitize=fuzzer and -D PARALLAX_LIBFUZZER:
// libFuzzer then supplies `main` and calls these two hooks.
#if PARALLAX_LIBFUZZER
import Foundation

/// Chosen once, from PARALLAX_FUZZ_TARGET, before the first input.
nonisolated(unsafe) private var selectedTarget = FuzzTarget.loader

@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    let name = ProcessInfo.processInfo.environment["PARALLAX_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        let known = FuzzTarget.allCases.map(\.rawValue).joined(separator: " ")
        FileHandle.standardError.write(Data("set PARALLAX_FUZZ_TARGET to one of: \(known)\n".utf8))
        exit(2)
    }
    selectedTarget = target
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let data = bytes.map { Data(bytes: $0, count: size) } ?? Data()
    selectedTarget.run(data)
    return 0
}
#endif
