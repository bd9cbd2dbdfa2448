/// The claim word lists a token's lower-cased text belongs to, worked out once when the token is
/// made, so that the readers ask a bit instead of hashing a String for every list they consult.
///
/// The lists themselves stay where they are (WordLists, NumberLexicon, UnitTable, HedgeTable and
/// the readers' own tables); `WordClassTable` is built from them, so the two cannot disagree.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt64

    // WordLists.
    static let phraseStop = WordClass(rawValue: 1 << 0)
    static let irregularPastVerb = WordClass(rawValue: 1 << 1)
    static let directionWord = WordClass(rawValue: 1 << 2)
    static let irregularPlural = WordClass(rawValue: 1 << 3)
    static let participlePlural = WordClass(rawValue: 1 << 4)
    static let nonHeadAdjective = WordClass(rawValue: 1 << 5)
    static let referringDeterminer = WordClass(rawValue: 1 << 6)
    static let partitiveQuantifier = WordClass(rawValue: 1 << 7)
    static let countingVerb = WordClass(rawValue: 1 << 8)
    static let reportingVerb = WordClass(rawValue: 1 << 9)
    static let auxiliary = WordClass(rawValue: 1 << 10)
    static let timeWord = WordClass(rawValue: 1 << 11)
    static let title = WordClass(rawValue: 1 << 12)
    static let durationHedgeLead = WordClass(rawValue: 1 << 13)
    static let changeVerb = WordClass(rawValue: 1 << 14)
    // NumberLexicon.
    static let cardinal = WordClass(rawValue: 1 << 15)
    static let scaleWord = WordClass(rawValue: 1 << 16)
    static let scaleAbbreviation = WordClass(rawValue: 1 << 17)
    static let vagueRange = WordClass(rawValue: 1 << 18)
    static let vagueMultiplier = WordClass(rawValue: 1 << 19)
    static let fraction = WordClass(rawValue: 1 << 20)
    static let ordinal = WordClass(rawValue: 1 << 21)
    static let ordinalSuffix = WordClass(rawValue: 1 << 22)
    static let month = WordClass(rawValue: 1 << 23)
    static let clockSuffix = WordClass(rawValue: 1 << 24)
    static let identifierKeyword = WordClass(rawValue: 1 << 25)
    static let amountStarter = WordClass(rawValue: 1 << 26)
    static let yearPreposition = WordClass(rawValue: 1 << 27)
    // UnitTable.
    static let unitFirstWord = WordClass(rawValue: 1 << 28)
    static let currencySymbol = WordClass(rawValue: 1 << 29)
    static let dollarPrefix = WordClass(rawValue: 1 << 30)
    static let currencyAbbreviation = WordClass(rawValue: 1 << 31)
    static let currencyCode = WordClass(rawValue: 1 << 32)
    static let gluedTemperature = WordClass(rawValue: 1 << 33)
    // HedgeTable: the last word of a hedge written before the number, the first of one after it.
    static let hedgeBeforeEnd = WordClass(rawValue: 1 << 34)
    static let hedgeAfterStart = WordClass(rawValue: 1 << 42)
    // AttributionFinder.
    static let forwardStop = WordClass(rawValue: 1 << 35)
    static let backwardStop = WordClass(rawValue: 1 << 36)
    static let determiner = WordClass(rawValue: 1 << 37)
    static let personalPronoun = WordClass(rawValue: 1 << 38)
    // LabelClassifier.
    static let closingPunctuation = WordClass(rawValue: 1 << 39)
    static let openingPunctuation = WordClass(rawValue: 1 << 40)
    static let streetWord = WordClass(rawValue: 1 << 41)
    // ClaimExtractor.
    static let joiningAbbreviation = WordClass(rawValue: 1 << 43)
    // A word that lets a sentence hold a claim (NumberLexicon.claimTriggers).
    static let claimTrigger = WordClass(rawValue: 1 << 44)
}

