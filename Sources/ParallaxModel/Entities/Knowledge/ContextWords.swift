/// Small tables of context words used by recognition (hand-written for Parallax).
enum ContextWords {
    /// Lower-case words allowed inside a name when more capitalised words follow
    /// ("Institute for the Study of War", "Ministry of Defence", "Bosnia and Herzegovina").
    static let organisationConnectors: WordSet = [
        "of", "for", "the", "de", "la", "du",
        // The same inside bodies' names in other languages ("Laboratoire des Sciences du
        // Climat", "Istituto Superiore di Sanità", "Banco do Brasil").
        "des", "di", "del", "della", "dei", "delle", "degli", "do", "da", "dos", "das", "der",
    ]

    /// Particles inside personal and place names ("Ursula von der Leyen", "Abu Dhabi").
    static let nameParticles: WordSet = [
        "de", "da", "di", "del", "della", "der", "den", "van", "von", "bin", "ibn", "al", "el",
        "la", "le", "du", "dos", "das", "y", "ben", "abu", "bint",
    ]

    /// Particles that begin a surname written without the given name ("von der Leyen", "da
    /// Silva", "van Gogh"); not the Arabic ones, which are written joined ("al-Sisi").
    static let surnameParticles: WordSet = [
        "de", "da", "di", "del", "della", "der", "den", "van", "von", "du", "dos", "das", "ter", "ten",
    ]

    /// Arabic words that open a name as a particle would ("Abu Mohammed al-Jolani", "Bin Salman").
    static let arabicNameParticles: WordSet = ["abu", "bin", "ibn", "bint"]

    /// Verbs of speech after a name make it a speaker: a person (or an organisation, which
    /// the gazetteer or an organisation word will have caught first).
    static let speechVerbs: WordSet = [
        "said", "says", "told", "added", "wrote", "stated", "announced", "noted", "warned",
        "claimed", "insisted", "argued", "explained", "tweeted", "posted", "confirmed", "denied",
        "admitted", "urged", "vowed", "asked", "replied", "recalled",
    ]

    /// Prepositions that introduce places ("in Sudzha", "near Pokrovsk").
    static let placePrepositions: WordSet = [
        "in", "near", "outside", "from", "into", "towards", "toward", "across", "around", "to",
        "at", "inside", "through", "via",
    ]

    /// Lower-case nouns that make the name before them a place ("the Kursk region") or, after
    /// "of", the name after them ("the region of Kursk").
    static let placeNouns: WordSet = [
        "region", "regions", "oblast", "province", "city", "town", "village", "villages",
        "district", "county", "state", "republic", "peninsula", "island", "river", "border",
        "capital", "port", "settlement", "area", "front", "direction", "exclave", "enclave",
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
        "outskirts", "suburbs", "centre", "center", "coast", "shores", "parts",
        // Structures named after their place ("the Kakhovka dam", "the Hmeimim base").
        "dam", "bridge", "reservoir", "airport", "airfield", "airbase", "base", "station", "plant",
        "tunnel", "crossing", "checkpoint", "motorway", "highway", "flyover", "junction", "interchange",
        // Land and water named by the place ("the Zelva valley", "the Mekong delta").
        "valley", "basin", "delta", "estuary", "gorge", "plain", "plains", "plateau", "hills",
        "mountains", "lake", "forest", "desert", "steppe", "bay", "gulf", "strait", "canyon",
        "glacier", "islands", "archipelago", "rivers", "lakes", "valleys", "provinces", "districts",
        "towns", "cities",
        // Open spaces and quarters named by the place ("the Cinquantenaire park").
        "park", "parks", "square", "gardens", "beach", "harbour", "harbor", "quarter", "neighbourhood",
        "neighborhood",
    ]

    /// Titles written after the party or place a person belongs to ("the Labour MP", "a
    /// Kremlin spokesman"): cut off the name.
    static let titlesAfterNames: WordSet = [
        "mp", "mps", "mep", "meps", "lawmaker", "lawmakers", "senator", "councillor", "spokesman",
        "spokeswoman", "spokesperson",
    ]

