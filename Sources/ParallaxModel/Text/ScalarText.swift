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
    /// A string made of exactly these scalars. The UTF-8 bytes are written straight into the
    /// string's storage (no buffer array, and no allocation at all up to 15 bytes): appending
    /// scalars to a `UnicodeScalarView` one by one is an order of magnitude slower. Every
    /// scalars-to-string path of the model goes through here.
    init(scalarsOf scalars: ArraySlice<Unicode.Scalar>) {
        var count = 0
        for scalar in scalars { count += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: count) { buffer in
            var index = 0
            for scalar in scalars {
                if scalar.value < 0x80 {
                    buffer[index] = UInt8(truncatingIfNeeded: scalar.value)
                    index += 1
                } else {
                    UTF8.encode(scalar) { byte in
                        buffer[index] = byte
                        index += 1
                    }
                }
            }
            return index
        }
    }
}
