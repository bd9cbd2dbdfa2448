/// Splits text into sentences. (Placeholder: splits after . ! ? followed by a space.)
public struct SentenceSplitter: Sendable {
    public init() {}

    /// Sentence spans inside `range` of `scalars`, in absolute offsets, trimmed of spaces.
    public func split(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [TextSpan] {
        var spans: [TextSpan] = []
        var start = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            let scalar = scalars[index]
            if (scalar == "." || scalar == "!" || scalar == "?"), index + 1 < range.upperBound, scalars[index + 1] == " " {
                spans.append(TextSpan(start, index + 1))
                start = index + 2
            }
            index += 1
        }
        if start < range.upperBound { spans.append(TextSpan(start, range.upperBound)) }
        return spans
    }
}
