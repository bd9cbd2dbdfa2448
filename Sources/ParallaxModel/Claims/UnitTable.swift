/// What a unit measures; claims are only compared within one dimension.
public enum UnitDimension: String, Sendable, Hashable {
    case count, percent, length, area, mass, duration, speed, money, volume, temperature
    /// An earthquake's magnitude: a logarithmic scale, compared only with other magnitudes.
    case magnitude
}

/// One way of writing a unit, and how to convert it to the canonical unit.
struct UnitEntry: Sendable {
    /// Lower-case tokens as the tokenizer produces them ("square", "miles"; "km", "²").
    var words: [String]
    /// Canonical unit: km, km2, kg, s, m/s, percent, or an ISO currency code.
    var unit: String
    /// Multiply a written value by this to get the canonical unit.
    var factor: Double
    var dimension: UnitDimension
}

/// Knowledge table of units written after a number, with conversions to canonical units.
///
/// Sources: the conversion factors are the exact international definitions (NIST Special
/// Publication 811, Appendix B: 1 mile = 1.609344 km, 1 lb = 0.45359237 kg, 1 acre =
/// 4046.8564224 m², 1 knot = 1852 m/h, US short ton = 907.18474 kg); the JSON contract fixes
/// 1 square mile = 2.589988 km² and 1 year = 365.25 days. Currency codes are ISO 4217. No
/// exchange rates: money stays in the currency it was written in.
enum UnitTable {
    static let day: Double = 86_400
    static let year: Double = 365.25 * day

    static let after: [UnitEntry] = {
        var table: [UnitEntry] = []
        func add(_ spellings: [String], _ unit: String, _ factor: Double, _ dimension: UnitDimension) {
            for spelling in spellings {
                table.append(UnitEntry(words: spelling.split(separator: " ").map(String.init), unit: unit, factor: factor, dimension: dimension))
            }
        }
        // Percent.
        add(["%", "per cent", "percent", "pc", "percentage points", "percentage point", "pct"], "percent", 1, .percent)
        add(["basis points", "basis point", "bps", "bp"], "percent", 0.01, .percent)
        // Area.
        add(["square kilometres", "square kilometers", "square kilometre", "square kilometer", "sq km", "km ²", "km 2",
             "sqkm", "square km"], "km2", 1, .area)
        add(["square miles", "square mile", "sq mi", "sq miles", "sq mile", "mi ²", "mi 2"], "km2", 2.589988, .area)
        add(["square metres", "square meters", "square metre", "square meter", "sq m", "m ²", "m 2"], "km2", 1e-6, .area)
        add(["hectares", "hectare", "ha"], "km2", 0.01, .area)
        add(["acres", "acre"], "km2", 0.0040468564224, .area)
        // Speed (before length so "km/h" wins over "km").
        add(["km / h", "kmh", "km/h", "kph", "kilometres per hour", "kilometers per hour", "kilometres an hour",
             "kilometers an hour"], "m/s", 1 / 3.6, .speed)
        add(["mph", "miles per hour", "miles an hour"], "m/s", 0.44704, .speed)
        add(["m / s", "metres per second", "meters per second"], "m/s", 1, .speed)
        add(["knots", "knot"], "m/s", 1852.0 / 3600.0, .speed)
        // Length.
        add(["kilometres", "kilometers", "kilometre", "kilometer", "km", "kms"], "km", 1, .length)
        add(["nautical miles", "nautical mile"], "km", 1.852, .length)
        add(["miles", "mile", "mi"], "km", 1.609344, .length)
        add(["metres", "meters", "metre", "meter"], "km", 1e-3, .length)
        add(["centimetres", "centimeters", "cm"], "km", 1e-5, .length)
        add(["millimetres", "millimeters", "mm"], "km", 1e-6, .length)
        add(["feet", "foot", "ft"], "km", 0.0003048, .length)
        add(["yards", "yard", "yd"], "km", 0.0009144, .length)
        add(["inches", "inch"], "km", 0.0000254, .length)
        // Mass.
        add(["kilograms", "kilogrammes", "kilogram", "kg", "kgs", "kilos"], "kg", 1, .mass)
        add(["grams", "gram"], "kg", 1e-3, .mass)
        add(["tonnes", "tonne", "metric tons", "metric ton"], "kg", 1_000, .mass)
        add(["tons", "ton"], "kg", 907.18474, .mass)
        add(["lbs", "lb", "pounds of"], "kg", 0.45359237, .mass)
        add(["ounces", "ounce", "oz"], "kg", 0.028349523125, .mass)
        // Volume (an extension of the contract's list: canonical m3). US gallon = 3.785411784 L;
        // oil barrel = 42 US gallons.
        add(["cubic metres", "cubic meters", "cubic metre", "cubic meter", "m ³", "m 3", "cu m"], "m3", 1, .volume)
        add(["litres", "liters", "litre", "liter"], "m3", 0.001, .volume)
        add(["gallons", "gallon"], "m3", 0.003785411784, .volume)
        add(["barrels", "barrel"], "m3", 0.158987294928, .volume)
        // Earthquake magnitude (an extension of the contract's list, kept as written): "6.8-magnitude".
        add(["magnitude"], "magnitude", 1, .magnitude)
        // Durations, in seconds.
        add(["seconds", "second", "secs", "sec"], "s", 1, .duration)
        add(["minutes", "minute", "mins", "min"], "s", 60, .duration)
        add(["hours", "hour", "hrs", "hr"], "s", 3_600, .duration)
        add(["days", "day"], "s", day, .duration)
        add(["weeks", "week"], "s", 7 * day, .duration)
        add(["months", "month"], "s", year / 12, .duration)
        add(["years", "year", "yrs"], "s", year, .duration)
        add(["decades", "decade"], "s", 10 * year, .duration)
        add(["centuries", "century"], "s", 100 * year, .duration)
        // Money written after the number.
        add(["us dollars", "dollars", "dollar", "usd"], "USD", 1, .money)
        add(["euros", "euro", "eur"], "EUR", 1, .money)
        add(["pounds sterling", "sterling", "gbp"], "GBP", 1, .money)
        add(["hryvnias", "hryvnia", "hryvnas", "hryvnya", "uah"], "UAH", 1, .money)
        add(["roubles", "rubles", "rouble", "ruble", "rub"], "RUB", 1, .money)
        add(["yuan", "renminbi", "cny", "rmb"], "CNY", 1, .money)
        add(["yen", "jpy"], "JPY", 1, .money)
        add(["rupees", "rupee", "inr"], "INR", 1, .money)
        add(["swiss francs", "francs", "chf"], "CHF", 1, .money)
        add(["shekels", "shekel", "ils"], "ILS", 1, .money)
        add(["krw"], "KRW", 1, .money)
        add(["lira"], "TRY", 1, .money)
        add(["zlotys", "zloty", "pln"], "PLN", 1, .money)
        add(["canadian dollars"], "CAD", 1, .money)
        // Hundredth parts of a currency, written after the figure ("65 cents", "40 pence").
        // Plain "cents" is read as US cents, the commonest in English news.
        add(["euro cents", "euro cent"], "EUR", 0.01, .money)
        add(["cents", "cent"], "USD", 0.01, .money)
        add(["pence"], "GBP", 0.01, .money)
        add(["kopecks", "kopeks"], "RUB", 0.01, .money)
        add(["kopiykas"], "UAH", 0.01, .money)
        add(["australian dollars"], "AUD", 1, .money)
        // Longest spelling first, so "square miles" is preferred over "miles".
        return table.sorted { $0.words.count > $1.words.count }
    }()

