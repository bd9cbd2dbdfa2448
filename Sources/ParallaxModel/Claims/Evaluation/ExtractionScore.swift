/// Precision, recall and F1 from true positive, false positive and false negative counts.
public struct PRF: Sendable, Equatable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init() {}

    public var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
    public var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    public var summary: String {
        return "P \(format(precision))  R \(format(recall))  F1 \(format(f1))   (tp \(truePositives), fp \(falsePositives), fn \(falseNegatives))"
    }

    private func format(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        return "\(thousandths / 1000).\(String(thousandths % 1000).leftPad(3, with: "0"))"
    }
}

extension String {
    func leftPad(_ width: Int, with pad: Character = " ") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}

/// Scores the claim extractor against annotated sentences.
public struct ExtractionScore: Sendable {
    /// Quantity expressions found (span overlap with a gold quantity).
    public var detection = PRF()
    /// ... with the right value (or, for vague amounts and ranges, the right bounds).
    public var value = PRF()
    /// ... with the right value and canonical unit.
    public var valueUnit = PRF()
    /// ... with the right low and high.
    public var bounds = PRF()
    /// Every annotated expression (all kinds) given the right kind.
    public var kind = PRF()
    /// ... with the right counted noun, where the annotation names one.
    public var noun = PRF()
    /// Dates, years, times, ordinals and identifiers reported as quantities.
    public var labelsReportedAsQuantities = 0
    public var gold = 0
    public var mistakes: [String] = []

    public init() {}

    public static func evaluate(_ sentences: [AnnotatedSentence], extractor: ClaimExtractor = ClaimExtractor()) -> ExtractionScore {
        var score = ExtractionScore()
        for sentence in sentences {
            score.add(sentence, extractor: extractor)
        }
        return score
    }

    static func close(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (x?, y?): return abs(x - y) <= max(1e-9, 1e-6 * max(abs(x), abs(y)))
        default: return false
        }
    }

    mutating func add(_ sentence: AnnotatedSentence, extractor: ClaimExtractor) {
        let article = ClaimAnnotations.article(for: sentence.text)
        let predicted = extractor.extract(from: article, mentions: [])
        var used = Set<Int>()
        var searchFrom: [String: Int] = [:]
        gold += sentence.claims.count
        for expected in sentence.claims {
            // Locate the annotated text (next occurrence for repeated text).
            let scalars = Array(sentence.text.unicodeScalars), needle = Array(expected.text.unicodeScalars)
            var start = -1
            var probe = searchFrom[expected.text, default: 0]
            while probe + needle.count <= scalars.count {
                if Array(scalars[probe..<(probe + needle.count)]) == needle { start = probe; break }
                probe += 1
            }
            searchFrom[expected.text] = start + 1
            let span = TextSpan(start, start + needle.count)
            let match = predicted.indices.first { !used.contains($0) && predicted[$0].span.overlaps(span) }
            if let match { used.insert(match) }
            let found = match.map { predicted[$0] }

            if found?.kind == expected.kind { kind.truePositives += 1 } else {
                kind.falseNegatives += 1
                if expected.kind != .quantity {
                    mistakes.append("\(sentence.origin): '\(expected.text)' annotated \(expected.kind.rawValue), found \(found.map { "\($0.kind.rawValue) '\($0.text)'" } ?? "nothing")")
                }
            }
            if expected.kind != .quantity {
                if let found, found.kind == .quantity {
                    labelsReportedAsQuantities += 1
                    detection.falsePositives += 1
                    value.falsePositives += 1; valueUnit.falsePositives += 1; bounds.falsePositives += 1
                    mistakes.append("\(sentence.origin): '\(found.text)' reported as a quantity, annotated \(expected.kind.rawValue)")
                }
                continue
            }
            guard let found, found.kind == .quantity else {
                detection.falseNegatives += 1
                value.falseNegatives += 1; valueUnit.falseNegatives += 1; bounds.falseNegatives += 1
                if expected.noun != nil { noun.falseNegatives += 1 }
                mistakes.append("\(sentence.origin): missed '\(expected.text)'" + (found.map { " (found \($0.kind.rawValue) '\($0.text)')" } ?? ""))
                continue
            }
            detection.truePositives += 1
            let valueRight = expected.value != nil ? Self.close(found.value, expected.value)
                : found.value == nil && Self.close(found.low, expected.low) && Self.close(found.high, expected.high)
            let boundsRight = Self.close(found.low, expected.low) && Self.close(found.high, expected.high)
            tally(&value, valueRight)
            tally(&valueUnit, valueRight && found.unit == expected.unit)
            tally(&bounds, boundsRight)
            if let expectedNoun = expected.noun {
                tally(&noun, found.noun?.lowercased() == expectedNoun.lowercased())
            }
            if !(valueRight && boundsRight && found.unit == expected.unit) || (expected.noun != nil && found.noun?.lowercased() != expected.noun?.lowercased()) {
                mistakes.append("\(sentence.origin): '\(expected.text)' expected \(describe(expected.value, expected.low, expected.high, expected.unit, expected.noun)), got \(describe(found.value, found.low, found.high, found.unit, found.noun))")
            }
        }
        for (index, claim) in predicted.enumerated() where !used.contains(index) {
            kind.falsePositives += 1
            guard claim.kind == .quantity else {
                mistakes.append("\(sentence.origin): unannotated \(claim.kind.rawValue) '\(claim.text)'")
                continue
            }
            detection.falsePositives += 1
            value.falsePositives += 1; valueUnit.falsePositives += 1; bounds.falsePositives += 1
            mistakes.append("\(sentence.origin): spurious quantity '\(claim.text)'")
        }
    }

    private func tally(_ prf: inout PRF, _ right: Bool) {
        if right { prf.truePositives += 1 } else { prf.falsePositives += 1; prf.falseNegatives += 1 }
    }

    private func describe(_ value: Double?, _ low: Double?, _ high: Double?, _ unit: String?, _ noun: String?) -> String {
        func show(_ number: Double?) -> String { number.map { $0 >= HedgeTable.unbounded ? "inf" : "\($0)" } ?? "-" }
        return "\(show(value)) [\(show(low)), \(show(high))] \(unit ?? "-") \(noun ?? "-")"
    }
}
