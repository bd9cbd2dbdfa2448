/// What the linker reads from one distinct lower-case word, looked up once per story.
struct WordInfo {
    /// Id of the word's stem (see `FeatureBuilder.stemID`).
    var stem: Int
    /// The stem as a topic word: synonyms in business news share one ("shares" → "stock").
    var topicStem: Int
    /// A word before "people" that makes it a workforce ("employs").
    var isEmploymentWord: Bool
    /// Long enough and not a stop, reporting or time word: it may say what a figure is about.
    var isTopic: Bool
    /// Not a stop word and at least three scalars: capitalised, it may name whose figure it is.
    var isName: Bool
    /// The counted-noun class the word names ("soldiers" → "troops"), if any.
    var nounClass: String?
    /// "deaths" / "wounded" for casualty wording ("killed", "injured").
    var casualty: String?
    /// A scale word ("million"), read as part of the figure before it.
    var isScaleWord: Bool
    /// "more" / "others" after a figure with no noun (see `FeatureBuilder.isElliptic`).
    var isEllipsisWord: Bool
}

/// An entity mention inside a sentence, its ids resolved once for every claim of the sentence.
struct SentenceMention {
    var span: TextSpan
    var type: EntityType
    /// Interned entity id, or the mention's lower-cased text when it has none.
    var key: Int
    /// Stem ids of the mention's words.
    var wordStems: [Int]
    /// Interned country key ("Russia", "Russian" → one id), if the mention names a country or its people.
    var country: Int?
}

/// A token reduced to what the feature loops test, so that they copy no strings.
struct LinkToken {
    var start: Int
    var end: Int
    /// Index in `FeatureBuilder.words`, or -1 for numbers and symbols.
    var word: Int
    var isNumber: Bool
    /// A comma, semicolon, colon or dash: the end of a clause.
    var endsClause: Bool
    var capitalised: Bool
}

/// One sentence as the linker reads it: tokens, each word's `WordInfo` index and the mentions
/// inside it. Built once per sentence and shared by all its claims, which used to re-tokenise
/// and re-hash every word of the sentence for each claim.
struct SentenceWords {
    /// The span the tokens and mentions were taken from.
    let span: TextSpan
    /// The tokens as `ClaimTokenizer` splits them, reduced to what the feature loops read.
    let linkTokens: [LinkToken]
    let mentions: [SentenceMention]
}
