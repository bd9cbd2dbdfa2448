/// Reads metadata at the top of a text or Markdown file.
///
/// Two forms: a `---` block of `key: value` lines closed by `---` (or `...`), or, for plain
/// text, leading `Key: value` lines whose keys are all recognised (so that a first sentence
/// like "Update: the talks failed" is never eaten as metadata).
enum FrontMatter {
    /// Longest front-matter block we look for; real ones are a handful of lines.
    static let maxLines = 60

    /// The metadata and the index of the first line after it.
    static func read(_ lines: [ArraySlice<Unicode.Scalar>], allowKeyLines: Bool) -> (ArticleMetadata, bodyStart: Int) {
        var metadata = ArticleMetadata()
        guard let first = lines.firstIndex(where: { !$0.isBlank }) else { return (metadata, 0) }
        if String(scalarsOf: lines[first].trimmingSpaces()) == "---" {
            let limit = min(lines.count, first + maxLines)
            for index in (first + 1)..<max(first + 1, limit) {
                let line = String(scalarsOf: lines[index].trimmingSpaces())
                if line == "---" || line == "..." {
                    for entry in lines[(first + 1)..<index] {
                        if let (key, value) = keyValue(entry) {
                            _ = MetadataKeys.assign(key: key, value: unquoted(value), to: &metadata)
                        }
                    }
                    return (metadata, index + 1)
                }
            }
            return (ArticleMetadata(), 0)
        }
        guard allowKeyLines else { return (metadata, 0) }
        var index = first
        while index < lines.count, index - first < maxLines, let (key, value) = keyValue(lines[index]),
              MetadataKeys.assign(key: key, value: unquoted(value), to: &metadata) {
            index += 1
        }
        if index == first { return (ArticleMetadata(), 0) }
        return (metadata, index)
    }

    /// `key: value` with a key of letters, digits, `_` or `-` and no spaces.
    private static func keyValue(_ line: ArraySlice<Unicode.Scalar>) -> (String, String)? {
        let trimmed = line.trimmingSpaces()
        guard let colon = trimmed.firstIndex(of: ":"), colon > trimmed.startIndex, colon - trimmed.startIndex <= 32 else { return nil }
        let key = trimmed[trimmed.startIndex..<colon]
        guard key.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }) else { return nil }
        let value = trimmed[(colon + 1)...].trimmingSpaces()
        return (String(scalarsOf: key), String(scalarsOf: value))
    }

    private static func unquoted(_ value: String) -> String {
        let scalars = Array(value.unicodeScalars)
        if scalars.count >= 2, let first = scalars.first, first == scalars.last, first == "\"" || first == "'" {
            return String(scalarsOf: scalars[1..<(scalars.count - 1)])
        }
        return value
    }
}
