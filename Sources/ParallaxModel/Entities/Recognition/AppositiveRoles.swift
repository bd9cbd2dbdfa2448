/// Roles set off from a name by a comma: "Ukraine's top commander, Oleksandr Syrskyi" and
/// "Dmitry Peskov, the Kremlin spokesman". The role is the phrase up to a title's last word
/// ("commander", "spokesman"), without its owner ("Ukraine's", "the").
extension MentionRecognizer {
    /// Words longest role phrase may have ("top military commander").
    static let longestAppositive = 4

    /// Words that open a role phrase without being part of it.
    static let roleOwners: Set<String> = ["the", "a", "an", "its", "his", "her", "their", "our"]

    func appositiveRole(around range: Range<Int>, in sentence: SentenceTokens) -> String? {
        appositiveRoleBefore(range.lowerBound, in: sentence) ?? appositiveRoleAfter(range.upperBound, in: sentence)
    }

    private func isComma(_ index: Int, _ sentence: SentenceTokens) -> Bool {
        index >= 0 && index < sentence.tokens.count && sentence.tokens[index].kind == .punctuation
            && sentence.scalars[sentence.tokens[index].start] == ","
    }

    private func isOwner(_ index: Int, _ sentence: SentenceTokens) -> Bool {
        sentence.tokens[index].kind == .word && (sentence.tokens[index].hasPossessive || Self.roleOwners.contains(sentence.key(index)))
    }

    /// "<owner> <words> <title word>, <name>"
    private func appositiveRoleBefore(_ start: Int, in sentence: SentenceTokens) -> String? {
        let comma = start - 1
        guard comma >= 2, isComma(comma, sentence), sentence.tokens[comma - 1].kind == .word,
              !sentence.tokens[comma - 1].hasPossessive,
              gazetteer.titleLastWords.contains(sentence.key(comma - 1)) else { return nil }
        var from = comma - 1
        while from > 0, comma - from < Self.longestAppositive {
            let previous = from - 1
            guard sentence.tokens[previous].kind == .word, !isOwner(previous, sentence) else { break }
            from = previous
        }
        guard from > 0, isOwner(from - 1, sentence) else { return nil }
        return sentence.text(from..<comma)
    }

    /// "<name>, <owner> <words> <title word>"
    private func appositiveRoleAfter(_ end: Int, in sentence: SentenceTokens) -> String? {
        let owner = end + 1
        guard isComma(end, sentence), owner < sentence.tokens.count, isOwner(owner, sentence) else { return nil }
        var index = owner + 1
        while index < sentence.tokens.count, index - owner <= Self.longestAppositive, sentence.tokens[index].kind == .word,
              !sentence.tokens[index].hasPossessive {
            if gazetteer.titleLastWords.contains(sentence.key(index)) {
                // The role ends at its title word unless a longer title goes on ("press secretary").
                let next = index + 1
                if next < sentence.tokens.count, sentence.tokens[next].kind == .word, gazetteer.titleLastWords.contains(sentence.key(next)) {
                    index = next
                    continue
                }
                return sentence.text((owner + 1)..<(index + 1))
            }
            index += 1
        }
        return nil
    }
}
