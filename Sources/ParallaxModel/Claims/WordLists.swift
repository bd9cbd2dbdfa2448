/// Small closed-class English word lists used to find where a counted noun phrase ends and who
/// said something. Knowledge table: ordinary English grammar (function words), no external source.
enum WordLists {
    /// Words that end a noun phrase after a number: articles, prepositions, conjunctions,
    /// pronouns, auxiliaries and common adverbs.
    static let phraseStops: Set<String> = [
        "a", "an", "the", "of", "in", "on", "at", "to", "from", "by", "with", "for", "and", "or", "but", "as", "than",
        "that", "which", "who", "whom", "whose", "this", "these", "those", "is", "are", "was", "were", "be", "been",
        "being", "has", "have", "had", "will", "would", "could", "should", "may", "might", "can", "do", "does", "did",
        "said", "says", "say", "according", "since", "after", "before", "during", "per", "each", "every", "more",
        "less", "fewer", "over", "under", "into", "onto", "across", "near", "around", "about", "while", "when",
        "where", "there", "here", "it", "its", "their", "they", "them", "he", "she", "his", "her", "we", "our",
        "you", "i", "not", "no", "so", "also", "only", "just", "already", "still", "yet", "now", "then", "ago",
        "last", "next", "all", "both", "other", "another", "reportedly", "if", "because", "against", "between",
        "among", "within", "without", "toward", "towards", "through", "up", "down", "out", "off", "away", "back",
        "earlier", "later", "ago", "apiece", "each", "total", "altogether", "respectively", "alone", "or", "nor",
        "whether", "until", "unless", "though", "although", "via", "including", "plus", "minus", "versus", "vs",
        "am", "pm", "very", "too", "almost", "nearly", "roughly", "approximately", "some", "any", "such", "what",
        "how", "why", "even", "ever", "never", "again", "per", "amid", "along", "beyond", "despite", "inside",
        "outside", "since", "upon", "onto", "whereas", "yesterday", "today", "tomorrow",
    ]

    /// Irregular past-tense verbs (and "worth") that end a counted-noun phrase: the regular "-ed"
    /// forms are caught by their ending, these are not ("the 47-year-old chief executive took
    /// over"). Forms that often end a hyphenated compound ("Russian-held", "US-led", "state-run")
    /// stop the phrase only when they stand alone.
    static let irregularPastVerbs: Set<String> = [
        "took", "shook", "made", "gave", "went", "came", "saw", "got", "held", "kept", "told", "lost",
        "paid", "sold", "bought", "struck", "fell", "rose", "grew", "began", "ran", "met", "led", "built",
        "sent", "spent", "brought", "thought", "found", "became", "stood", "broke", "drove", "flew", "fled",
        "fought", "caught", "chose", "spoke", "wrote", "threw", "knew", "shot", "stole", "swept", "sank",
        "sought", "taught", "meant", "felt", "heard", "hid", "slid", "spread", "stuck", "swore", "woke",
        "worth",
    ]

    /// Lower-case direction and position words that follow a distance and are never what is
    /// counted ("11 miles below the surface", "60 kilometres south of the capital").
    static let directionWords: Set<String> = [
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
        "north-west", "south-east", "south-west", "below", "above", "beneath", "underground", "away", "apart",
        "ahead", "behind", "inland", "offshore", "overseas", "abroad", "downstream", "upstream", "deep", "high",
        "long", "wide", "tall", "short", "beyond", "outside", "inside", "closer", "further", "farther",
    ]

    /// Plurals without a final "s" that are common counted nouns in news.
    static let irregularPlurals: Set<String> = [
        "people", "men", "women", "children", "personnel", "staff", "police", "cattle", "livestock", "troops",
        "military", "crew", "aircraft", "infantry", "youth", "clergy", "dead", "wounded", "injured", "missing",
        "killed", "homeless", "elderly", "injuries", "civilians", "refugees", "residents", "migrants", "displaced",
        "detained", "arrested", "evacuated", "captured", "deported", "unemployed",
    ]

    /// Participles and adjectives that count people on their own ("two dead") but modify a
    /// following plural ("six missing people").
    static let participlePlurals: Set<String> = [
        "dead", "wounded", "injured", "missing", "killed", "homeless", "elderly", "displaced", "detained", "arrested",
        "evacuated", "captured", "deported", "unemployed",
    ]

    /// Adjectives that qualify a number and are never the counted thing ("10,000-strong force").
    static let nonHeadAdjectives: Set<String> = [
        "strong", "old", "long", "wide", "high", "tall", "deep", "thick", "large", "big", "small", "new", "more",
        "additional", "other", "extra", "further", "armed", "elite", "fresh", "separate", "different", "major",
        "key", "main", "local", "foreign", "former", "current", "active", "regular", "young", "senior", "top",
        "straight", "consecutive", "successive", "full", "whole", "entire", "total", "estimated", "reported",
        "confirmed", "official", "known", "remaining", "individual", "many", "few", "several",
    ]

