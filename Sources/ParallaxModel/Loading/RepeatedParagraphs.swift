/// Collapses scraper artifacts: paragraphs repeated verbatim, alone or as a whole block.
///
/// A run of consecutive paragraphs that all appeared earlier is removed when at least one of
/// them is a real paragraph (≥ `minWords` words): that is a duplicated block. A short repeated
/// line on its own is removed only when it reads as a label ("Advertisement", "Read more"),
/// i.e. has no final punctuation; a repeated short sentence ("No.") may be deliberate.
enum RepeatedParagraphs {
    static let minWords = 8

    struct Outcome {
        /// Indices of the paragraphs to keep, in order.
        var kept: [Int]
        var warnings: [String]
    }

    static func collapse(_ paragraphs: [[Unicode.Scalar]]) -> Outcome {
        // Keyed by a cheap hash; equal hashes are confirmed by comparing the text. Distinct
        // paragraphs sharing a hash (rare) go to `collisions`.
        var firstWithHash: [UInt64: Int] = [:]
        var collisions: [UInt64: [Int]] = [:]
        var isRepeat = [Bool](repeating: false, count: paragraphs.count)
        for (index, paragraph) in paragraphs.enumerated() {
            let key = fingerprint(paragraph)
            guard let first = firstWithHash[key] else {
                firstWithHash[key] = index
                continue
            }
            if paragraphs[first] == paragraph || collisions[key, default: []].contains(where: { paragraphs[$0] == paragraph }) {
                isRepeat[index] = true
            } else {
                collisions[key, default: []].append(index)
            }
        }
        var remove = [Bool](repeating: false, count: paragraphs.count)
        var warnings: [String] = []
        var index = 0
        while index < paragraphs.count {
            guard isRepeat[index] else { index += 1; continue }
            var end = index
            while end < paragraphs.count, isRepeat[end] { end += 1 }
            let run = index..<end
            if run.contains(where: { ParagraphRoles.wordCount(paragraphs[$0][...]) >= minWords }) {
                for member in run { remove[member] = true }
                warnings.append(run.count == 1 ? "repeated paragraph removed" : "repeated block of \(run.count) paragraphs removed")
            } else {
                for member in run where isLabel(paragraphs[member]) {
                    remove[member] = true
                    warnings.append("repeated line “\(String(scalarsOf: paragraphs[member][...]))” removed")
                }
            }
            index = end
        }
        return Outcome(kept: paragraphs.indices.filter { !remove[$0] }, warnings: warnings)
    }

    /// FNV-1a over the scalar values.
    private static func fingerprint(_ paragraph: [Unicode.Scalar]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in paragraph {
            hash = (hash ^ UInt64(scalar.value)) &* 0x100_0000_01b3
        }
        return hash
    }

    private static func isLabel(_ paragraph: [Unicode.Scalar]) -> Bool {
        guard let last = paragraph.last else { return false }
        return !ParagraphRoles.finalPunctuation.contains(last) && !ParagraphRoles.closers.contains(last)
    }
}
