import Foundation

/// Hands memory the analysis has freed back to the system between its stages.
///
/// The stages run on several threads, and glibc gives each thread a heap of its own: what one
/// stage frees (entity candidates, linking features and edges) stays resident in those heaps
/// unless asked for, and a long story's next stage then sits on top of it. Looked up at run time
/// (glibc's `malloc_trim` is not in the Swift module for the C library); elsewhere this does nothing.
enum FreedMemory {
    static func release() {
        trim?(0)
    }

    private typealias Trim = @convention(c) (Int) -> Int32

    private static let trim: Trim? = {
        #if os(Linux)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: Trim.self)
        #else
        return nil
        #endif
    }()
}
