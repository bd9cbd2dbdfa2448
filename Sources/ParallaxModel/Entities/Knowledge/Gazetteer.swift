import Foundation

/// What the gazetteer knows about one name.
struct GazetteerEntry: Sendable, Hashable {
    enum Kind: String, Sendable {
        case country, city, region, continent, demonym, organisation
        /// A listed company (companies.tsv): an organisation, but a one-word one the story
        /// also writes in lower case at a sentence start is a word ("Shell", "Compass").
        case company
        /// A product named alone (products.tsv: "ChatGPT", "iPhone"): OTHER; like a company,
        /// a one-word one the story also writes in lower case at a sentence start is a word.
        case product
    }

    var type: EntityType
    var kind: Kind
    /// The name this one stands for ("Kiev" → "Kyiv", "U.S." → "United States",
    /// "NATO" → "North Atlantic Treaty Organization"); merging uses it as a shared key.
    var canonical: String
}

/// The shipped tables of names and name-like words (Resources/Gazetteer), loaded once.
///
/// Every lookup takes a `NameFolding.key`. A missing resource folder gives empty tables:
/// recognition still works from capitalisation and context, only less well.
final class Gazetteer: Sendable {
    static let shared = Gazetteer(directory: ResourceLocator.modelResources?.appendingPathComponent("Gazetteer"))

    /// Places by folded key, searched in the generated file itself (cheap to load).
    let places: SortedNameTable
    /// Listed and other large companies by folded key, searched in place like `places`.
    let companies: SortedNameTable
    /// Towns that name their university in "a professor at Oxford": the university's name.
    let universityTowns: [String: String]
    /// Towns that name one club in a match report ("Liverpool beat Chelsea"): the club's name.
    /// Towns with two listed clubs (Manchester) are left out: only the story can tell.
    let clubTowns: [String: String]
    /// Hand-written names by folded key (organisations, groups, place aliases); they win over
    /// places: "Georgian" is a group, "Guardian" an outlet, whatever small town shares the name.
    let knownNames: [String: GazetteerEntry]
    /// Longest name in words, to bound phrase lookups.
    let longestName: Int
    let givenNames: WordSet
    /// Titles by folded key; `titleWords` bounds the look-back.
    let titles: WordSet
    let longestTitle: Int
    /// Beginnings of multi-word titles ("secretary of"), so a run may continue through "of".
    let titlePrefixes: WordSet
    /// First and last words of titles: cheap tests before any phrase is built.
    let titleFirstWords: WordSet
    let titleLastWords: WordSet
    let organisationWords: WordSet
    let notNames: WordSet
    /// Everyday English words (common-words.txt, from word frequencies and a dictionary):
    /// evidence that a capitalised sentence opener is a word even when the story never
    /// writes it in lower case ("Residents Maria Lopez", "Furious Hendry").
    let commonWords: WordSet

