import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What a path is, found without opening it: opening a FIFO would block forever.
enum FileProbe {
    /// A file's identity; two paths naming the same file (links, `./a` vs `a`) share it.
    struct Identity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    enum Kind: Equatable {
        case regular(Identity, size: Int64)
        case directory(Identity)
        case unusable(String)
    }

    static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .unusable(reason(errno: errno)) }
        let identity = Identity(device: UInt64(truncatingIfNeeded: info.st_dev), inode: UInt64(truncatingIfNeeded: info.st_ino))
        // POSIX file-type bits (the same values on Linux and macOS).
        switch UInt32(info.st_mode) & 0o170000 {
        case 0o100000:
            return .regular(identity, size: Int64(info.st_size))
        case 0o040000:
            return .directory(identity)
        case 0o010000:
            return .unusable("is a FIFO — not a regular file")
        case 0o020000, 0o060000:
            return .unusable("is a device — not a regular file")
        case 0o140000:
            return .unusable("is a socket — not a regular file")
        default:
            return .unusable("not a regular file")
        }
    }

    /// Whether the current user may read the path (checked before reading for a clear reason).
    static func readProblem(_ path: String) -> String? {
        access(path, R_OK) == 0 ? nil : reason(errno: errno)
    }

    static func reason(errno code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file or directory"
        case EACCES, EPERM: return "permission denied"
        case ENOTDIR: return "a part of the path is not a directory"
        case ELOOP: return "too many levels of symbolic links (a link loop?)"
        case ENAMETOOLONG: return "path too long"
        case EISDIR: return "is a directory"
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}
