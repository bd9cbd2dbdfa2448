/// How sure recognition is of a mention's type; weaker guesses defer to stronger evidence
/// for the same name elsewhere in the story.
enum TypeEvidence: Int, Comparable, Sendable {
    /// A default ("two capitalised words are probably a person").
    case guess = 0
    /// Context ("in Sudzha", "Syrskyi said").
    case context = 1
    /// A gazetteer entry, a title, an organisation word or a known given name.
    case known = 2

    static func < (lhs: TypeEvidence, rhs: TypeEvidence) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A recognised name before cross-source merging.
struct NameCandidate: Sendable {
    var start: Int
    var end: Int
    var text: String
    /// `NameFolding.key` of `text`.
    var key: String
    /// Folded keys of the words, for short-form matching ("Syrskyi" in "Oleksandr Syrskyi").
    var wordKeys: [String]
    var type: EntityType
    var evidence: TypeEvidence
    var role: String?
    /// A name this one is known to stand for (gazetteer exonym, acronym expansion).
    var canonical: String?
    /// Single word at the start of a sentence or in a headline, with no other evidence:
    /// kept only if the story confirms it as a name elsewhere.
    var needsConfirmation: Bool
    /// Scalar offsets of each word, so an unconfirmed headline run can be cut down to the
    /// words the story confirms.
    var wordOffsets: [Range<Int>] = []
    /// What the gazetteer said, when it said anything.
    var gazetteerKind: GazetteerEntry.Kind? = nil
}
