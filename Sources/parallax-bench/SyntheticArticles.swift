import Foundation

/// A deterministic generator of news-like articles about one invented story, for benchmarks.
///
/// The templates are our own prose. They mix what the analysers look for (names with spelling
/// variants, hedged numbers, units, dates, quotes) so that every stage does realistic work.
struct SyntheticArticles {
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

    static func paragraph(_ random: inout Generator) -> String {
        let templates: [(inout Generator) -> String] = [
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
        return (0..<random.int(2...4)).map { _ in random.pick(templates)(&random) }.joined(separator: " ")
    }

    /// An article of about `words` words, with a headline line and a source footer.
    static func article(index: Int, words: Int = 600) -> (name: String, text: String) {
        var random = Generator(state: 0x9E37_79B9_7F4A_7C15 &+ UInt64(index) &* 0x1000_0000_01B3)
        let outlet = outlets[index % outlets.count]
        var text = "Floods force mass evacuation in \(random.pick(cities))\n"
        var count = 0
        while count < words {
            let paragraph = paragraph(&random)
            count += paragraph.split(separator: " ").count
            text += paragraph + "\n"
        }
        text += "The post Floods force mass evacuation appeared first on \(outlet).\n"
        return (String(format: "%05d_article.txt", index), text)
    }

    /// Writes `count` articles into a fresh directory and returns its path and total bytes.
    static func write(count: Int, into directory: URL) throws -> Int {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var bytes = 0
        for index in 0..<count {
            let (name, text) = article(index: index)
            let data = Data(text.utf8)
            bytes += data.count
            try data.write(to: directory.appendingPathComponent(name))
        }
        return bytes
    }
}
