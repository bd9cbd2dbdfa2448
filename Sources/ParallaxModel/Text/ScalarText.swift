/// Helpers for text held as scalars: the loaders work on `[Unicode.Scalar]` rather than
/// `String`, which keeps them linear and fast on large files.
extension Array where Element == Unicode.Scalar {
    /// Splits on LF, keeping empty lines.
    func lines() -> [ArraySlice<Unicode.Scalar>] {
        var result: [ArraySlice<Unicode.Scalar>] = []
        var start = startIndex
        for index in indices where self[index] == "\n" {
            result.append(self[start..<index])
            start = index + 1
        }
        result.append(self[start..<endIndex])
        return result
    }
}

extension ArraySlice where Element == Unicode.Scalar {
    var isBlank: Bool { allSatisfy { $0 == " " } }

    func trimmingSpaces() -> ArraySlice<Unicode.Scalar> {
        var slice = self
        while let first = slice.first, first == " " { slice.removeFirst() }
        while let last = slice.last, last == " " { slice.removeLast() }
        return slice
    }
}

extension String {
    /// A string made of exactly these scalars. Encodes UTF-8 by hand: appending scalars to a
    /// `UnicodeScalarView` one by one is an order of magnitude slower on large texts.
    init(scalarsOf scalars: ArraySlice<Unicode.Scalar>) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count + scalars.count / 4)
        for scalar in scalars {
            let value = scalar.value
            switch value {
            case 0..<0x80:
                bytes.append(UInt8(value))
            case 0x80..<0x800:
                bytes.append(UInt8(0xC0 | value >> 6))
                bytes.append(UInt8(0x80 | value & 0x3F))
            case 0x800..<0x10000:
                bytes.append(UInt8(0xE0 | value >> 12))
                bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | value & 0x3F))
            default:
                bytes.append(UInt8(0xF0 | value >> 18))
                bytes.append(UInt8(0x80 | value >> 12 & 0x3F))
                bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | value & 0x3F))
            }
        }
        self = String(decoding: bytes, as: UTF8.self)
    }
}
