/// TOML integers and floats: `42`, `-17`, `1_000`, `0xFF`, `0o755`, `0b1010`, `3.14`,
/// `6.02e23`, `inf`, `nan`. Underscores must sit between two digits; leading zeros are not
/// allowed; values that do not fit an `Int` or a finite `Double` are errors, not wrap-arounds.
enum TOMLNumber {
    struct Problem: Error {
        var message: String
    }

    static func parse(_ token: String) -> Result<TOMLValue, Problem> {
        let invalid = Problem(message: token.isEmpty ? "expected a value" : "invalid number '\(token)'")
        switch token {
        case "inf", "+inf": return .success(.float(.infinity))
        case "-inf": return .success(.float(-.infinity))
        case "nan", "+nan", "-nan": return .success(.float(.nan))
        default: break
        }
        let scalars = Array(token.unicodeScalars)
        if scalars.count > 2, scalars[0] == "0", let radix = radix(of: scalars[1]) {
            return parseRadix(Array(scalars[2...]), radix: radix, token: token)
        }
        var body = scalars[...]
        var negative = false
        if let sign = body.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            body = body.dropFirst()
        }
        // Split into integer part, fraction and exponent, checking each piece's digits.
        var integer: [Unicode.Scalar] = [], fraction: [Unicode.Scalar]?, exponent: [Unicode.Scalar]?
        var part = 0
        for scalar in body {
            if scalar == ".", part == 0 {
                part = 1
                fraction = []
            } else if scalar == "e" || scalar == "E", part < 2 {
                part = 2
                exponent = []
            } else if part == 0 {
                integer.append(scalar)
            } else if part == 1 {
                fraction?.append(scalar)
            } else {
                exponent?.append(scalar)
            }
        }
        guard let integerDigits = decimalDigits(integer, signAllowed: false),
              !(integerDigits.count > 1 && integerDigits.hasPrefix("0")) else { return .failure(invalid) }
        var cleaned = (negative ? "-" : "") + integerDigits
        if let fraction {
            guard let digits = decimalDigits(fraction, signAllowed: false) else { return .failure(invalid) }
            cleaned += "." + digits
        }
        if let exponent {
            guard let digits = decimalDigits(exponent, signAllowed: true) else { return .failure(invalid) }
            cleaned += "e" + digits
        }
        if fraction == nil && exponent == nil {
            guard let value = Int(cleaned) else { return .failure(Problem(message: "integer '\(token)' is too large")) }
            return .success(.integer(value))
        }
        guard let value = Double(cleaned) else { return .failure(invalid) }
        guard value.isFinite else { return .failure(Problem(message: "float '\(token)' is too large")) }
        return .success(.float(value))
    }

    static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": return scalar.value - 0x30
        case "a"..."f": return scalar.value - 0x61 + 10
        case "A"..."F": return scalar.value - 0x41 + 10
        default: return nil
        }
    }

    private static func radix(of scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "x": return 16
        case "o": return 8
        case "b": return 2
        default: return nil
        }
    }

    private static func parseRadix(_ digits: [Unicode.Scalar], radix: Int, token: String) -> Result<TOMLValue, Problem> {
        var value = 0
        var previousWasDigit = false
        for (offset, scalar) in digits.enumerated() {
            if scalar == "_" {
                guard previousWasDigit, offset + 1 < digits.count else { return .failure(Problem(message: "invalid number '\(token)'")) }
                previousWasDigit = false
                continue
            }
            guard let digit = hexValue(scalar), Int(digit) < radix else { return .failure(Problem(message: "invalid number '\(token)'")) }
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: radix)
            let (sum, overflow2) = shifted.addingReportingOverflow(Int(digit))
            guard !overflow1, !overflow2 else { return .failure(Problem(message: "integer '\(token)' is too large")) }
            value = sum
            previousWasDigit = true
        }
        guard previousWasDigit else { return .failure(Problem(message: "invalid number '\(token)'")) }
        return .success(.integer(value))
    }

    /// The digits of one part with underscores removed, or nil if the part is malformed.
    private static func decimalDigits(_ part: [Unicode.Scalar], signAllowed: Bool) -> String? {
        var scalars = part[...]
        var result = ""
        if signAllowed, let sign = scalars.first, sign == "+" || sign == "-" {
            result.append(Character(sign))
            scalars = scalars.dropFirst()
        }
        var previousWasDigit = false
        var sawDigit = false
        for (offset, scalar) in zip(scalars.indices, scalars) {
            if scalar == "_" {
                guard previousWasDigit, offset + 1 < scalars.endIndex else { return nil }
                previousWasDigit = false
            } else if scalar.value >= 0x30 && scalar.value <= 0x39 {
                result.unicodeScalars.append(scalar)
                previousWasDigit = true
                sawDigit = true
            } else {
                return nil
            }
        }
        return sawDigit && previousWasDigit ? result : nil
    }
}
