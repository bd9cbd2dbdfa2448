import ArgumentParser
import Foundation

/// A deterministic generator of news-like articles about one invented story, for benchmarks.
///
/// The templates are our own prose. They mix what the analysers look for (names with spelling
/// variants, hedged numbers, units, dates, quotes) so that every stage does realistic work.
struct SyntheticArticles {
    /// How much of the text states figures.
    enum Mix: String, CaseIterable, ExpressibleByArgument {
        /// Every sentence states two to four figures: about 17 claims per KB, several times what
        /// news carries, so claim extraction and linking get their worst case.
        case dense
        /// Figures at the rate of real reporting: most sentences are narrative, quotes and
        /// background naming people, places and bodies; about 3 claims and 15–20 entity
        /// mentions per KB, as in the sample news of `shared/corpus` (2.6 and 19.5).
        case news
    }

    /// A small xorshift generator: the same seed always gives the same story.
    struct Generator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }

        mutating func pick<T>(_ items: [T]) -> T {
            items[Int(next() % UInt64(items.count))]
        }

        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.count))
        }
    }

    static let outlets = ["Harbour Ledger", "Valley Courier", "Northern Dispatch", "The Meridian", "Coastline Post",
                          "Daily Sentinel", "River Gazette", "Atlas Wire", "Capital Observer", "Evening Standard-Bearer"]
    static let ministers = ["Anatoliy Kovalenko", "Anatoly Kovalenko", "Anatolii Kovalenko"]
    static let mayors = ["Mayor Irena Dvorak", "Irena Dvořák", "Mayor Dvorak"]
    static let cities = ["Lvivka", "Lwiwka", "Port Selene", "Dravograd", "Novo Brest"]
    static let agencies = ["the Regional Emergency Service", "the Red Cross", "the United Nations", "the World Health Organization", "the Ministry of Interior"]
    static let hedges = ["nearly", "about", "some", "more than", "at least", "up to", "roughly", "almost", ""]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    /// Sentences that state figures, the whole of the dense mix.
    static let figureTemplates: [@Sendable (inout Generator) -> String] = [
            { random in
                let count = random.int(2...90) * 1000
                return "\(random.pick(ministers)) said on \(random.pick(["Monday", "Tuesday", "Friday"])) that \(random.pick(hedges)) \(count.formatted(.number)) residents had been evacuated from \(random.pick(cities)), where the river rose \(random.int(2...9)).\(random.int(0...9)) metres overnight."
            },
            { random in
                "Flood water covered \(random.pick(hedges)) \(random.int(100...900)) square miles of farmland, according to \(random.pick(agencies)), which put the damage at $\(random.int(1...40)).\(random.int(1...9)) billion."
            },
            { random in
                "“We have never seen anything like this,” \(random.pick(mayors)) told reporters at 3:\(random.int(10...59)) p.m. on \(random.pick(months)) \(random.int(1...28)), adding that \(random.pick(["dozens", "hundreds", "thousands", "tens of thousands"])) of volunteers had joined the effort."
            },
            { random in
                "The 2\(random.int(10...30)) storm was the \(random.pick(["second", "third", "worst"])) in a decade; \(random.int(3...60)) people died and \(random.int(100...4000)) were injured, officials in \(random.pick(cities)) confirmed, while \(random.pick(agencies)) sent \(random.int(2...40)) Mi-8 helicopters and \(random.int(50...900)) tonnes of supplies."
            },
            { random in
                "Engineers from the Danube Institute for Hydrology (DIH) estimate that the dam at \(random.pick(cities)) held back roughly \(random.int(10...99)) million cubic metres for \(random.pick(["two weeks", "three days", "a month"])), a claim \(random.pick(ministers)) disputed in a post on the ministry's website."
            },
            { random in
                "Prices for bread rose by \(random.int(5...60)) per cent in a week, and the government released €\(random.int(10...500)) million from its reserve fund, the finance minister, \(random.pick(["Marta Ilić", "Marta Ilic", "Marta Ilich"])), said."
            },
    ]

    static func paragraph(_ random: inout Generator) -> String {
        (0..<random.int(2...4)).map { _ in figureSentence(&random) }.joined(separator: " ")
    }

    static let countries = ["Moldova", "Romania", "Ukraine", "Hungary", "Poland", "Slovakia", "Serbia", "Austria"]
    static let officials = ["Prime Minister Elena Marin", "President Viktor Halas", "Interior Minister Pavel Sorokin",
                            "EU Commissioner Sofia Lindqvist", "Governor Bohdan Tkach", "Marin", "Halas", "Sorokin"]
    static let bodies = ["the European Commission", "NATO", "the World Bank", "Reuters", "the Associated Press",
                         "the International Federation of Red Cross and Red Crescent Societies", "Amnesty International",
                         "the Danube Commission", "the State Hydrological Agency", "Unicef"]

    /// A sentence without figures: narrative, quotes, reactions and background, full of names.
    static func narrative(_ random: inout Generator) -> String {
        random.pick(narrativeTemplates)(&random)
    }

    static let narrativeTemplates: [@Sendable (inout Generator) -> String] = [
            { random in
                "\(random.pick(officials)) visited \(random.pick(cities)) on \(random.pick(["Monday", "Wednesday", "Saturday"])) and promised that \(random.pick(bodies)) would help families rebuild their homes before the winter."
            },
            { random in
                "“The water came in the night and took everything,” said a resident of \(random.pick(cities)), who asked not to be named because her husband works for \(random.pick(bodies))."
            },
            { random in
                "Officials in \(random.pick(countries)) and \(random.pick(countries)) said they were ready to send rescue teams, while \(random.pick(bodies)) warned that the river was still rising downstream of \(random.pick(cities))."
            },
            { random in
                "Critics accused \(random.pick(officials)) of ignoring repeated warnings from engineers at the Danube Institute for Hydrology, who had long argued that the embankments near \(random.pick(cities)) were too weak."
            },
            { random in
                "\(random.pick(ministers)) told \(random.pick(outlets)) that the government had acted as quickly as it could, and blamed the previous administration for years of neglect."
            },
            { random in
                "In \(random.pick(cities)), volunteers from \(random.pick(bodies)) handed out blankets and drinking water as schools and churches opened their doors to people who had fled the rising river."
            },
            { random in
                "The opposition leader, \(random.pick(["Dana Petrescu", "Ion Vasile", "Mirela Popa"])), called for an independent inquiry and said the disaster had exposed how poorly \(random.pick(countries)) prepares for floods."
            },
            { random in
                "Forecasters at the State Hydrological Agency expect more rain later this week, and roads between \(random.pick(cities)) and \(random.pick(cities)) remain closed to all but emergency vehicles."
            },
    ]

    /// A paragraph of the news mix: mostly narrative sentences, now and then one that states figures.
    static func newsParagraph(_ random: inout Generator) -> String {
        (0..<random.int(2...4)).map { _ in
            random.int(1...6) == 1 ? figureSentence(&random) : narrative(&random)
        }.joined(separator: " ")
    }

    static func figureSentence(_ random: inout Generator) -> String {
        random.pick(figureTemplates)(&random)
    }

    /// An article of about `words` words, with a headline line and a source footer.
    static func article(index: Int, words: Int = 600, mix: Mix = .dense) -> (name: String, text: String) {
        var random = Generator(state: 0x9E37_79B9_7F4A_7C15 &+ UInt64(index) &* 0x1000_0000_01B3)
        let outlet = outlets[index % outlets.count]
        var text = "Floods force mass evacuation in \(random.pick(cities))\n"
        var count = 0
        while count < words {
            let paragraph = mix == .dense ? paragraph(&random) : newsParagraph(&random)
            count += paragraph.split(separator: " ").count
            text += paragraph + "\n"
        }
        text += "The post Floods force mass evacuation appeared first on \(outlet).\n"
        return (String(format: "%05d_article.txt", index), text)
    }

    /// Writes `count` articles into a fresh directory and returns its path and total bytes.
    static func write(count: Int, into directory: URL, mix: Mix = .dense) throws -> Int {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var bytes = 0
        for index in 0..<count {
            let (name, text) = article(index: index, mix: mix)
            let data = Data(text.utf8)
            bytes += data.count
            try data.write(to: directory.appendingPathComponent(name))
        }
        return bytes
    }
}