    /// People who work somewhere: "an analyst at Jefferies" names an employer, not a place.
    static let workplaceNouns: WordSet = [
        "analyst", "analysts", "economist", "economists", "strategist", "researcher", "researchers",
        "professor", "lecturer", "scientist", "scientists", "epidemiologist", "lawyer", "lawyers",
        "partner", "executive", "executives", "banker", "bankers", "engineer", "engineers",
        "fellow", "adviser", "advisor", "consultant", "trader", "employee", "employees", "staff",
        "worker", "workers", "director", "manager", "official", "officials", "spokesperson",
        "spokesman", "spokeswoman", "head", "chief", "colleagues", "student", "students",
        "chemist", "chemists", "physicist", "physicists", "biologist", "biologists", "historian",
        "historians", "academic", "academics", "expert", "experts", "specialist", "specialists",
        "virologist", "virologists", "mathematician", "psychologist", "sociologist", "doctor", "doctors", "physician", "surgeon",
        "lecturers", "professors", "fellows", "graduate", "graduates", "alumni", "dean",
    ]

    /// Legal forms written after a company's name ("Deutsche Bank AG", "Acme Co"): the
    /// gazetteer lists the name without them.
    static let legalSuffixes: Set<String> = [
        "inc", "inc.", "corp", "corp.", "co", "co.", "plc", "ag", "se", "nv", "n.v.", "sa", "s.a.",
        "ltd", "ltd.", "llc", "gmbh", "spa", "s.p.a.", "corporation", "company", "limited",
    ]

    /// Words that only say what a company does ("Toyota Motor", "Samsung Electronics"): a
    /// company's name with one of them is the company, not one of its products.
    static let companyTailWords: Set<String> = [
        "technology", "technologies", "electronics", "electric", "motors", "motor", "pharmaceuticals",
        "pharmaceutical", "pharma", "therapeutics", "biosciences", "energy", "airlines", "airways",
        "systems", "industries", "communications", "brands", "foods", "semiconductor", "semiconductors",
        "software", "networks", "entertainment", "financial", "healthcare", "resources", "petroleum",
        "chemicals", "chemical", "materials", "automotive", "aerospace", "interactive", "platforms",
        "labs", "laboratories", "instruments", "devices", "solutions", "services", "capital", "heavy",
        "properties", "realty", "insurance", "logistics", "mining", "steel", "bank", "securities",
        "research", "ventures", "studios", "music", "media", "international", "global", "america",
        "europe", "asia", "group", "holdings",
    ]

    /// Words for a business unit written after its parent's name ("Siemens Mobility", "DB
    /// Cargo"): a firm of its own, neither the parent nor a product.
    static let businessUnitWords: WordSet = ["cargo", "freight", "mobility", "rail", "railway", "railways"]

    /// Organisation words that name a product after a maker's name ("Apple Watch", "Apple TV",
    /// "Google Pay"), not a part of the company.
    static let productWords: Set<String> = ["watch", "tv", "pay", "card", "store", "play", "maps", "drive", "cloud"]

    /// Words naming a product's tier or size, written after its family's name and before
    /// a version number ("Mistral Large 3", "Galaxy Ultra 2", "Claude Opus 4"): with the
    /// number they make a model's name, whoever the maker is. Hand-written for Parallax.
    static let productTierWords: WordSet = [
        "pro", "max", "ultra", "plus", "mini", "lite", "air", "flash", "nano", "turbo", "large",
        "medium", "small", "opus", "sonnet", "haiku", "fold", "flip", "note", "edge", "xl", "se",
        "prime", "neo", "studio", "vision", "omni", "reasoner", "coder",
    ]

