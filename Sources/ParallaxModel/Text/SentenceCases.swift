/// A hand-written splitting example: one paragraph and the sentences it should give.
public struct SentenceCase: Sendable, Hashable {
    /// 1-based line of the paragraph in its file, for error messages and failure lists.
    public var line: Int
    public var paragraph: String
    public var expected: [String]

    public init(line: Int, paragraph: String, expected: [String]) {
        self.line = line
        self.paragraph = paragraph
        self.expected = expected
    }
}

public struct SentenceCaseError: Error, CustomStringConvertible, Sendable {
    public var line: Int
    public var message: String
    public var description: String { "line \(line): \(message)" }
}

/// Reads the sentence-case format used by the fixtures:
///
///     # a comment
///     > The paragraph, on one line. Its second sentence.
///     The paragraph, on one line.
///     Its second sentence.
///
/// A line starting with "> " is a paragraph; the lines after it, up to a blank line, are its
/// expected sentences in order. Lines starting with "#" are comments. The expected sentences
/// must be the paragraph's own text, in order, with only spaces between them.
public enum SentenceCaseFile {
    public static func parse(_ text: String) throws -> [SentenceCase] {
        var cases: [SentenceCase] = []
        var current: SentenceCase?
        func finish() throws {
            guard let done = current else { return }
            current = nil
            guard !done.expected.isEmpty else {
                throw SentenceCaseError(line: done.line, message: "a paragraph with no expected sentences")
            }
            guard boundaries(of: done.expected, in: done.paragraph) != nil else {
                throw SentenceCaseError(line: done.line, message: "the expected sentences are not the paragraph's text in order")
            }
            cases.append(done)
        }
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine)
            if line.hasPrefix("#") { continue }
            if line.allSatisfy(\.isWhitespace) {
                try finish()
            } else if line.hasPrefix("> ") {
                try finish()
                current = SentenceCase(line: number + 1, paragraph: String(line.dropFirst(2)), expected: [])
            } else if current != nil {
                current?.expected.append(line)
            } else {
                throw SentenceCaseError(line: number + 1, message: "a sentence line outside a case (start a case with \"> \")")
            }
        }
        try finish()
        return cases
    }

    /// Scalar offsets in `paragraph` where one sentence ends and the next begins (the end of
    /// each sentence but the last), or nil when the sentences do not tile the paragraph.
    public static func boundaries(of sentences: [String], in paragraph: String) -> [Int]? {
        let text = Array(paragraph.unicodeScalars)
        var offset = 0
        var result: [Int] = []
        for (index, sentence) in sentences.enumerated() {
            while offset < text.count, SentencePunctuation.isSpace(text[offset]) { offset += 1 }
            let piece = Array(sentence.unicodeScalars)
            guard !piece.isEmpty, offset + piece.count <= text.count,
                  Array(text[offset..<offset + piece.count]) == piece else { return nil }
            offset += piece.count
            if index < sentences.count - 1 { result.append(offset) }
        }
        while offset < text.count, SentencePunctuation.isSpace(text[offset]) { offset += 1 }
        return offset == text.count ? result : nil
    }
}

/// How well a splitter does on a set of cases: exact cases and boundary precision / recall.
public struct SentenceSplitScore: Sendable {
    public struct Failure: Sendable {
        public var testCase: SentenceCase
        public var got: [String]
    }

    public var total = 0
    public var correct = 0
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0
    public var failures: [Failure] = []

    public var accuracy: Double { total == 0 ? 0 : Double(correct) / Double(total) }
    public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 1 : Double(part) / Double(whole) }

    public init(cases: [SentenceCase], splitter: SentenceSplitter = SentenceSplitter()) {
        for testCase in cases {
            let got = splitter.split(testCase.paragraph)
            total += 1
            if got == testCase.expected {
                correct += 1
            } else {
                failures.append(Failure(testCase: testCase, got: got))
            }
            let expected = Set(SentenceCaseFile.boundaries(of: testCase.expected, in: testCase.paragraph) ?? [])
            let found = Set(SentenceCaseFile.boundaries(of: got, in: testCase.paragraph) ?? [])
            truePositives += expected.intersection(found).count
            falsePositives += found.subtracting(expected).count
            falseNegatives += expected.subtracting(found).count
        }
    }
}
