#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole regular file into bytes with one open, one fstat and (usually) one read:
/// no `Data`, no `URL`, no copy between buffers.
enum FileBytes {
    struct Failure: Error, Equatable {
        var reason: String
    }

    static func contents(of path: String) -> Result<[UInt8], Failure> {
        // O_NONBLOCK: if the path was swapped for a FIFO since it was probed, open must not wait.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(Failure(reason: "cannot be read (\(FileProbe.reason(errno: errno)))")) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(Failure(reason: "cannot be read (\(FileProbe.reason(errno: errno)))")) }
        guard UInt32(info.st_mode) & 0o170000 == 0o100000 else { return .failure(Failure(reason: "not a regular file")) }
        // The size is a hint: a file that grows or shrinks while being read is read to its end.
        var capacity = max(0, Int(clamping: info.st_size)) + 1
        var bytes = [UInt8](repeating: 0, count: capacity)
        var count = 0
        while true {
            if count == capacity {
                capacity = capacity * 2
                bytes.append(contentsOf: repeatElement(0, count: capacity - bytes.count))
            }
            let got = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + count, capacity - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(Failure(reason: "cannot be read (\(FileProbe.reason(errno: errno)))"))
            }
            if got == 0 { break }
            count += got
        }
        bytes.removeLast(bytes.count - count)
        return .success(bytes)
    }
}
