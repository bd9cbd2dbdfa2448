import Foundation

/// Bytes → text: BOMs, UTF-16, lossy UTF-8, and telling text from binary.
enum TextDecoding {
    struct Decoded {
        var scalars: [Unicode.Scalar]
        var warnings: [String]

        var text: String { String(scalarsOf: scalars[...]) }
    }

    enum Failure: Error, Equatable {
        case empty
        case binary(String)

        var reason: String {
            switch self {
            case .empty: return "empty file"
            case .binary(let why): return "binary file (\(why))"
            }
        }
    }

    /// Charset labels that mean Windows-1252 (the WHATWG Encoding Standard maps ISO-8859-1 to it).
    static let windows1252Labels: Set<String> = [
        "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "latin1", "l1", "iso_8859-1",
        "us-ascii", "ascii", "iso-ir-100", "ibm819", "cp819",
    ]

    /// `htmlCharset`: honour a `<meta charset>` naming Windows-1252 / Latin-1 when the bytes
    /// are not valid UTF-8 (pages sometimes declare Latin-1 but are UTF-8).
    static func decode(_ bytes: [UInt8], htmlCharset: Bool) -> Result<Decoded, Failure> {
        guard htmlCharset, !bytes.isEmpty else { return decode(bytes) }
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        guard let marker = head.range(of: "charset=") else { return decode(bytes) }
        let label = head[marker.upperBound...]
            .drop { $0 == "\"" || $0 == "'" || $0 == " " }
            .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        guard windows1252Labels.contains(String(label)), !bytes.contains(0), String(validating: bytes, as: UTF8.self) == nil else { return decode(bytes) }
        let scalars = bytes.map { byte -> Unicode.Scalar in
            if let mapped = HTMLEntities.windows1252[UInt32(byte)], let scalar = Unicode.Scalar(mapped) { return scalar }
            return Unicode.Scalar(byte)
        }
        return .success(Decoded(scalars: scalars, warnings: []))
    }

    static func decode(_ bytes: [UInt8]) -> Result<Decoded, Failure> {
        if bytes.isEmpty { return .failure(.empty) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return decodeUTF8(bytes[3...])
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return .success(decodeUTF16(bytes[2...], littleEndian: true))
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return .success(decodeUTF16(bytes[2...], littleEndian: false))
        }
        if let littleEndian = unmarkedUTF16ByteOrder(bytes) {
            var decoded = decodeUTF16(bytes[...], littleEndian: littleEndian)
            decoded.warnings.insert("no byte-order mark: read as UTF-16\(littleEndian ? "LE" : "BE")", at: 0)
            return .success(decoded)
        }
        return decodeUTF8(bytes[...])
    }

    private static func decodeUTF8(_ bytes: ArraySlice<UInt8>) -> Result<Decoded, Failure> {
        if bytes.contains(0) { return .failure(.binary("contains NUL bytes")) }
        let (scalars, invalidBytes) = UTF8Scalars.decode(bytes)
        // Mostly undecodable bytes is not a text file in some other encoding worth showing.
        if invalidBytes * 3 > bytes.count && bytes.count >= 16 {
            return .failure(.binary("\(invalidBytes) of \(bytes.count) bytes are not UTF-8"))
        }
        var warnings: [String] = []
        if invalidBytes > 0 { warnings.append("invalid UTF-8 replaced (\(invalidBytes) byte\(invalidBytes == 1 ? "" : "s"))") }
        return .success(Decoded(scalars: scalars, warnings: warnings))
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> Decoded {
        var warnings: [String] = []
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        if bytes.count % 2 == 1 { warnings.append("odd trailing byte of UTF-16 dropped") }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(units.count)
        var invalidUnits = 0
        var iterator = units.makeIterator()
        var parser = Unicode.UTF16.ForwardParser()
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                scalars.append(Unicode.UTF16.decode(encoded))
            case .error(let length):
                invalidUnits += length
                scalars.append("\u{FFFD}")
            case .emptyInput:
                break loop
            }
        }
        if invalidUnits > 0 { warnings.append("invalid UTF-16 replaced (\(invalidUnits) code unit\(invalidUnits == 1 ? "" : "s"))") }
        return Decoded(scalars: scalars, warnings: warnings)
    }

    /// UTF-16 without a BOM shows up as NULs in every other byte for Latin-script text.
    /// Returns the byte order when that pattern is unmistakable, else nil.
    private static func unmarkedUTF16ByteOrder(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 8, sample.count % 2 == 0 || bytes.count > sample.count else { return nil }
        var evenZeros = 0, oddZeros = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let pairs = sample.count / 2
        if oddZeros * 10 >= pairs * 9 && evenZeros == 0 { return true }
        if evenZeros * 10 >= pairs * 9 && oddZeros == 0 { return false }
        return nil
    }
}
