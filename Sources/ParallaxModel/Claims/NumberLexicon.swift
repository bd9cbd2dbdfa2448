/// Words that spell numbers, scales, vague amounts, fractions, ordinals and calendar names.
///
/// Knowledge table: ordinary English number vocabulary (no external source needed). Keys are
/// lower-case; lookups are exact.
enum NumberLexicon {
    /// "zero" ... "ninety": words that are a number on their own.
    static let cardinals: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// Multipliers written as words after a number ("800 billion", "two hundred").
    /// "lakh" (100,000) and "crore" (10,000,000) are the Indian numbering scales.
    static let scaleWords: [String: Double] = [
        "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
        "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
    ]

    /// Multipliers abbreviated, attached or not ("$1.2bn", "3m", "5k", "£4 mln").
    static let scaleAbbreviations: [String: Double] = [
        "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12,
    ]

    /// "a dozen" = 12, "a score" is too archaic to rely on.
    static let dozen: Double = 12

    /// Plural amounts without a number, as the range they commit to (JSON contract values).
    static let vagueRanges: [String: (low: Double, high: Double)] = [
        "dozens": (24, 99),
        "hundreds": (100, 999),
        "thousands": (1_000, 9_999),
        "millions": (1e6, 1e7 - 1),
        "billions": (1e9, 1e10 - 1),
        "trillions": (1e12, 1e13 - 1),
    ]

    /// Vague multipliers before a scale word ("several thousand", "a few hundred").
    static let vagueMultipliers: [String: (low: Double, high: Double)] = [
        "few": (2, 5), "several": (3, 9), "many": (2, 9),
    ]

    /// Fractions written as words, as a share in percent ("a third of" = 33.3%).
    static let fractions: [String: Double] = [
        "half": 50, "halves": 50, "third": 100.0 / 3, "thirds": 100.0 / 3, "quarter": 25, "quarters": 25,
        "fifth": 20, "fifths": 20, "tenth": 10, "tenths": 10,
    ]

    /// Ordinal words; "second" is also a time unit, so it needs context (see NumberScanner).
    static let ordinals: Set<String> = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
        "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "hundredth",
        "thousandth", "millionth",
    ]

    /// Suffixes of digit ordinals ("1st", "22nd", "3rd", "4th").
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    /// Month names and abbreviations; "may" and "march" only count next to a day or year.
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec",
    ]

    /// Clock words after a number ("5 p.m." is tokenised as p . m .).
    static let clockSuffixes: Set<String> = ["am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "cet", "est", "edt", "pst", "hrs", "o'clock", "o’clock"]

    /// Words before a number that make it a label, not an amount ("page 4", "Article 5").
    static let identifierKeywords: Set<String> = [
        "page", "pages", "section", "article", "chapter", "paragraph", "clause", "resolution", "flight",
        "route", "highway", "room", "no", "nos", "number", "vol", "volume", "episode", "season", "part",
        "item", "line", "platform", "gate", "unit", "brigade", "battalion", "regiment", "division",
        "code", "case", "bill", "law", "decree", "order", "version", "model", "channel", "road", "street",
        "building", "apartment", "floor", "block", "district", "figure", "table", "exhibit", "station",
        "terminal", "phase", "stage", "category", "level", "grade", "tier", "group", "map",
    ]

    /// Words an amount can start with; any other word is skipped without trying to read one.
    static let amountStarters: Set<String> = {
        var words = Set(cardinals.keys).union(vagueRanges.keys).union(vagueMultipliers.keys)
        words.formUnion(["a", "an", "half", "tens", "hundreds", "dozen"])
        return words
    }()

    /// Words without which a sentence that has no digits holds no claim: the words a claim can
    /// start on (ordinals and `amountStarters`) except "a" and "an", which start an amount only
    /// before a scale word, a fraction, "dozen" or "few" ("a million", "a third of", "a dozen",
    /// "a few hundred"), and those words themselves.
    static let claimTriggers: Set<String> = {
        var words = amountStarters.subtracting(["a", "an"]).union(ordinals)
        words.formUnion(scaleWords.keys)
        words.formUnion(fractions.keys)
        return words
    }()

    /// Prepositions that introduce a year ("in 2024", "since 2014").
    static let yearPrepositions: Set<String> = [
        "in", "since", "by", "until", "till", "before", "after", "during", "of", "from", "to", "through",
        "early", "late", "mid", "end", "spring", "summer", "autumn", "fall", "winter", "between", "and",
    ]
}
