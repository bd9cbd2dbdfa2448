/// Strings cut from an article's scalars, built as UTF-8 in one pass.
///
/// `Article.string` appends scalar by scalar through a generic view, which cost a fifth of
/// extraction time; claims cut thousands of short strings (claim text, nouns, speakers).
enum SpanText {
    /// The text of `span`, clamped to the scalars like `Article.string`.
    static func string(_ scalars: [Unicode.Scalar], _ span: TextSpan) -> String {
        let lower = max(0, min(span.start, scalars.count))
        let upper = max(lower, min(span.end, scalars.count))
        return string(scalars, lower..<upper)
    }

    /// The text of `span` without the leading and trailing scalars that `isTrimmed` accepts.
    static func string(_ scalars: [Unicode.Scalar], _ span: TextSpan, trimming isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        var lower = max(0, min(span.start, scalars.count))
        var upper = max(lower, min(span.end, scalars.count))
        while lower < upper, isTrimmed(scalars[lower]) { lower += 1 }
        while upper > lower, isTrimmed(scalars[upper - 1]) { upper -= 1 }
        return string(scalars, lower..<upper)
    }

    /// `range` must lie inside `scalars`.
    static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        NameFolding.string(scalars[range])
    }

    /// What `CharacterSet.whitespaces` holds: space separators (Zs) and the tab.
    static func isHorizontalSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
    }
}

extension String {
    /// The same answer as `hasSuffix` for a suffix of ASCII letters and punctuation such as "’"
    /// (characters no other scalar sequence is equivalent to), but bytes are compared first: when the last bytes differ
    /// the last characters differ too, and for all-ASCII text equal bytes mean equal characters.
    /// Only a non-ASCII word whose bytes match goes through `hasSuffix`'s character comparison.
    func endsWith(_ suffix: String) -> Bool {
        let bytesMatch = withUTF8Bytes { bytes in
            suffix.withUTF8Bytes { tail in
                guard bytes.count >= tail.count else { return false }
                let offset = bytes.count - tail.count
                for index in 0..<tail.count where bytes[offset + index] != tail[index] { return false }
                return true
            }
        }
        guard bytesMatch else { return false }
        return withUTF8Bytes { bytes in bytes.allSatisfy { $0 < 0x80 } } ? true : hasSuffix(suffix)
    }

    /// The UTF-8 bytes in place: walking `utf8` index by index cost more than the tests themselves.
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }
}