    init(directory: URL?) {
        // Split on bytes, not Characters: grapheme breaking over 70,000 lines costs startup time.
        func lines(_ file: String) -> [String] {
            guard let directory,
                  let data = try? Data(contentsOf: directory.appendingPathComponent(file))
            else { return [] }
            return data.split(separator: UInt8(ascii: "\n")).compactMap { bytes in
                guard let first = bytes.first, first != UInt8(ascii: "#") else { return nil }
                return String(decoding: bytes.last == UInt8(ascii: "\r") ? bytes.dropLast() : bytes, as: UTF8.self)
            }
        }
        func contents(_ file: String) -> Data {
            directory.flatMap { try? Data(contentsOf: $0.appendingPathComponent(file)) } ?? Data()
        }
        func table(_ file: String) -> SortedNameTable { SortedNameTable(data: contents(file)) }
        let places = table("places.tsv")
        var names: [String: GazetteerEntry] = [:]
        func add(_ surface: String, _ entry: GazetteerEntry, replacing: Bool) {
            let key = NameFolding.keyWithoutArticle(surface)
            guard !key.isEmpty else { return }
            if replacing || names[key] == nil { names[key] = entry }
        }
        // Informal names and countries' own names ("Deutschland"), both "name → canonical".
        for line in lines("place-aliases.tsv") + lines("country-endonyms.tsv") {
            let fields = Self.fields(line, "\t")
            guard fields.count >= 2 else { continue }
            let canonicalKey = NameFolding.key(fields[1])
            let kind = names[canonicalKey]?.kind ?? Self.placeEntry(places, canonicalKey)?.kind ?? .region
            add(fields[0], GazetteerEntry(type: .place, kind: kind, canonical: fields[1]), replacing: true)
        }
        // Rivers, seas and ranges named alone ("the Rhine", "the Alps"): places of no town,
        // typed as regions so the rules for countries and towns leave them be.
        for line in lines(Self.geographicFeaturesFile) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3 else { continue }
            let entry = GazetteerEntry(type: .place, kind: .region, canonical: fields[0])
            add(fields[0], entry, replacing: true)
            for short in fields[1].split(separator: ",") { add(String(short), entry, replacing: true) }
        }
        var universityTowns: [String: String] = [:]
        var clubTowns: [String: String] = [:], sharedClubTowns: Set<String> = []
        for file in Self.organisationFiles {
            for line in lines(file) {
                let fields = Self.fields(line, "\t", keepingEmpty: true)
                guard fields.count >= 3 else { continue }
                let type = EntityType(rawValue: fields[2]) ?? .org
                let entry = GazetteerEntry(type: type, kind: file == Self.productsFile ? .product : .organisation, canonical: fields[0])
                add(fields[0], entry, replacing: true)
                if file == Self.clubsFile, let town = Self.clubTown(fields[0], places: places) {
                    if clubTowns.updateValue(fields[0], forKey: town) != nil { sharedClubTowns.insert(town) }
                }
                for short in Self.fields(fields[1], ",") {
                    // "Oxford" stays the city; only the words around it make it the university.
                    let shortKey = NameFolding.keyWithoutArticle(String(short))
                    if file == Self.universitiesFile, names[shortKey] == nil, Self.placeEntry(places, shortKey) != nil {
                        universityTowns[shortKey] = fields[0]
                        continue
                    }
                    add(String(short), entry, replacing: true)
                }
            }
        }
        for line in lines("demonyms.tsv") {
            let fields = Self.fields(line, "\t")
            guard fields.count >= 3 else { continue }
            // Each demonym is its own group (Korean ≠ Koreans is not worth splitting; both
            // are the same people), keyed by its country so variants merge.
            let entry = GazetteerEntry(type: .group, kind: .demonym, canonical: "people of " + fields[0])
            for form in Self.fields(fields[1] + "," + fields[2], ",") {
                add(String(form), entry, replacing: true)
            }
        }
        self.places = places
        self.companies = table("companies.tsv")
        self.universityTowns = universityTowns
        self.clubTowns = clubTowns.filter { !sharedClubTowns.contains($0.key) }
        self.knownNames = names
        var bits = [UInt64](repeating: 0, count: Int(Self.knownNameBitCount / 64))
        var index = FingerprintIndex(capacity: names.count)
        var knownKeys: [String] = [], knownEntries: [GazetteerEntry] = []
        for (key, entry) in names {
            let fingerprint = SortedNameTable.fingerprint(key)
            let bit = fingerprint % Self.knownNameBitCount
            bits[Int(bit >> 6)] |= 1 << (bit & 63)
            index.insert(fingerprint, position: knownKeys.count)
            knownKeys.append(key)
            knownEntries.append(entry)
        }
        self.knownNameBits = bits
        self.knownNameIndex = index
        self.knownKeys = knownKeys
        self.knownEntries = knownEntries
        self.longestName = min(8, names.keys.reduce(places.longestKeyWords) { max($0, NameFolding.words($1).count) })
        // US census names, then names from many countries ("Davide", "Amina", "Priya").
        self.givenNames = WordSet(lines: [contents("given-names.txt"), contents("world-given-names.txt")], folding: true)
        let titleList = lines("titles.txt")
        let titles = Set(titleList.map(NameFolding.key))
        self.titles = WordSet(titles)
        var prefixes: Set<String> = []
        for title in titles {
            let words = Self.fields(title, " ")
            for length in stride(from: 1, to: words.count, by: 1) {
                prefixes.insert(words[0..<length].joined(separator: " "))
            }
        }
        self.titlePrefixes = WordSet(prefixes)
        // Without an abbreviation's dot, as for the last words: a run of capitals stops at the
        // dot, so "Col." in "Col. Bogdan Sereda" is looked up as "col".
        self.titleFirstWords = WordSet(titles.compactMap { title -> String? in
            guard let first = Self.fields(title, " ").first else { return nil }
            return first.hasSuffix(".") ? String(first.dropLast()) : String(first)
        })
        self.titleLastWords = WordSet(titles.compactMap { title -> String? in
            guard let last = Self.fields(title, " ").last else { return nil }
            return last.hasSuffix(".") ? String(last.dropLast()) : String(last)
        })
        self.longestTitle = titleList.reduce(1) { max($0, Self.fields($1, " ").count) }
        self.organisationWords = WordSet(lines: [contents("org-suffixes.txt")], folding: true)
        self.notNames = WordSet(lines: [contents("not-names.txt")], folding: true)
        self.commonWords = WordSet(lines: [contents("common-words.txt")], folding: false)
    }

    /// Fingerprints of `knownNames` keys: most phrases asked about are no name at all, and
    /// one cheap hash then answers for both tables.
    private let knownNameBits: [UInt64]
    private static let knownNameBitCount: UInt64 = 1 << 16
    /// `knownNames` again as parallel arrays indexed by fingerprint: a hit is found without
    /// hashing the key a second time.
    private let knownNameIndex: FingerprintIndex
    private let knownKeys: [String]
    private let knownEntries: [GazetteerEntry]

    func entry(_ key: String) -> GazetteerEntry? {
        entry(key, fingerprint: SortedNameTable.fingerprint(key))
    }

    /// For a caller that has the key's `SortedNameTable.fingerprint` already.
    func entry(_ key: String, fingerprint: UInt64) -> GazetteerEntry? {
        let bit = fingerprint % Self.knownNameBitCount
        if knownNameBits[Int(bit >> 6)] & (1 << (bit & 63)) != 0,
           let position = knownNameIndex.firstPosition(fingerprint, where: { knownKeys[$0] == key }) {
            return knownEntries[position]
        }
        // Companies before places: the generator left out companies named like a sizeable
        // place, so a clash left is a small town ("Nokia") news rarely means.
        return Self.placeEntry(companies, key, fingerprint: fingerprint) ?? Self.placeEntry(places, key, fingerprint: fingerprint)
    }

    /// False when no name has this fingerprint (true may be a false alarm): lets a caller skip
    /// building a phrase that cannot be a name.
    func mightHaveEntry(fingerprint: UInt64) -> Bool {
        let bit = fingerprint % Self.knownNameBitCount
        return knownNameBits[Int(bit >> 6)] & (1 << (bit & 63)) != 0 || places.mightContain(fingerprint: fingerprint)
            || companies.mightContain(fingerprint: fingerprint)
    }

    /// The fields of a table line split at an ASCII separator, over the bytes: splitting a
    /// String by `Character` runs grapheme breaking over every line of every table at start-up.
    static func fields(_ line: String, _ separator: Unicode.Scalar, keepingEmpty: Bool = false) -> [String] {
        let separator = UInt8(ascii: separator)
        return line.utf8.split(separator: separator, omittingEmptySubsequences: !keepingEmpty).map { String(Substring($0)) }
    }

    /// Hand-written tables in the organisations.tsv format (name, short forms, type).
    static let organisationFiles = [
        "organisations.tsv", "competitions-events.tsv", clubsFile, "stock-indices.tsv",
        universitiesFile, "political-parties.tsv", "public-bodies.tsv", productsFile,
    ]
    static let universitiesFile = "universities.tsv"
    static let geographicFeaturesFile = "geographic-features.tsv"
    static let clubsFile = "sports-clubs.tsv"

    /// The town a club is named after, when the rest of its name only says it is a club
    /// ("Leeds United", "Olympique de Marseille", "AC Milan"); nil for "Real Madrid".
    private static func clubTown(_ name: String, places: SortedNameTable) -> String? {
        let words = NameFolding.words(NameFolding.keyWithoutArticle(name)).filter { !clubWords.contains($0) }
        guard words.count == 1, let town = words.first, placeEntry(places, town)?.kind == .city else { return nil }
        return town
    }

    /// Words of club names that say "club", not where ("FC", "United", "Olympique").
    private static let clubWords: Set<String> = [
        "fc", "afc", "cf", "ac", "sc", "ssc", "as", "ogc", "rc", "rcd", "cd", "ud", "sd", "sv", "vfb",
        "vfl", "tsg", "fsv", "bsc", "sk", "fk", "bk", "if", "ik", "united", "city", "town", "county",
        "athletic", "albion", "wanderers", "rovers", "hotspur", "olympique", "stade", "de", "calcio",
        "borussia", "eintracht", "hertha", "fortuna", "bayer", "club", "football",
    ]
    static let productsFile = "products.tsv"

    /// The entry of a company name written with its legal form ("Taiwan Semiconductor
    /// Manufacturing Co", "Deutsche Bank AG"), which the tables list without it.
    func entryWithoutLegalSuffix(_ wordKeys: [String]) -> GazetteerEntry? {
        guard wordKeys.count >= 2, let last = wordKeys.last, ContextWords.legalSuffixes.contains(last) else { return nil }
        guard let entry = entry(wordKeys.dropLast().joined(separator: " ")), entry.type == .org else { return nil }
        return entry
    }

    /// A places.tsv or companies.tsv line after its key is "surface, canonical, kind", tab-separated; parsed
    /// from bytes because this runs for every capitalised phrase of the text.
    private static func placeEntry(_ places: SortedNameTable, _ key: String, fingerprint: UInt64? = nil) -> GazetteerEntry? {
        places.withLine(forKey: key, fingerprint: fingerprint ?? SortedNameTable.fingerprint(key)) { rest -> GazetteerEntry? in
            guard let firstTab = rest.firstIndex(of: UInt8(ascii: "\t")),
                  let secondTab = rest[(firstTab + 1)...].firstIndex(of: UInt8(ascii: "\t")) else { return nil }
            let canonical = String(decoding: UnsafeBufferPointer(rebasing: rest[(firstTab + 1)..<secondTab]), as: UTF8.self)
            let kindBytes = UnsafeBufferPointer(rebasing: rest[(secondTab + 1)...])
            let kind = placeKinds.first { $0.bytes.elementsEqual(kindBytes) }?.kind ?? .city
            return GazetteerEntry(type: kind == .company ? .org : .place, kind: kind, canonical: canonical)
        } ?? nil
    }

    private static let placeKinds: [(bytes: [UInt8], kind: GazetteerEntry.Kind)] =
        [GazetteerEntry.Kind.city, .country, .region, .continent, .company].map { (Array($0.rawValue.utf8), $0) }

    /// Whether a lower-case part after a hyphen modifies the name rather than belongs to it:
    /// "Russian-backed", "Kyiv-based" (a known name, or a word such as "based" or "-led")
    /// against "Jung-tai" or "Ching-te" (short syllables of an unknown given name).
    func isModifierTail(head: String, tail: String) -> Bool {
        entry(NameFolding.key(head)) != nil || tail.hasSuffix("ed") || ContextWords.modifierTails.contains(NameFolding.key(tail))
    }

    /// Months and weekdays: capitalised, never names (unlike "May" the person, which is rare
    /// enough in news that we accept missing it).
    func isCalendarWord(_ key: String) -> Bool {
        Self.calendarWords.contains(key)
    }

    private static let calendarWords: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday",
    ]
}