    /// Nouns that, after "one", make a phrase rather than a count ("one day", "one side").
    static let oneIdioms: Set<String> = [
        "day", "night", "morning", "evening", "afternoon", "time", "way", "hand", "side", "another", "thing",
        "point", "such", "who", "that", "which", "more", "less", "after", "by", "off", "reason", "option",
        "example", "source", "case", "instance", "occasion", "respect", "sense", "official", "resident", "analyst", "expert",
        "diplomat", "witness", "version", "way", "idea", "question", "issue", "problem", "step", "place", "moment",
    ]

    /// Words before a small number word that make it refer back, not count ("the two sides").
    static let referringDeterminers: Set<String> = [
        "the", "these", "those", "both", "all", "its", "their", "his", "her", "our", "your", "my", "whose",
        "this", "any", "no", "every", "each", "which", "another",
    ]

    /// Quantifiers that pick from a set already named ("each of the three leaders").
    static let partitiveQuantifiers: Set<String> = [
        "each", "all", "both", "none", "some", "any", "most", "many", "several", "either", "neither", "few",
        "one", "half", "every",
    ]

    /// Words after a number word that show it counts something even without a noun ("eight were killed").
    static let countingVerbs: Set<String> = [
        "were", "are", "was", "died", "have", "had", "remain", "remained", "survived", "killed", "injured",
        "wounded", "dead", "missing",
    ]

    /// Verbs of saying that introduce an attribution ("Zelensky said", "the Pentagon confirmed").
    static let reportingVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "stated", "states", "claimed", "claims", "claim", "confirmed",
        "confirms", "estimated", "estimates", "estimate", "reported", "reports", "announced", "announces",
        "noted", "notes", "added", "adds", "wrote", "writes", "insisted", "warned", "warns", "acknowledged",
        "asserted", "assessed", "assesses", "believes", "believed", "alleged", "alleges", "disclosed",
        "revealed", "reveals", "indicated", "suggested", "suggests", "testified", "tweeted", "posted",
        "explained", "emphasized", "emphasised", "underlined", "stressed", "argued", "admitted", "conceded",
        "maintained", "declared", "informed", "briefed", "updated", "counted", "recorded", "documented",
    ]

    /// Words between a speaker and the verb ("the Pentagon has also confirmed").
    static let auxiliaries: Set<String> = [
        "has", "have", "had", "also", "previously", "earlier", "later", "already", "has", "reportedly", "then",
        "now", "publicly", "separately", "recently", "on", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "is", "was", "were", "are", "been", "had", "would", "will", "once",
        "again", "had", "last", "week", "year", "month", "in", "a", "statement", "further",
    ]

    /// Time words that end a speaker phrase read backwards ("last week the ministry said").
    static let timeWords: Set<String> = [
        "week", "weeks", "month", "months", "year", "years", "day", "days", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "morning", "evening", "night", "afternoon", "weekend",
        "today", "yesterday", "tonight", "recently", "earlier", "later",
    ]

    /// Titles dropped from a speaker phrase when no entity mention names the person.
    static let titles: Set<String> = [
        "president", "prime", "minister", "general", "gen", "lieutenant", "lt", "colonel", "col", "major",
        "defence", "defense", "foreign", "secretary", "spokesman", "spokeswoman", "spokesperson", "commander",
        "chief", "mr", "mrs", "ms", "dr", "sen", "senator", "rep", "representative", "governor", "gov", "mayor",
        "chancellor", "admiral", "adm", "sergeant", "sgt", "captain", "capt", "king", "queen", "prince",
        "ambassador", "envoy", "deputy", "vice", "acting", "former", "ukrainian", "russian", "american",
        "national", "security", "adviser", "advisor", "head", "leader", "director", "officer", "press",
        "elect", "president-elect", "of", "staff", "state", "interior", "affairs", "intelligence", "in", "commander-in-chief", "the",
    ]

    /// Words before "over"/"under" + a duration that make it a hedge ("for over two years");
    /// elsewhere "over six days" means "during".
    static let durationHedgeLeads: Set<String> = [
        "for", "of", "after", "lasted", "lasting", "spent", "took", "taken", "within", "than", "in", "just", "spanning",
    ]

    /// Verbs of change before "from A to B": a change, not a range ("rose from 3 to 5").
    static let changeVerbs: Set<String> = [
        "rose", "risen", "rise", "rises", "fell", "fallen", "fall", "falls", "increased", "increase", "increases",
        "decreased", "decrease", "grew", "grown", "grow", "dropped", "drop", "jumped", "climbed", "cut", "raised",
        "reduced", "lowered", "doubled", "tripled", "declined", "surged", "soared", "plunged", "slipped",
        "shrank", "expanded", "went", "moved", "changed", "revised", "upgraded", "downgraded", "up", "down",
    ]
}
