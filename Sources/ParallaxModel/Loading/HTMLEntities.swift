/// Decodes HTML character references: named (`&amp;`), decimal (`&#8212;`), hex (`&#x2014;`).
enum HTMLEntities {
    /// Names looked up once from the generated table.
    static let named: [String: [Unicode.Scalar]] = {
        var table: [String: [Unicode.Scalar]] = [:]
        for line in HTMLEntityTable.source.split(separator: "\n") {
            let parts = line.split(separator: " ")
            guard let name = parts.first else { continue }
            table[String(name)] = parts.dropFirst().compactMap { UInt32($0, radix: 16).flatMap(Unicode.Scalar.init) }
        }
        return table
    }()

    /// Legacy names browsers accept without the final `;` (the common ones in real pages).
    static let legacyWithoutSemicolon: Set<String> = ["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"]

    /// Numeric references 128–159 name Windows-1252 characters in real pages (HTML spec table).
    static let windows1252: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
        0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
        0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
        0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]

    /// Longest entity name in the table is 31 characters; stop looking after that.
    static let maxNameLength = 32

    static func decode(_ text: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(text.count)
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "&", let (scalars, end) = reference(at: index, in: text) {
                output.append(contentsOf: scalars)
                index = end
            } else {
                output.append(text[index])
                index += 1
            }
        }
        return output
    }

    static func decode(_ text: String) -> String {
        String(scalarsOf: decode(Array(text.unicodeScalars)[...])[...])
    }

    private static func reference(at ampersand: Int, in text: ArraySlice<Unicode.Scalar>) -> ([Unicode.Scalar], Int)? {
        var index = ampersand + 1
        guard index < text.endIndex else { return nil }
        if text[index] == "#" {
            index += 1
            var radix: UInt32 = 10
            if index < text.endIndex, text[index] == "x" || text[index] == "X" {
                radix = 16
                index += 1
            }
            let digitsStart = index
            var value: UInt32 = 0
            while index < text.endIndex, let digit = digitValue(text[index], radix: radix) {
                // Saturate instead of overflowing: anything this large is invalid anyway.
                value = value > 0x10FFFF ? value : value * radix + digit
                index += 1
            }
            guard index > digitsStart else { return nil }
            if index < text.endIndex, text[index] == ";" { index += 1 }
            return ([scalar(forCodePoint: value)], index)
        }
        let nameStart = index
        while index < text.endIndex, index - nameStart < maxNameLength, isNameCharacter(text[index]) { index += 1 }
        guard index > nameStart else { return nil }
        let name = String(scalarsOf: text[nameStart..<index])
        if index < text.endIndex, text[index] == ";", let scalars = named[name] {
            return (scalars, index + 1)
        }
        if legacyWithoutSemicolon.contains(name), let scalars = named[name] {
            return (scalars, index)
        }
        return nil
    }

    private static func scalar(forCodePoint value: UInt32) -> Unicode.Scalar {
        if let mapped = windows1252[value], let scalar = Unicode.Scalar(mapped) { return scalar }
        if value == 0 { return "\u{FFFD}" }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    private static func digitValue(_ scalar: Unicode.Scalar, radix: UInt32) -> UInt32? {
        switch scalar.value {
        case 0x30...0x39: return scalar.value - 0x30
        case 0x41...0x46 where radix == 16: return scalar.value - 0x41 + 10
        case 0x61...0x66 where radix == 16: return scalar.value - 0x61 + 10
        default: return nil
        }
    }

    private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        default: return false
        }
    }
}
