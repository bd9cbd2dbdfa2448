/// Finds where a terminal escape sequence ends, so the normalizer can drop it whole.
///
/// Dropping only the ESC byte would leave "[31m" or an OSC title in the text; dropping the
/// whole sequence leaves neither garbage nor anything a terminal would act on. A sequence that
/// never terminates ends at the end of its line (the line break is kept).
enum EscapeSequence {
    /// Index just past the sequence introduced by ESC at `escape`.
    static func end(afterEscapeAt escape: Int, in scalars: [Unicode.Scalar]) -> Int {
        let next = escape + 1
        guard next < scalars.count else { return next }
        switch scalars[next] {
        case "[":
            return controlSequenceEnd(from: next + 1, in: scalars)
        case "]", "P", "X", "^", "_":
            return stringEnd(from: next + 1, in: scalars)
        case "\n":
            return next
        default:
            // nF / Fp / Fe / Fs forms: intermediates 0x20–0x2F then one final byte.
            var index = next
            while index < scalars.count, (0x20...0x2F).contains(scalars[index].value) { index += 1 }
            if index < scalars.count, (0x30...0x7E).contains(scalars[index].value) { index += 1 }
            return index
        }
    }

    /// Index just past the sequence introduced by an 8-bit C1 introducer at `introducer`.
    static func end(afterC1At introducer: Int, in scalars: [Unicode.Scalar]) -> Int {
        if scalars[introducer].value == 0x9B {
            return controlSequenceEnd(from: introducer + 1, in: scalars)
        }
        return stringEnd(from: introducer + 1, in: scalars)
    }

    /// CSI: parameter and intermediate bytes (0x20–0x3F), then a final byte (0x40–0x7E).
    /// Anything else ends the sequence without being consumed.
    private static func controlSequenceEnd(from start: Int, in scalars: [Unicode.Scalar]) -> Int {
        var index = start
        while index < scalars.count, (0x20...0x3F).contains(scalars[index].value) { index += 1 }
        if index < scalars.count, (0x40...0x7E).contains(scalars[index].value) { index += 1 }
        return index
    }

    /// OSC, DCS, SOS, PM, APC: a string ended by BEL, ESC \ or the 8-bit ST, or by the line end.
    private static func stringEnd(from start: Int, in scalars: [Unicode.Scalar]) -> Int {
        var index = start
        while index < scalars.count {
            switch scalars[index].value {
            case 0x07, 0x9C:
                return index + 1
            case 0x1B:
                if index + 1 < scalars.count, scalars[index + 1] == "\\" { return index + 2 }
                return index
            case 0x0A, 0x0D:
                return index
            default:
                index += 1
            }
        }
        return index
    }
}