    /// Acronyms of common nouns ("AI", "CEO", "GDP", "EV"): written in capitals, yet never a
    /// name on their own. Hand-written for Parallax.
    static let commonNounAcronyms: WordSet = [
        "ai", "agi", "ceo", "cfo", "coo", "cto", "gdp", "gnp", "cpi", "ipo", "ev", "evs", "vat", "hr",
        "tv", "pc", "cpu", "gpu", "llm", "api", "suv", "atm", "dna", "rna", "mba", "uav", "gps",
        "vpn", "usb", "lng", "lpg", "esg", "agm", "faq", "cctv", "diy", "hq", "iq", "ivf", "led",
        "mri", "ngo", "ngos", "ppe", "qr", "sim", "sms", "sme", "smes", "url", "vip", "vr", "wifi",
        "ceos", "ipos", "suvs", "gpus", "cpus", "llms", "uavs", "atms",
    ]

    /// Lower-case kinds of business written right after a name ("the Liberty Ostrava
    /// steelworks", "the Halvorsen group"); places keep their own nouns ("the Zwickau plant"
    /// is a known town, typed before this is asked).
    static let businessNounsAfterNames: Set<String> = [
        // Parties and their alliances ("the ruling Kenya Kwanza coalition").
        "coalition", "alliance", "party",
        // Outlets ("told France Info radio").
        "radio", "channel", "magazine", "website",
        "steelworks", "company", "firm", "group", "conglomerate", "brand", "subsidiary", "franchise",
        "shipyard", "refinery", "carmaker", "automaker", "chipmaker", "lender", "bank", "insurer",
        "airline", "retailer", "chain", "brewery", "broadcaster", "newspaper", "consultancy",
    ]

    /// Verbs before "at" that make a university town the university ("studied at Oxford").
    static let universityVerbs: Set<String> = [
        "studied", "studies", "study", "studying", "teaches", "taught", "teaching", "lectures",
        "lectured", "enrolled", "educated", "works", "worked", "working", "researchers",
    ]

    /// Lower-case nouns for kinds of organisation, written right before one's name ("the
    /// consultancy Drewry", "shipping group Maersk", "the newspaper De Tijd").
    static let organisationNouns: WordSet = [
        "firm", "company", "group", "consultancy", "carrier", "lender", "insurer", "retailer",
        "broadcaster", "newspaper", "daily", "weekly", "magazine", "tabloid", "outlet", "publisher",
        "agency", "union", "club", "airline", "startup", "conglomerate", "maker", "manufacturer",
        "chipmaker", "carmaker", "automaker", "supermarket", "chain", "operator", "regulator",
        "charity", "watchdog", "thinktank", "think-tank", "platform", "fund", "bank", "brokerage",
        "exchange", "label", "studio", "supplier", "distributor", "contractor", "miner", "refiner",
        "shipper", "utility", "developer", "builder", "investor", "drugmaker", "pharmaceutical",
        "giant", "planemaker", "railway", "railways", "coalition", "monitor",
    ]

    /// Nouns that name an organisation only in an appositive after the name ("Foundem, a
    /// price-comparison site"): before a name they are too often something else ("site Gamma").
    static let appositiveOrganisationNouns: WordSet = [
        "site", "website", "service", "business", "start-up", "startup", "broker", "developer", "producer",
        "miner", "contractor", "refiner", "shipper",
        "organisation", "organization", "nonprofit", "non-profit", "ngo", "institute", "party", "movement",
        // A firm's part ("DB Cargo, the freight arm of ...").
        "arm", "unit", "subsidiary", "division", "offshoot",
    ]

    /// Lower-case kinds of product written right before a product's name ("the vaccine,
    /// Plasmovax,", "the drug Zelvira", "the app Tandem").
    static let productNouns: WordSet = [
        "vaccine", "vaccines", "drug", "drugs", "medicine", "treatment", "pill", "app", "apps",
        "chatbot", "software", "smartphone", "handset", "console", "aircraft", "jet", "jets",
        "missile", "missiles", "drone", "drones", "rocket", "satellite", "vessel", "tanker",
        "ship", "game", "film", "album", "novel", "cryptocurrency",
    ]