    /// Units by their first word, so a lookup after a number touches only a few entries.
    /// Temperatures keep the scale they were written in (no conversion between scales).
    static let temperatures: [UnitEntry] = [
        UnitEntry(words: ["degrees", "celsius"], unit: "degC", factor: 1, dimension: .temperature),
        UnitEntry(words: ["degrees", "fahrenheit"], unit: "degF", factor: 1, dimension: .temperature),
        UnitEntry(words: ["°", "c"], unit: "degC", factor: 1, dimension: .temperature),
        UnitEntry(words: ["°", "f"], unit: "degF", factor: 1, dimension: .temperature),
        UnitEntry(words: ["degrees"], unit: "degrees", factor: 1, dimension: .temperature),
    ]

    /// A capital scale letter glued to the figure: "-15C", "98F". Only glued, since "5 c" is not a temperature.
    static let gluedTemperatures: [String: UnitEntry] = [
        "c": UnitEntry(words: ["c"], unit: "degC", factor: 1, dimension: .temperature),
        "f": UnitEntry(words: ["f"], unit: "degF", factor: 1, dimension: .temperature),
    ]

    static let byFirstWord: [String: [UnitEntry]] = Dictionary(grouping: after + temperatures, by: { $0.words.first ?? "" })
        .mapValues { $0.sorted { $0.words.count > $1.words.count } }

    /// Every word a unit can start with.
    static let firstWords: Set<String> = Set(byFirstWord.keys)

    /// Words after a scaled number that mean pounds sterling rather than weight ("£", "5 billion pounds").
    static let poundsAsMoney = UnitEntry(words: ["pounds"], unit: "GBP", factor: 1, dimension: .money)
    static let poundsAsMass = UnitEntry(words: ["pounds"], unit: "kg", factor: 0.45359237, dimension: .mass)

    /// Currency symbols written before the number. ISO 4217 codes.
    static let currencySymbols: [String: String] = [
        "$": "USD", "€": "EUR", "£": "GBP", "₴": "UAH", "₽": "RUB", "¥": "JPY", "₹": "INR", "₩": "KRW",
        "₪": "ILS", "₺": "TRY", "₣": "CHF", "zł": "PLN",
    ]

    /// Letters glued before "$" that name whose dollar it is ("US$", "C$", "A$", "HK$").
    static let dollarPrefixes: [String: String] = [
        "us": "USD", "c": "CAD", "ca": "CAD", "a": "AUD", "au": "AUD", "hk": "HKD", "nz": "NZD", "s": "SGD",
    ]

    /// Abbreviations written before the number, matched with their capital ("Rs 2,000 crore").
    static let abbreviationsBefore: [String: String] = ["Rs": "INR", "Rp": "IDR", "Tk": "BDT", "Ksh": "KES"]
    static let abbreviationsBeforeLowercased: Set<String> = Set(abbreviationsBefore.keys.map { $0.lowercased() })

    /// ISO codes that may also be written before the number ("USD 5 million", "EUR 20").
    static let codesBefore: [String: String] = [
        "usd": "USD", "eur": "EUR", "gbp": "GBP", "uah": "UAH", "rub": "RUB", "cny": "CNY", "jpy": "JPY",
        "chf": "CHF", "inr": "INR",
    ]

    static func dimension(of unit: String) -> UnitDimension {
        switch unit {
        case "count": return .count
        case "percent": return .percent
        case "km": return .length
        case "km2": return .area
        case "kg": return .mass
        case "s": return .duration
        case "m/s": return .speed
        case "m3": return .volume
        case "degC", "degF", "degrees": return .temperature
        case "magnitude": return .magnitude
        default: return .money
        }
    }
}
