import Foundation

/// Canonical composition (NFC) that is fast on text that is already composed.
///
/// Foundation's NFC runs at a few MB/s; almost all news text is already NFC. A scalar that
/// has combining class 0, is NFC-stable and never composes with what precedes it is a safe
/// boundary, so only the short stretches around other scalars are handed to Foundation.
enum NFC {
    static func normalize(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard let firstUnsafe = scalars.firstIndex(where: isUnsafe) else { return scalars }
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(scalars.count)
        output.append(contentsOf: scalars[..<firstUnsafe])
        var index = firstUnsafe
        while index < scalars.count {
            guard isUnsafe(scalars[index]) else {
                output.append(scalars[index])
                index += 1
                continue
            }
            // The safe scalar just before may compose with what follows: redo it too.
            var start = index
            if index > 0, !isUnsafe(scalars[index - 1]), !output.isEmpty {
                output.removeLast()
                start = index - 1
            }
            var end = index
            while end < scalars.count, isUnsafe(scalars[end]) { end += 1 }
            let segment = String(scalarsOf: scalars[start..<end])
            output.append(contentsOf: segment.precomposedStringWithCanonicalMapping.unicodeScalars)
            index = end
        }
        return output
    }

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x300 { return false }
        let ranges = NFCUnsafeScalars.ranges
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound < value { low = middle + 1 } else { high = middle }
        }
        return low < ranges.count && ranges[low].contains(value)
    }
}