    /// Kinds of product that name the product when written after its name ("Blackwell chips",
    /// "Model Y cars"), besides `productNouns`.
    static let productNounsAfterNames: WordSet = [
        "chip", "chips", "processor", "processors", "phone", "phones", "laptop", "laptops", "tablet",
        "car", "cars", "suv", "suvs", "truck", "trucks", "engine", "engines", "tablets", "jab", "shot",
    ]

    /// Possessive words that begin names ("People's Party", "King's College", "Women's
    /// Hospital") even when the story never writes them in lower case.
    static let possessiveNameHeads: WordSet = [
        "people", "king", "queen", "prince", "princess", "children", "women", "men", "veterans",
        "citizens", "workers", "st",
    ]

    /// Kinds of site written between a place's name and "plant", "base" or "camp" ("the Tomari
    /// nuclear plant", "the Ramstein air base"); not "steel" or "car", whose plants bear a
    /// firm's name.
    static let siteKinds: WordSet = [
        "nuclear", "power", "coal", "gas", "hydroelectric", "hydro", "wind", "solar", "geothermal", "military",
        "air", "naval", "refugee", "border", "railway", "rail", "train", "bus", "ferry", "international",
        "detention", "migrant",
    ]

    /// Figures and studies, written before "from" or "by" and their source ("data from
    /// Dataforce", "a survey by Ipsos").
    static let figureSources: WordSet = [
        "data", "figures", "statistics", "estimates", "estimate", "survey", "surveys", "poll", "polls",
        "analysis", "research", "report", "study", "forecasts", "forecast", "calculations", "tracking",
    ]

    /// A party's member, written after the place they represent ("a New York Democrat"); not
    /// plurals, which name parties ("Sweden Democrats").
    static let partyMembers: WordSet = ["democrat", "republican", "conservative", "tory", "liberal", "socialist"]

    /// Directions written before a place's name as part of a region's ("Western Pacific").
    static let compassWords: WordSet = [
        "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
        "northeastern", "northwestern", "southeastern", "southwestern", "upper", "lower",
    ]

    /// "St", "Saint": before a saint's name in the names of places ("St Peter's Square").
    static let saintWords: WordSet = ["st", "saint", "ste", "sainte", "san", "santa", "sankt"]

