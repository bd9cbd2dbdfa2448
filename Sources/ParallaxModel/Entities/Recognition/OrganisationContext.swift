/// Words around a name that only an organisation has or does: "shares in Tellmark", "the
/// founder of Tellmark", "Tellmark's chief executive", "Tellmark, which makes ...". They type
/// a firm or body that no table knows and whose name has no tell-tale word.
extension NameClassifier {
    func hasOrganisationContext(_ range: Range<Int>) -> Bool {
        // The holder may open the sentence or be capitals ("Shares in ...", "the CEO of ...").
        let holder = range.lowerBound - 2
        if let of = sentence.lowercaseWord(range.lowerBound - 1), of == "of" || of == "in", holder >= 0,
           sentence.tokens[holder].kind == .word, Self.holdingsBeforeOf.contains(sentence.key(holder)) {
            return true
        }
        let last = range.upperBound - 1
        if sentence.tokens[last].hasPossessive, let owned = sentence.lowercaseWord(range.upperBound),
           Self.ownedAfterPossessive.contains(owned) {
            return true
        }
        if movesLikeAShare(after: range.upperBound) { return true }
        // "the plant, operated by Tellmark Energy": what runs a plant or owns a firm.
        if sentence.lowercaseWord(range.lowerBound - 1) == "by", let verb = sentence.lowercaseWord(range.lowerBound - 2),
           Self.operatorVerbs.contains(verb) {
            return true
        }
        // "the opposition Greens", "the ruling Unity bloc": a party named by its place in power.
        if let before = sentence.lowercaseWord(range.lowerBound - 1), Self.partyStandings.contains(before) { return true }
        // "Tellmark, which makes ...": "which" is never said of a person.
        let comma = range.upperBound
        if comma < sentence.tokens.count, sentence.tokens[comma].kind == .punctuation, sentence.scalars[sentence.tokens[comma].start] == ",",
           sentence.lowercaseWord(comma + 1) == "which", let verb = sentence.lowercaseWord(comma + 2), Self.businessVerbs.contains(verb) {
            return true
        }
        return false
    }

    /// "the WAFA news agency", "the Kyodo news service" (not a "news conference"): an outlet,
    /// whatever given name it shares.
    func namesNewsOutlet(_ range: Range<Int>) -> Bool {
        guard sentence.lowercaseWord(range.upperBound) == "news", let kind = sentence.lowercaseWord(range.upperBound + 1) else { return false }
        return Self.newsOutlets.contains(kind)
    }

    /// "Tellmark gained 1.5%", "Tellmark shares fell 4 per cent": a name whose price moves by
    /// a percentage is a listed company.
    private func movesLikeAShare(after index: Int) -> Bool {
        var verb = index
        if let word = sentence.lowercaseWord(verb), word == "shares" || word == "stock" { verb += 1 }
        guard let word = sentence.lowercaseWord(verb), Self.priceMoves.contains(word) else { return false }
        var next = verb + 1
        var sawNumber = false
        while next < sentence.tokens.count, next - verb <= 8 {
            let token = sentence.tokens[next]
            if token.kind == .number {
                sawNumber = true
            } else if token.kind == .punctuation {
                if sentence.scalars[token.start] == "%" { return sawNumber }
                if sentence.scalars[token.start] != "." { return false }
            } else if let word = sentence.lowercaseWord(next) {
                if sawNumber { return word == "percent" || word == "per" || word == "pc" }
                guard Self.beforePriceMove.contains(word) else { return false }
            } else {
                return false
            }
            next += 1
        }
        return false
    }

    /// "Ana Ruiz (Vox)", "the prosecutor's office (PGR)": one word in brackets right after a
    /// name is the person's party or the body's initials, not another person.
    func isBracketedAfterName(_ range: Range<Int>) -> Bool {
        guard range.count == 1 else { return false }
        let open = range.lowerBound - 1, close = range.upperBound
        guard open >= 1, close < sentence.tokens.count, isPunctuation(open, "("), isPunctuation(close, ")") else { return false }
        let before = sentence.tokens[open - 1]
        return before.kind == .word && before.isCapitalised && !before.hasPossessive
    }

    private func isPunctuation(_ index: Int, _ scalar: Unicode.Scalar) -> Bool {
        let token = sentence.tokens[index]
        return token.kind == .punctuation && sentence.scalars[token.start] == scalar
    }

    // MARK: Tables (hand-written for Parallax)

    /// Nouns before "of" or "in" that name what one owns or runs in a company ("shares in",
    /// "the founder of", "a stake in", "the chief executive of").
    static let holdingsBeforeOf: WordSet = [
        "shares", "stake", "stakes", "shareholder", "shareholders", "stock", "stockholders", "investors",
        "subsidiary", "subsidiaries", "unit", "division", "takeover", "acquisition", "flotation", "listing",
        "ceo", "executive", "chairman", "chairwoman", "chairperson", "founder", "co-founder", "cofounder",
        "founders", "board", "directors", "headquarters", "employees", "staff", "customers", "clients",
    ]

    /// Nouns after a name's possessive that a company has ("Tellmark's shares", "Tellmark's
    /// chief executive", "Tellmark's headquarters").
    static let ownedAfterPossessive: WordSet = [
        "shares", "stock", "shareholders", "board", "ceo", "chairman", "chairwoman", "founder",
        "co-founder", "headquarters", "subsidiary", "subsidiaries", "revenue", "revenues", "profit",
        "profits", "sales", "turnover", "customers", "clients", "products", "factory", "factories",
        "plants", "stores", "shops", "brand", "brands", "listing", "valuation", "employees", "workforce",
        "chief", "executives", "bosses", "management",
    ]

    /// Verbs of a share price's move ("gained 1.5%").
    static let priceMoves: WordSet = [
        "rose", "fell", "gained", "lost", "jumped", "climbed", "dropped", "slipped", "slid", "slumped",
        "surged", "tumbled", "soared", "plunged", "sank", "dipped", "rallied", "edged", "added", "shed",
        "advanced", "declined", "retreated", "plummeted", "spiked", "leapt", "leaped", "firmed", "eased",
    ]

    /// Words between a price move and its figure ("fell by as much as 4%", "edged up 0.2%").
    static let beforePriceMove: WordSet = [
        "by", "as", "much", "up", "down", "more", "than", "nearly", "almost", "about", "around", "some",
        "over", "another", "a", "further", "higher", "lower",
    ]

    /// Participles before "by" and a body that runs or owns something ("operated by").
    static let operatorVerbs: WordSet = ["operated", "owned", "run", "managed", "controlled", "acquired", "bought", "manufactured", "built"]

    /// What "news" names after an outlet's name.
    static let newsOutlets: WordSet = ["agency", "service", "channel", "network", "site", "website", "outlet", "portal", "wire"]

    /// Words for a party's place in power, written right before its name ("the opposition
    /// Greens", "the ruling Jubilee").
    static let partyStandings: WordSet = ["opposition", "ruling", "governing"]

    /// Verbs of doing business after ", which": "Tellmark, which makes ...". Not "is", "was" or
    /// "has": a town is as often "Yarova, which was called Stalevar" or "Lisne, which has 4,000 people".
    static let businessVerbs: WordSet = [
        "makes", "owns", "operates", "runs", "sells", "employs", "holds", "builds", "supplies",
        "produces", "manufactures", "provides", "develops", "designs", "resells", "controls",
        "invests", "trades", "offers", "markets", "distributes", "publishes", "broadcasts", "lends",
        "insures", "mines", "ships", "flies",
    ]
}
