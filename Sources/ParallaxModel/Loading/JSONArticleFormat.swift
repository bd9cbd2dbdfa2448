import Foundation

/// Reads articles from `.json` (one object or an array of them) and `.jsonl` (one per line).
///
/// Field names are looked up case-insensitively (see `MetadataKeys`); unknown fields are
/// ignored. Values are returned raw: the loader normalises them like any other text.
enum JSONArticleFormat {
    struct Record {
        var metadata: ArticleMetadata
        var body: String
    }

    enum Entry {
        case article(Record)
        /// `location` is "line N" or "item N"; reason is for a person.
        case problem(location: String, reason: String)
    }

    /// A whole JSON document: an object, or an array of objects.
    static func readDocument(_ text: String) -> Result<[Entry], LoadFailure> {
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            return .failure(LoadFailure("not valid JSON (\(describe(error)))"))
        }
        if let object = value as? [String: Any] {
            return .success([entry(object, location: "the object")])
        }
        if let array = value as? [Any] {
            if array.isEmpty { return .failure(LoadFailure("empty JSON array: no article")) }
            return .success(array.enumerated().map { offset, element in
                guard let object = element as? [String: Any] else {
                    return .problem(location: "item \(offset + 1)", reason: "not a JSON object")
                }
                return entry(object, location: "item \(offset + 1)")
            })
        }
        return .failure(LoadFailure("JSON is neither an article object nor an array of them"))
    }

    /// JSON Lines: each non-blank line one object; a bad line is reported, the rest still load.
    static func readLines(_ text: String) -> [Entry] {
        var entries: [Entry] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            let location = "line \(offset + 1)"
            guard let value = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8), options: [.fragmentsAllowed]) else {
                entries.append(.problem(location: location, reason: "not valid JSON"))
                continue
            }
            guard let object = value as? [String: Any] else {
                entries.append(.problem(location: location, reason: "not a JSON object"))
                continue
            }
            entries.append(entry(object, location: location))
        }
        return entries
    }

    private static func entry(_ object: [String: Any], location: String) -> Entry {
        var metadata = ArticleMetadata()
        var fields: [String: String] = [:]
        for (key, value) in object {
            guard let string = stringValue(value) else { continue }
            fields[key.lowercased()] = string
        }
        metadata.title = firstValue(MetadataKeys.title, in: fields)
        metadata.source = firstValue(MetadataKeys.source, in: fields)
        metadata.date = firstValue(MetadataKeys.date, in: fields)
        metadata.url = firstValue(MetadataKeys.url, in: fields)
        guard let body = firstValue(MetadataKeys.text, in: fields) else {
            return .problem(location: location, reason: "no text field (expected one of: \(MetadataKeys.text.joined(separator: ", ")))")
        }
        return .article(Record(metadata: metadata, body: body))
    }

    private static func firstValue(_ keys: [String], in fields: [String: String]) -> String? {
        for key in keys {
            if let value = fields[key], !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return value }
        }
        return nil
    }

    private static func stringValue(_ value: Any) -> String? {
        if let string = value as? String { return string }
        if let number = value as? NSNumber, !(value is Bool) { return number.stringValue }
        return nil
    }

    private static func describe(_ error: Error) -> String {
        let nsError = error as NSError
        if let detail = nsError.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
        return nsError.localizedDescription
    }
}

/// Why a path or part of one could not be loaded, phrased for a person.
struct LoadFailure: Error, Equatable {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}