    /// Written after a personal name and part of it ("Ferdinand Marcos Jr."), but not a word
    /// to compare when merging.
    static let generationalSuffixes: WordSet = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]

    /// The Arabic article in romanised names, written or dropped at will ("Abdel Fattah
    /// al-Burhan", "Abdel-Fattah Burhan"): ignored when comparing names.
    static let arabicArticles: WordSet = ["al", "el", "ad", "ash", "as", "ar", "an", "at", "az"]

    /// Words naming a kind of storm, written before the storm's name ("Typhoon Haiyan").
    static let stormWords: WordSet = ["typhoon", "hurricane", "cyclone", "storm", "tropical storm", "super typhoon"]

    /// Capitalised words that end the name of an event ("Second World War", "Paris Olympics").
    static let eventWords: WordSet = [
        "war", "olympics", "games", "cup", "championship", "summit", "conference",
        "festival", "election", "elections", "referendum", "offensive", "crisis", "revolution",
        "agreement", "accords", "treaty", "pact", "initiative", "plan", "act", "prize", "awards",
    ]

    /// Lower-case words for an area of land, after its name ("the Kursk region"): a subset of
    /// `placeNouns` that names nothing but a place (unlike "plant", "base" or "front").
    static let areaNouns: WordSet = [
        "region", "oblast", "province", "prefecture", "district", "county", "peninsula", "coast",
        "valley", "island", "islands",
    ]

    /// Capitalised words that open a place name ("Lake Toba", "Mount Kenya", "Cape Horn").
    static let placeHeads: WordSet = [
        "lake", "mount", "mt", "cape", "isle", "fort", "loch", "lac", "monte", "mont", "sierra", "cerro",
        "gunung", "pulau", "wadi", "jebel", "jabal",
        // Stations, streets, squares, bridges, parks and stadiums in the languages news quotes
        // them in ("Gare du Nord", "Piazza Navona", "Estadio Azteca"); written as keys are, without
        // accents.
        "gare", "rue", "avenida", "praca", "piazza", "piazzale", "plaza", "placa", "calle", "stadio",
        "estadio", "aeropuerto", "aeroport", "aeroporto", "flughafen", "pont", "ponte", "puente", "parc", "parque",
        "jardin", "jardim", "palais", "palazzo", "palacio", "schloss", "castello", "castillo", "porta",
        "porte", "puerta", "bahnhof", "platz", "ulica", "ulitsa", "prospekt",
        // Water, woods and towns ("Étang de Berre", "Isla Mujeres", "Città Alta").
        "etang", "ile", "isla", "ilha", "golfe", "baie", "lago", "laguna", "playa", "praia", "bahia",
        "bois", "foret", "bosque", "citta", "ciudad", "cidade",
        // Streets and hotels and camps named before their name ("Carrer de la Creu", "Hotel Kilkenny").
        "carrer", "boulevard", "hotel", "camp",
    ]

    /// Prefixes written before a ship's name ("KM Sinar Bangun", "HMS Victory", "MV Wakashio"),
    /// in capitals. Hand-written for Parallax.
    static let shipPrefixes: WordSet = [
        "km", "kmp", "mv", "mt", "ms", "mfv", "uss", "hms", "hmas", "hmcs", "hmnzs", "ins", "rms", "ss",
        "fs", "lng", "brp", "kri", "sas", "tcg", "js",
    ]

    /// Capitalised words that end a place name ("Kursk Oblast", "Black Sea").
    static let placeDesignators: WordSet = [
        "oblast", "region", "province", "governorate", "district", "county", "raion", "krai",
        "republic", "island", "islands", "mountains", "river", "sea", "ocean", "valley", "strait",
        "peninsula", "bay", "gulf", "lake", "desert", "city", "square", "street", "avenue",
        "airport", "port", "bridge", "dam", "station", "park", "plant", "stadium", "arena",
        "palace", "castle", "cathedral", "mosque", "temple", "abbey", "harbour", "harbor", "canal",
        "road", "lane", "boulevard", "highway", "expressway",
        "shrine", "memorial", "monument", "cemetery", "tower",
        // Land named by a river or country ("Niger Delta", "Congo Basin").
        "delta", "basin", "plateau", "highlands", "coast",
        // "Iwate Prefecture": a prefecture is an area in Japan, China and Greece, not the office.
        "prefecture", "village", "gymnasium", "dome", "trough", "ward", "line", "mainline", "heights",
        "hills", "reef", "atoll", "archipelago", "fjord", "glacier",
        "falls", "lagoon", "oasis", "ridge", "trench", "terminal", "pier", "wharf", "quay", "marina",
        "junction", "checkpoint", "barracks", "prison", "jail", "gardens", "forest", "wetlands",
        // South Asian place words: "Malviya Nagar", "Chandni Chowk", "Rajpath Marg".
        "nagar", "chowk", "marg",
    ]

    /// Lower-case words after a hyphen that modify the name before them ("Kyiv-based",
    /// "Moscow-style") rather than belong to it ("Jung-tai", "Co-operation"); any word in
    /// "-ed" counts too ("Russian-occupied").
    static let modifierTails: WordSet = [
        "based", "born", "style", "era", "made", "run", "speaking", "leaning", "friendly", "like",
        "wide", "bound", "free", "type", "class", "level", "owned", "held", "led", "backed",
        "linked", "allied", "aligned", "centric", "sponsored", "controlled", "occupied", "area",
        "region", "border", "language", "american", "british",
    ]
}