/// Looks up the `WordClass` of a token's lower-cased text.
///
/// ASCII text of up to 16 bytes (nearly every token) is packed into two integers and found in
/// an open-addressing table by integer comparison; anything else asks a String dictionary, which
/// keeps Swift's String equality for non-ASCII text.
enum WordClassTable {
    /// Every listed word with its classes, the lists' own String semantics.
    static let byWord: [String: WordClass] = {
        var table: [String: WordClass] = [:]
        func add(_ words: some Sequence<String>, _ wordClass: WordClass) {
            for word in words { table[word, default: []].insert(wordClass) }
        }
        add(WordLists.phraseStops, .phraseStop)
        add(WordLists.irregularPastVerbs, .irregularPastVerb)
        add(WordLists.directionWords, .directionWord)
        add(WordLists.irregularPlurals, .irregularPlural)
        add(WordLists.participlePlurals, .participlePlural)
        add(WordLists.nonHeadAdjectives, .nonHeadAdjective)
        add(WordLists.referringDeterminers, .referringDeterminer)
        add(WordLists.partitiveQuantifiers, .partitiveQuantifier)
        add(WordLists.countingVerbs, .countingVerb)
        add(WordLists.reportingVerbs, .reportingVerb)
        add(WordLists.auxiliaries, .auxiliary)
        add(WordLists.timeWords, .timeWord)
        add(WordLists.titles, .title)
        add(WordLists.durationHedgeLeads, .durationHedgeLead)
        add(WordLists.changeVerbs, .changeVerb)
        add(NumberLexicon.cardinals.keys, .cardinal)
        add(NumberLexicon.scaleWords.keys, .scaleWord)
        add(NumberLexicon.scaleAbbreviations.keys, .scaleAbbreviation)
        add(NumberLexicon.vagueRanges.keys, .vagueRange)
        add(NumberLexicon.vagueMultipliers.keys, .vagueMultiplier)
        add(NumberLexicon.fractions.keys, .fraction)
        add(NumberLexicon.ordinals, .ordinal)
        add(NumberLexicon.ordinalSuffixes, .ordinalSuffix)
        add(NumberLexicon.months, .month)
        add(NumberLexicon.clockSuffixes, .clockSuffix)
        add(NumberLexicon.identifierKeywords, .identifierKeyword)
        add(NumberLexicon.amountStarters, .amountStarter)
        add(NumberLexicon.yearPrepositions, .yearPreposition)
        add(UnitTable.firstWords, .unitFirstWord)
        add(UnitTable.currencySymbols.keys, .currencySymbol)
        add(UnitTable.dollarPrefixes.keys, .dollarPrefix)
        add(UnitTable.abbreviationsBeforeLowercased, .currencyAbbreviation)
        add(UnitTable.codesBefore.keys, .currencyCode)
        add(UnitTable.gluedTemperatures.keys, .gluedTemperature)
        add(HedgeTable.before.compactMap(\.words.last), .hedgeBeforeEnd)
        add(HedgeTable.after.compactMap(\.words.first), .hedgeAfterStart)
        add(AttributionFinder.forwardStops, .forwardStop)
        add(AttributionFinder.backwardStops, .backwardStop)
        add(AttributionFinder.determiners, .determiner)
        add(AttributionFinder.personalPronouns, .personalPronoun)
        add(LabelClassifier.closingPunctuation, .closingPunctuation)
        add(LabelClassifier.openingPunctuation, .openingPunctuation)
        add(LabelClassifier.streetWords, .streetWord)
        add(ClaimExtractor.joiningAbbreviations, .joiningAbbreviation)
        add(NumberLexicon.claimTriggers, .claimTrigger)
        return table
    }()

    /// One listed word of at most 16 ASCII bytes: its packing, classes and text.
    struct Slot {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var classes: WordClass = []
        /// The word itself, so that a token of a listed word shares it instead of building its own.
        var text = ""
    }

    /// Slots of the packed table: a power of two, at least four times the listed words.
    private static let slotCount = 4_096
    /// Read it once per sentence and pass it on: a static read in the per-token loop costs a
    /// once-check every time.
    static let slots: [Slot] = {
        var slots = [Slot](repeating: Slot(), count: slotCount)
        for (word, wordClass) in byWord {
            guard let (low, high) = packed(word) else { continue }
            var slot = slotIndex(low, high)
            while slots[slot].low != 0 { slot = (slot + 1) & (slotCount - 1) }
            slots[slot] = Slot(low: low, high: high, classes: wordClass, text: word)
        }
        return slots
    }()

