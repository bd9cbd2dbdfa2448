/// Knowledge table: counted nouns that name the same kind of thing in news reports, so that
/// "troops", "soldiers" and "forces" can be compared. Hand-written from ordinary English usage.
enum NounClasses {
    /// Lower-case noun (singular or plural) → class name.
    static let classOf: [String: String] = {
        var table: [String: String] = [:]
        func add(_ name: String, _ words: [String]) {
            for word in words { table[word] = name }
        }
        add("troops", ["troops", "troop", "soldiers", "soldier", "forces", "force", "personnel", "servicemen", "serviceman",
                       "servicemembers", "fighters", "fighter", "army", "armies", "military", "infantry", "combatants",
                       "conscripts", "recruits", "mercenaries", "reservists", "marines", "paratroopers", "militants",
                       "service members", "men", "contingent", "enemy", "enemies", "occupiers", "group", "grouping"])
        add("deaths", ["deaths", "death", "dead", "killed", "fatalities", "fatality", "lives", "bodies", "toll", "victims"])
        add("wounded", ["wounded", "injured", "injuries", "hurt", "casualties", "casualty"])
        add("rescued", ["survivors", "survivor"])
        add("people", ["people", "persons", "person", "civilians", "civilian", "individuals", "individual", "residents",
                       "citizens", "inhabitants", "population", "consumers"])
        add("employees", ["employees", "employee", "workers", "worker", "staff", "staffers", "workforce", "labourers",
                          "laborers", "payroll"])
        add("jobs", ["jobs", "job", "positions", "position", "posts", "roles", "layoffs", "redundancies", "job cuts"])
        add("drones", ["drones", "drone", "uavs", "uav", "quadcopters"])
        add("missiles", ["missiles", "missile", "rockets", "rocket", "projectiles"])
        add("aircraft", ["aircraft", "jets", "jet", "planes", "plane", "warplanes", "fighter jets", "helicopters", "helicopter"])
        add("vehicles", ["vehicles", "vehicle", "tanks", "tank", "armoured vehicles", "apcs"])
        add("trucks", ["trucks", "truck", "lorries", "lorry"])
        add("prisoners", ["prisoners", "prisoner", "pows", "captives", "detainees"])
        add("displaced", ["refugees", "refugee", "evacuees", "displaced", "migrants"])
        add("children", ["children", "child", "kids", "minors"])
        add("homes", ["homes", "home", "houses", "house", "dwellings", "dwelling", "residences", "apartments", "flats"])
        add("settlements", ["settlements", "settlement", "villages", "village", "towns", "town"])
        // Things measured in length or area.
        add("territory", ["territory", "territories", "region", "land", "lands", "area", "areas", "farmland", "fields",
                          "field", "ground", "forest", "forests", "countryside", "wetland", "wetlands"])
        add("border", ["border", "borders", "frontier", "frontiers", "frontline", "front", "coast", "coastline", "shoreline"])
        add("fortifications", ["fortifications", "fortification", "trenches", "trench", "defences", "defenses", "ditches",
                               "barriers", "fences", "fence", "walls", "wall", "defensive lines"])
        add("routes", ["roads", "road", "track", "tracks", "railway", "railways", "rail", "pipeline", "pipelines", "route", "routes"])
        return table
    }()

    /// Whether the table knows this noun (an unknown noun never rules a pair out).
    static func isKnown(_ noun: String) -> Bool { classOf[noun.lowercased()] != nil }

    /// Words in a sentence that mark killing, wounding or rescuing, which changes what people-nouns count.
    static let casualtyWords: [String: String] = [
        "killed": "deaths", "kill": "deaths", "kills": "deaths", "killing": "deaths", "died": "deaths", "dead": "deaths",
        "deaths": "deaths", "death": "deaths", "fatalities": "deaths", "eliminated": "deaths", "perished": "deaths",
        "wounded": "wounded", "injured": "wounded", "injuring": "wounded", "casualties": "wounded", "hurt": "wounded",
        "rescued": "rescued", "rescuing": "rescued", "rescues": "rescued",
    ]

    /// Topic words that name one thing in business news, mapped to one spelling before stemming,
    /// so a share move in "shares fell 4.3%" meets "the stock closed down 5.1%".
    static let topicSynonyms: [String: String] = [
        "shares": "stock", "share": "stock", "stocks": "stock", "equities": "stock",
        "revenue": "sales", "revenues": "sales", "turnover": "sales",
        "earnings": "profit", "profits": "profit",
    ]

    /// Words just before "people" that make it a workforce ("employs 58,000 people").
    static let employmentWords: Set<String> = [
        "employs", "employ", "employed", "employing", "hires", "hired", "hiring", "hire", "payroll", "workforce",
        "staff", "staffed",
    ]

    /// The class of a noun: from the table, else its own lower-case singular form.
    static func name(for noun: String) -> String {
        let lower = noun.lowercased()
        if let known = classOf[lower] { return known }
        if lower.hasSuffix("ies"), lower.count > 4 { return String(lower.dropLast(3)) + "y" }
        if lower.hasSuffix("s"), !lower.hasSuffix("ss"), lower.count > 3 { return String(lower.dropLast()) }
        return lower
    }
}
