import Foundation

/// One hand-annotated number expression in a fixture sentence.
public struct AnnotatedClaim: Sendable, Equatable {
    public var text: String
    public var kind: ClaimKind
    public var value: Double?
    public var low: Double?
    public var high: Double?
    public var unit: String?
    public var noun: String?
}

/// A fixture sentence and every number expression in it.
public struct AnnotatedSentence: Sendable {
    public var text: String
    public var claims: [AnnotatedClaim]
    /// "file:line" for error messages.
    public var origin: String
}

/// Reads the claim-extraction fixture format:
///
///     > Officials said nearly 50,000 Russian troops had gathered near the border on 12 August.
///     = nearly 50,000 Russian troops | quantity | 50000 | 45000 | 50000 | count | troops
///     = 12 August | date
///
/// Fields after the kind (quantities only): value, low, high, unit, noun; `-` means null and
/// `inf` means the contract's unbounded 1e18. Lines starting with `#` are comments.
public enum ClaimAnnotations {
    public enum ParseError: Error, CustomStringConvertible {
        case malformed(String)
        public var description: String {
            switch self { case .malformed(let message): return message }
        }
    }

    public static func parse(_ contents: String, name: String) throws -> [AnnotatedSentence] {
        var sentences: [AnnotatedSentence] = []
        for (lineNumber, rawLine) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            let origin = "\(name):\(lineNumber + 1)"
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix(">") {
                sentences.append(AnnotatedSentence(text: String(line.dropFirst()).trimmingCharacters(in: .whitespaces), claims: [], origin: origin))
                continue
            }
            guard line.hasPrefix("="), !sentences.isEmpty else { throw ParseError.malformed("\(origin): expected '>' or '=' line") }
            let fields = line.dropFirst().split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= 2, let kind = ClaimKind(rawValue: fields[1]) else { throw ParseError.malformed("\(origin): bad kind") }
            var claim = AnnotatedClaim(text: fields[0], kind: kind)
            if kind == .quantity {
                guard fields.count >= 6 else { throw ParseError.malformed("\(origin): quantity needs value | low | high | unit") }
                claim.value = try number(fields[2], origin)
                claim.low = try number(fields[3], origin)
                claim.high = try number(fields[4], origin)
                claim.unit = fields[5] == "-" ? nil : fields[5]
                claim.noun = fields.count > 6 && fields[6] != "-" ? fields[6] : nil
            }
            guard sentences[sentences.count - 1].text.contains(claim.text) else {
                throw ParseError.malformed("\(origin): '\(claim.text)' is not in the sentence")
            }
            sentences[sentences.count - 1].claims.append(claim)
        }
        return sentences
    }

    static func number(_ field: String, _ origin: String) throws -> Double? {
        if field == "-" { return nil }
        if field == "inf" { return HedgeTable.unbounded }
        guard let value = Double(field) else { throw ParseError.malformed("\(origin): bad number '\(field)'") }
        return value
    }

    /// An article holding one fixture sentence as its only paragraph.
    public static func article(for text: String, id: String = "a1") -> Article {
        let length = text.unicodeScalars.count
        var article = Article(id: id, path: "fixture", source: "fixture", text: text, paragraphs: [Paragraph(span: TextSpan(0, length), kind: .body)])
        article.sentences = SentenceSplitter().split(article.scalars, in: 0..<length)
        return article
    }
}

extension AnnotatedClaim {
    public init(text: String, kind: ClaimKind) {
        self.init(text: text, kind: kind, value: nil, low: nil, high: nil, unit: nil, noun: nil)
    }
}