    @inline(__always)
    private static func slotIndex(_ low: UInt64, _ high: UInt64) -> Int {
        Int(truncatingIfNeeded: ((low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F)) >> 52) & (slotCount - 1)
    }

    /// The text's UTF-8 bytes little-endian in two integers, when it is ASCII of 1 to 16 bytes.
    /// ASCII bytes are never zero, so the packing tells every such text apart.
    static func packed(_ text: String) -> (UInt64, UInt64)? {
        text.withUTF8Bytes { bytes in
            guard !bytes.isEmpty, bytes.count <= 16 else { return nil }
            var low: UInt64 = 0, high: UInt64 = 0
            for (offset, byte) in bytes.enumerated() {
                guard byte != 0, byte < 0x80 else { return nil }
                if offset < 8 { low |= UInt64(byte) << (8 * offset) } else { high |= UInt64(byte) << (8 * (offset - 8)) }
            }
            return (low, high)
        }
    }

    /// A literal packed the same way; nil when it is not ASCII of 1 to 16 bytes. Inlined, a
    /// constant literal folds to two constants.
    @inline(__always)
    static func packed(_ literal: StaticString) -> (UInt64, UInt64)? {
        guard literal.hasPointerRepresentation else {
            let value = UInt64(literal.unicodeScalar.value)
            return value > 0 && value < 0x80 ? (value, 0) : nil
        }
        let count = literal.utf8CodeUnitCount
        guard literal.isASCII, count > 0, count <= 16 else { return nil }
        var low: UInt64 = 0, high: UInt64 = 0
        for offset in 0..<count {
            let byte = UInt64(literal.utf8Start[offset])
            if offset < 8 { low |= byte << (8 * UInt64(offset)) } else { high |= byte << (8 * UInt64(offset - 8)) }
        }
        return (low, high)
    }

    /// The packing (zeros when the text cannot be packed) and classes of any lower-cased text.
    static func look(up text: String, in slots: [Slot]) -> (low: UInt64, high: UInt64, classes: WordClass) {
        guard let (low, high) = packed(text) else { return (0, 0, byWord[text] ?? []) }
        return (low, high, classes(packedLow: low, high: high, in: slots))
    }

    /// The slot of ASCII text packed by `packed`, nil when the text is in no list.
    @inline(__always)
    static func slot(packedLow low: UInt64, high: UInt64, in slots: [Slot]) -> Int? {
        var slot = slotIndex(low, high)
        while slots[slot].low != 0 {
            if slots[slot].low == low, slots[slot].high == high { return slot }
            slot = (slot + 1) & (slotCount - 1)
        }
        return nil
    }

    /// The classes of ASCII text packed by `packed`.
    static func classes(packedLow low: UInt64, high: UInt64, in slots: [Slot] = slots) -> WordClass {
        slot(packedLow: low, high: high, in: slots).map { slots[$0].classes } ?? []
    }
}

/// Table look-ups for a token, asked only when its class says the word is in the table, so that
/// most tokens never hash their text.
extension ClaimToken {
    var cardinal: Double? { self.is(.cardinal) ? NumberLexicon.cardinals[lower] : nil }
    var scale: Double? { self.is(.scaleWord) ? NumberLexicon.scaleWords[lower] : nil }
    var scaleAbbreviation: Double? { self.is(.scaleAbbreviation) ? NumberLexicon.scaleAbbreviations[lower] : nil }
    var vagueRange: (low: Double, high: Double)? { self.is(.vagueRange) ? NumberLexicon.vagueRanges[lower] : nil }
    var vagueMultiplier: (low: Double, high: Double)? { self.is(.vagueMultiplier) ? NumberLexicon.vagueMultipliers[lower] : nil }
    var fractionShare: Double? { self.is(.fraction) ? NumberLexicon.fractions[lower] : nil }
}
