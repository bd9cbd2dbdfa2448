import Foundation

/// Independent pieces of work spread over every core.
enum Concurrent {
    /// `(0..<count).map(transform)`, run on all cores. Each result lands at its own index, so the
    /// output is exactly what the serial `map` gives, whatever order the work finishes in.
    ///
    /// For independent, similar-sized pieces of work (one article each): `transform` must not
    /// touch shared mutable state.
    /// With `enabled` false it is the serial `map`, for comparing the two.
    static func map<T: Sendable>(_ count: Int, enabled: Bool = true, _ transform: @Sendable (Int) -> T) -> [T] {
        guard enabled, count > 1, ProcessInfo.processInfo.activeProcessorCount > 1 else { return (0..<max(0, count)).map(transform) }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = ResultSlots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                // Every index is visited exactly once, so no two threads write the same slot.
                slots.base.advanced(by: index).initialize(to: transform(index))
            }
            initialized = count
        }
    }
}

/// The output buffer shared by the workers of `Concurrent.map`, each writing only its own slot.
private struct ResultSlots<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
}
