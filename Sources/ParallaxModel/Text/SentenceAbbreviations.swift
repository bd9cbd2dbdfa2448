/// How an abbreviation ending in a full stop behaves at a possible sentence boundary.
enum AbbreviationKind: Sendable {
    /// Always followed by more of the same sentence ("Dr. Smith", "e.g. tanks", "vs. Italy").
    case neverFinal
    /// Often followed by a capitalised name ("U.S. Army", "Acme Inc. Chief", "St. Louis") but
    /// can end a sentence: it ends one only when the next word clearly starts one.
    case mayBeFinal
    /// Dates, places and units that are rarely followed by a capitalised word inside a
    /// sentence ("on Sept. 3", "Denver, Colo., and", "20 mi. away"): any capitalised word after
    /// them starts a new sentence.
    case finalBeforeCapital
    /// Abbreviates a word only before a number ("No. 5", "Fig. 3", "pop. 12,000"); otherwise
    /// it is the plain word it spells ("He said No. Absolutely not.").
    case beforeNumber
    /// "a.m." / "p.m.": a capitalised word after a time starts a sentence unless it names the
    /// day, month or time zone ("3 p.m. Monday", "9 a.m. GMT", "3 p.m. Kyiv time").
    case time
}

/// The English abbreviations that news text writes with a full stop.
///
/// Keys are written without the final stop, exactly as they appear in text (case matters:
/// "Sun." is a weekday, "sun." a word; "Ill." a state, "ill." a word). An all-capitals spelling of a
/// key ("MR", "GEN") is looked up in its capitalised form. Dotted letter groups that are not
/// listed ("U.S", "a.m", "Ph.D", "N.Y") are recognised by shape in `SentenceSplitter`.
enum SentenceAbbreviations {
    // MARK: - Table: abbreviations that never end a sentence

    /// Titles and ranks before a name, Latin connectives, and words that always point forward.
    static let neverFinal: Set<String> = [
        // Civil and academic titles
        "Mr", "Mrs", "Ms", "Mx", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Profs", "Rev", "Revd", "Hon",
        "Pres", "Fr", "Msgr", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Atty", "Supt", "Insp",
        "Det", "Amb", "Sec", "Secy", "Treas", "Rt",
        // Military and police ranks
        "Gen", "Gens", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Pte", "Adm", "Cmdr",
        "Cdr", "Cmdt", "Brig", "Spc", "Ens", "Lieut", "Lt-Col", "Lt-Gen", "Maj-Gen",
        // Places written before a name
        "Mt", "Ft", "Pt",
        // Latin and reference connectives
        "e.g", "i.e", "cf", "viz", "vs", "v", "approx", "est", "ca", "incl", "esp", "resp",
    ]

    // MARK: - Table: abbreviations only before a number

    static let beforeNumber: Set<String> = [
        "No", "Nos", "no", "nos", "Fig", "Figs", "fig", "Vol", "Vols", "vol", "Ch", "Chap", "ch",
        "pp", "Art", "Para", "para", "Eq", "pop", "Pop", "tel", "Tel", "ext", "Ext",
    ]

    // MARK: - Table: times of day

    static let time: Set<String> = ["a.m", "p.m", "A.M", "P.M"]

    /// Words that continue a time rather than start a sentence: weekdays, months, zone names.
    static let timeContinuations: Set<String> = [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
        "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri",
        "Sat", "Sun", "Eastern", "Central", "Pacific", "Mountain", "Atlantic", "Greenwich",
    ]

    // MARK: - Table: abbreviations that may end a sentence

    /// Company and name suffixes, street words and "etc.".
    static let mayBeFinal: Set<String> = [
        // Company and name suffixes
        "Inc", "Corp", "Ltd", "Co", "Cos", "Bros", "Plc", "plc", "Jr", "Sr", "Snr", "Jnr", "Esq",
        "al", "Dept", "Univ", "Assn", "Intl", "Natl", "Mfg",
        // Streets and places after a name
        "St", "Ave", "Av", "Rd", "Blvd", "Ln", "Sq", "Hwy", "Pl", "Ct", "Dist",
        // Open-ended lists
        "etc",
    ]

    // MARK: - Table: abbreviations that end a sentence before any capitalised word

    static let finalBeforeCapital: Set<String> = [
        // Months (AP style) and weekdays
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        // US states as abbreviated by the AP stylebook
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
        "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla",
        "Ore", "Pa", "Tenn", "Vt", "Va", "Wash", "Wis", "Wyo",
        // Units and counters
        "ft", "yd", "mi", "lb", "lbs", "oz", "sq", "cu", "hr", "hrs", "min", "mins",
        "sec", "secs", "mo", "mos", "yr", "yrs", "mph", "kph", "pct", "tsp", "tbsp", "gal",
    ]

    // MARK: - Lookup

    private static let kinds: [SentenceWordKey: AbbreviationKind] = {
        var kinds: [SentenceWordKey: AbbreviationKind] = [:]
        for (words, kind) in [(neverFinal, AbbreviationKind.neverFinal), (mayBeFinal, .mayBeFinal),
                              (finalBeforeCapital, .finalBeforeCapital),
                              (beforeNumber, .beforeNumber), (time, .time)] {
            for word in words { kinds[SentenceWordKey(word)] = kind }
        }
        return kinds
    }()

    private static let timeContinuationKeys = SentenceWordKey.set(timeContinuations)

    /// The kind of the abbreviation `scalars[start..<end]` (written without its final stop).
    static func kind(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> AbbreviationKind? {
        if let key = SentenceWordKey(scalars, start, end), let kind = kinds[key] { return kind }
        // "MR" / "GEN" in an all-capitals headline: look up "Mr" / "Gen".
        guard end - start > 1, SentencePunctuation.isASCIIUppercase(scalars[start]),
              (start..<end).allSatisfy({ !SentencePunctuation.isLowercase(scalars[$0]) }),
              let key = SentenceWordKey(scalars, start, end, case: .capitalised) else { return nil }
        return kinds[key]
    }

    static func continuesTime(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> Bool {
        guard let key = SentenceWordKey(scalars, start, end) else { return false }
        return timeContinuationKeys.contains(key)
    }
}
