/// UTF-8 bytes → scalars in one pass, replacing each invalid byte with U+FFFD.
///
/// Decoding straight to scalars skips building a `String` first and then splitting it again,
/// which dominated loading time on large files.
enum UTF8Scalars {
    /// The scalars and how many bytes were invalid.
    static func decode(_ bytes: ArraySlice<UInt8>) -> (scalars: [Unicode.Scalar], invalidBytes: Int) {
        var invalid = 0
        let scalars = bytes.withUnsafeBufferPointer { input in
            // Never more scalars than bytes.
            [Unicode.Scalar](unsafeUninitializedCapacity: input.count) { output, written in
                var count = 0
                var index = 0
                let end = input.count
                while index < end {
                    let lead = input[index]
                    if lead < 0x80 {
                        output[count] = Unicode.Scalar(lead)
                        count += 1
                        index += 1
                        continue
                    }
                    let length: Int
                    let minimum: UInt32
                    var value: UInt32
                    switch lead {
                    case 0xC2...0xDF: length = 2; minimum = 0x80; value = UInt32(lead & 0x1F)
                    case 0xE0...0xEF: length = 3; minimum = 0x800; value = UInt32(lead & 0x0F)
                    case 0xF0...0xF4: length = 4; minimum = 0x10000; value = UInt32(lead & 0x07)
                    default: length = 0; minimum = 0; value = 0
                    }
                    var valid = length > 0 && index + length <= end
                    if valid {
                        for offset in 1..<length {
                            let byte = input[index + offset]
                            guard byte & 0xC0 == 0x80 else { valid = false; break }
                            value = value << 6 | UInt32(byte & 0x3F)
                        }
                    }
                    // Overlong forms, surrogates and values past U+10FFFF are invalid too.
                    if valid, value >= minimum, let scalar = Unicode.Scalar(value) {
                        output[count] = scalar
                        index += length
                    } else {
                        output[count] = "\u{FFFD}"
                        invalid += 1
                        index += 1
                    }
                    count += 1
                }
                written = count
            }
        }
        return (scalars, invalid)
    }
}
