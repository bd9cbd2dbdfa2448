/// Words that, capitalised, almost always open a new sentence rather than continue a name.
///
/// After an ambiguous full stop ("in the U.S." / "at 3 p.m." / "Acme Inc." / an ellipsis) the
/// next word decides: "The", "He", "But" start a sentence; "Army", "Monday", "Smith" are more
/// likely part of the same one ("U.S. Army", "3 p.m. Monday"). Only function words and
/// sentence adverbs belong here, never nouns or names.
enum SentenceStarters {
    // MARK: - Table: sentence-opening words (lowercase; matched when capitalised in text)

    static let words: Set<String> = [
        // Articles, demonstratives, quantifiers
        "the", "a", "an", "this", "that", "these", "those", "some", "many", "most", "all", "both",
        "each", "every", "any", "no", "none", "several", "few", "such", "another", "other", "others",
        "much", "more", "less", "one",
        // Pronouns and possessives
        "i", "he", "she", "it", "we", "they", "you", "his", "her", "its", "our", "their", "my",
        "your", "there", "here", "what", "who", "whom", "whose", "which", "why", "how", "where",
        "when", "whether", "nobody", "everyone", "everybody", "someone", "nothing", "everything",
        // Contractions of the above
        "it's", "he's", "she's", "that's", "there's", "here's", "what's", "we're", "they're",
        "you're", "i'm", "i've", "we've", "they've", "i'd", "he'd", "she'd", "we'd", "they'd",
        "i'll", "we'll", "they'll", "let's", "don't", "doesn't", "didn't", "can't", "won't",
        "isn't", "wasn't", "aren't", "weren't",
        // Conjunctions and sentence adverbs
        "but", "and", "or", "so", "yet", "nor", "however", "meanwhile", "still", "then", "now",
        "also", "thus", "therefore", "moreover", "furthermore", "nevertheless", "nonetheless",
        "otherwise", "instead", "indeed", "finally", "first", "second", "third", "next", "last",
        "later", "earlier", "today", "yesterday", "tomorrow", "afterwards", "eventually", "once",
        "even", "only", "just", "perhaps", "maybe", "yes", "not", "please", "asked", "according",
        "although", "though", "because", "since", "while", "if", "unless", "until", "as", "after",
        "before", "despite", "during", "for", "from", "with", "without", "by", "under", "over",
        "in", "on", "at", "to", "of", "about", "among", "amid", "against", "around", "through",
        "across", "within", "between", "into", "like", "unlike",
        // Auxiliary verbs opening questions
        "is", "was", "are", "were", "do", "does", "did", "will", "would", "can", "could",
        "should", "has", "have", "had", "may", "might", "must", "let",
    ]

    private static let keys = SentenceWordKey.set(words)

    /// Whether `scalars[start..<end]` (letters and apostrophes) is a capitalised sentence opener.
    static func contains(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> Bool {
        guard end > start, SentencePunctuation.isUppercase(scalars[start]),
              let key = SentenceWordKey(scalars, start, end, case: .lower) else { return false }
        return keys.contains(key)
    }
}
