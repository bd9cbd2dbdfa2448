/// What a role says a person *is*, for telling real role conflicts from different wording.
///
/// "Mr" and "Sir" are forms of address, not offices; "US president" and "President" name one
/// office, the country only saying where. So sources that call someone "Mr Vance" and "Vice
/// President Vance" agree, while "President" against "Commander-in-Chief", or "Vice President"
/// against "President", still conflict.
enum RoleOffice {
    /// The office in a role, folded ("prime minister" for "British Prime Minister Sir"); nil
    /// when the role is only a form of address.
    static func office(_ role: String) -> String? {
        let words = NameFolding.key(role).split(separator: " ").map(String.init)
        var kept = words.filter { !formsOfAddress.contains($0) && !EntityMerger.courtesyTitles.keys.contains($0) }
        // Leading countries and peoples ("US", "British", "South Korean"): where, not what.
        while let first = kept.first {
            if let kind = Gazetteer.shared.entry(first)?.kind, kind == .country || kind == .demonym {
                kept.removeFirst()
            } else if kept.count >= 2, let kind = Gazetteer.shared.entry(kept[0] + " " + kept[1])?.kind, kind == .country || kind == .demonym {
                kept.removeFirst(2)
            } else {
                break
            }
        }
        return kept.isEmpty ? nil : kept.joined(separator: " ")
    }

    /// Honorifics besides the courtesy titles (which also tell a person's sex).
    /// Knowledge table: English forms of address and academic honorifics.
    static let formsOfAddress: Set<String> = ["dr", "dr.", "the", "hon", "hon.", "rt", "rt.", "honourable", "honorable"]
}
