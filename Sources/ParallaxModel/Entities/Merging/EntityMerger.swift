/// Groups the names found in every article into one `Entity` per real-world thing.
///
/// Works on distinct names (type + folded spelling), not on mentions, so its cost grows with
/// the story's vocabulary of names rather than its length. Merges, in order of confidence:
/// shared gazetteer or acronym canonical forms, the user's alias file, same-type fuzzy
/// matches of transliterations and typos, then surnames to the one full name they fit.
/// Never merges across types unless the alias file says so; a split in the alias file vetoes
/// any merge.
struct EntityMerger {
    let aliases: AliasTable

    /// One distinct name of one type.
    struct Node {
        var type: EntityType
        var key: String
        var latinWords: [String]
        var skeletons: [String]
        var canonical: String?
        var evidence: TypeEvidence
        var firstSeen: (article: Int, offset: Int)
        /// Written in capitals ("CMA"), so it may stand for a longer name's initials.
        var isAcronym = false
        /// The sex a courtesy title gave the name ("Mrs Raff"), as a bit: 1 male, 2 female, 0 none.
        var courtesy: UInt8 = 0
        /// A generational suffix ("jr", "sr", "iii") the name ends with: left out of `latinWords`
        /// so "Marcos" still finds "Ferdinand Marcos Jr.", kept here so that "Donald Trump Jr."
        /// never meets "Donald Trump".
        var generation: String?
        /// Named with a royal title ("Prince Mohammed"), which goes with the given name.
        var royal = false
        /// The country of a government body ("russia" for "Russia's Defence Ministry" or "the
        /// Russian Defence Ministry"), so two countries' ministries are never one entity.
        var country: String?
        /// Written as Korean names are, family name first and a hyphenated given name with a
        /// lower-case second part ("Lee Jae-myung"): the first word is the family name even
        /// when it is also a given name elsewhere ("Lee").
        var familyNameFirst = false
    }

    /// What makes a mention's name one node: spelling, type, what it stands for, and the
    /// titles and country that keep namesakes apart.
    private struct NodeKey: Equatable {
        var type: EntityType
        var key: String
        var canonical: String?
        var courtesy: UInt8
        var royal: Bool
        var country: String?
    }

    /// Courtesy titles that say a person's sex, so "Mr Raff" and "Mrs Raff" stay two people.
    /// Knowledge table: ordinary English and common European forms of address.
    static let courtesyTitles: [String: UInt8] = [
        "mr": 1, "mr.": 1, "sir": 1, "lord": 1, "monsieur": 1, "m.": 1, "herr": 1, "senor": 1, "señor": 1, "signor": 1,
        "mrs": 2, "mrs.": 2, "ms": 2, "ms.": 2, "miss": 2, "dame": 2, "lady": 2, "madame": 2, "mme": 2, "mme.": 2,
        "frau": 2, "senora": 2, "señora": 2, "signora": 2,
    ]

    /// Titles of royalty, which are written with a given name alone: "Prince Mohammed" is
    /// "Mohammed bin Salman", where "Mohammed" alone could be anyone.
    /// Knowledge table: royal and princely titles in English news.
    static let royalTitles: Set<String> = [
        "king", "queen", "prince", "princess", "crown prince", "crown princess", "sheikh", "sheikha",
        "emir", "sultan", "grand duke", "grand duchess", "duke", "duchess",
    ]

    func merge(_ candidates: [[NameCandidate]], articles: [Article]) -> EntityAnalysis {
        var nodes: [Node] = []
        // Nodes by a fingerprint of their key: a mention costs a cheap hash of its spelling and
        // a comparison, not the seeded hashing of every string in a `NodeKey`.
        var nodeKeys: [NodeKey] = []
        var nodeIndex = FingerprintIndex(capacity: 64)
        var mentionNodes: [[Int]] = []
        // The country each body's own name gives, per name: worked out once, not per mention.
        var namedCountries: [[String]: String?] = [:]
        for (articleIndex, list) in candidates.enumerated() {
            var row: [Int] = []
            row.reserveCapacity(list.count)
            let scalars = articleIndex < articles.count ? articles[articleIndex].scalars : []
            for position in list.indices {
                // A short form resolved to its long form in this article is its own node, so
                // "Santos" can mean different people in different articles.
                let courtesy = list[position].type == .person ? list[position].role.flatMap { Self.courtesyTitles[$0.lowercased()] } ?? 0 : 0
                let royal = list[position].type == .person && list[position].role.map { Self.royalTitles.contains(NameFolding.key($0)) } == true
                let country = list[position].type == .org ? Self.bodyCountry(list, position, scalars: scalars, namedCountries: &namedCountries) : nil
                let id = NodeKey(type: list[position].type, key: list[position].key, canonical: list[position].canonical,
                                 courtesy: courtesy, royal: royal, country: country)
                let fingerprint = Self.fingerprint(id)
                if let existing = nodeIndex.firstPosition(fingerprint, where: { nodeKeys[$0] == id }) {
                    nodes[existing].evidence = max(nodes[existing].evidence, list[position].evidence)
                    row.append(existing)
                    continue
                }
                // Copied only for a new node: most mentions repeat a name already seen.
                let candidate = list[position]
                let latin = NameFolding.key(NameFolding.latin(candidate.text))
                let allWords = latin.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
                // A kunya ("Abu Mohammed") comes and goes in romanised Arabic names as the article does.
                var words = allWords.filter { !ContextWords.generationalSuffixes.contains($0) && !ContextWords.arabicArticles.contains($0) }
                if words.count >= 3, words[0] == "abu" { words.removeFirst() }
                let generation = allWords.count >= 2 ? allWords.last.flatMap { last in
                    ContextWords.generationalSuffixes.contains(last) ? String(last.prefix { $0 != "." }) : nil
                } : nil
                nodeIndex.append(fingerprint, position: nodes.count)
                nodeKeys.append(id)
                row.append(nodes.count)
                nodes.append(Node(type: candidate.type, key: candidate.key, latinWords: words,
                                  skeletons: words.map(NameSimilarity.skeleton),
                                  canonical: candidate.canonical.map(NameFolding.keyWithoutArticle),
                                  evidence: candidate.evidence,
                                  firstSeen: (articleIndex, candidate.start),
                                  isAcronym: Self.isAcronym(candidate.text), courtesy: courtesy, generation: generation, royal: royal,
                                  country: country, familyNameFirst: Self.hasHyphenatedGivenNameSecond(candidate.text)))
            }
            mentionNodes.append(row)
        }

        var groups = NodeGroups(nodes: nodes, splits: aliases.splits.map { Set($0.map(NameFolding.keyWithoutArticle)) })
        mergeCanonical(nodes, &groups)
        mergeGovernmentBodies(nodes, &groups)
        mergeAliases(nodes, &groups)
        mergeSimilar(nodes, &groups)
        mergeReversedNames(nodes, &groups)
        mergeDesignatedPlaces(nodes, &groups)
        mergeInitials(nodes, &groups)
        mergeSurnames(nodes, &groups)
        return EntityBuilder().build(candidates: candidates, mentionNodes: mentionNodes, nodes: nodes, groups: &groups, articles: articles)
    }

    /// A hash of a node's identity: FNV-1a of its key, canonical form and country, mixed with
    /// its titles. Equal identities hash alike; the index confirms each hit (so a name seen
    /// with two types costs one more comparison, not a wrong node).
    private static func fingerprint(_ id: NodeKey) -> UInt64 {
        var hash = SortedNameTable.fingerprint(id.key)
        if let canonical = id.canonical { hash = (hash ^ SortedNameTable.fingerprint(canonical)) &* 0x100_0000_01b3 }
        if let country = id.country { hash = (hash ^ SortedNameTable.fingerprint(country)) &* 0x9E37_79B9_7F4A_7C15 }
        let small = UInt64(id.courtesy) << 8 | (id.royal ? 1 << 16 : 0)
        return (hash ^ small) &* 0x100_0000_01b3
    }

    /// "Kiev" and "Kyiv", "NATO" and "North Atlantic Treaty Organization", "U.S." and "US".
    private func mergeCanonical(_ nodes: [Node], _ groups: inout NodeGroups) {
        var byName: [String: Int] = [:]
        for (index, node) in nodes.enumerated() {
            // A node's own spelling counts only when it stands for nothing else: "Almeida"
            // resolved to "Jorge Almeida" must not meet "Almeida" resolved to "Rita Almeida".
            let id = node.type.rawValue + "|" + (node.canonical ?? node.key)
            if let other = byName[id] { groups.union(other, index) } else { byName[id] = index }
        }
    }

    /// "Defence Ministry", "Ministry of Defence" and "the Russian Defence Ministry": one body
    /// written in either order, with or without its country. When the story names the body
    /// of two countries ("Russian" and "Ukrainian Defence Ministry"), only names of the same
    /// country merge, and one without a country stays apart rather than guess.
    private func mergeGovernmentBodies(_ nodes: [Node], _ groups: inout NodeGroups) {
        var byBody: [String: [(index: Int, country: String?)]] = [:]
        for (index, node) in nodes.enumerated() where node.type == .org && node.latinWords.count >= 2 {
            guard let body = Self.governmentBody(node.latinWords) else { continue }
            byBody[body.body, default: []].append((index, node.country))
        }
        for members in byBody.values where members.count >= 2 {
            let countries = Set(members.compactMap(\.country))
            var byCountry: [String: [Int]] = [:]
            for member in members {
                // With one country in the story, a body named without one is that country's.
                guard let country = member.country ?? (countries.count <= 1 ? countries.first ?? "" : nil) else { continue }
                byCountry[country, default: []].append(member.index)
            }
            for indices in byCountry.values {
                for index in indices.dropFirst() { groups.union(indices[0], index) }
            }
        }
    }

    /// Heads of government bodies that are written both ways round ("Justice Department",
    /// "Department of Justice"). Knowledge table: English names of public bodies.
    static let bodyHeads: WordSet = [
        "ministry", "department", "office", "bureau", "agency", "service", "directorate", "commission",
        "committee", "council", "court", "tribunal", "authority", "inspectorate", "secretariat",
    ]

    /// A body's head and portfolio ("ministry|defence") and the country its name starts with.
    static func governmentBody(_ latinWords: [String]) -> (body: String, country: String?)? {
        var words = latinWords.filter { $0 != "the" }
        var country: String?
        for length in [2, 1] where words.count > length + 1 {
            guard let place = countryKey(words[0..<length].joined(separator: " ")) else { continue }
            country = place
            words.removeFirst(length)
            break
        }
        if words.count >= 3, bodyHeads.contains(words[0]), words[1] == "of" {
            return (words[0] + "|" + words[2...].joined(separator: " "), country)
        }
        if words.count >= 2, let head = words.last, bodyHeads.contains(head), words.dropLast().allSatisfy({ $0 != "of" }) {
            return (head + "|" + words.dropLast().joined(separator: " "), country)
        }
        return nil
    }

    /// "Lee Jae-myung", "Yoon Suk-yeol": two words, the second hyphenated with a lower-case
    /// part after the hyphen.
    static func hasHyphenatedGivenNameSecond(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard words.count == 2, let hyphen = words[1].firstIndex(of: "-") else { return false }
        let after = words[1][words[1].index(after: hyphen)...]
        return after.first?.isLowercase == true
    }

    /// The folded name of the country a country or people names ("russian" → "russia").
    static func countryKey(_ key: String) -> String? {
        guard let entry = Gazetteer.shared.entry(key), entry.kind == .country || entry.kind == .demonym else { return nil }
        // A people points at its country ("people of Russia"), so "Russian" and "Russia" meet.
        let place = entry.canonical.hasPrefix("people of ") ? String(entry.canonical.dropFirst("people of ".count)) : entry.canonical
        return NameFolding.key(place)
    }

    /// The country of the government body at `position`: named in it ("the Russian Defence
    /// Ministry") or just before it as a possessive ("Russia's Defence Ministry").
    /// `namedCountries` remembers, per name's words, the country a body's own name gives.
    static func bodyCountry(_ list: [NameCandidate], _ position: Int, scalars: [Unicode.Scalar],
                            namedCountries: inout [[String]: String?]) -> String? {
        // Read in place: copying the candidate would retain each of its strings and arrays.
        let words = list[position].wordKeys
        guard let head = words.first, let last = words.last, bodyHeads.contains(head) || bodyHeads.contains(last) else { return nil }
        let candidate = list[position]
        let named: String?
        if let known = namedCountries[words] {
            named = known
        } else {
            named = governmentBody(words)?.country
            namedCountries[words] = named
        }
        if let named { return named }
        guard position > 0 else { return nil }
        let before = list[position - 1]
        // "'s " or "’s " (or a plural's "' ") between the two names, nothing else.
        let gap = candidate.start - before.end
        guard gap >= 2, gap <= 3, before.end >= 0, candidate.start <= scalars.count else { return nil }
        let between = scalars[before.end..<candidate.start]
        guard between.last == " ", let mark = between.first, mark == "'" || mark == "\u{2019}" else { return nil }
        return countryKey(before.key)
    }

    /// "CMA" for "Competition and Markets Authority" named in another article: an acronym
    /// of three or more capitals joins the one organisation whose initials it spells.
    private func mergeInitials(_ nodes: [Node], _ groups: inout NodeGroups) {
        var byInitials: [String: [Int]] = [:]
        // "EASA" for "European Union Aviation Safety Agency": one word left out, never the first.
        var byInitialsLessOne: [String: [Int]] = [:]
        for (index, node) in nodes.enumerated() where node.type == .org && node.latinWords.count >= 3 {
            let initials = Array(node.latinWords.filter { !Self.initialSkipWords.contains($0) }.compactMap(\.first))
            byInitials[String(initials), default: []].append(index)
            guard initials.count >= 4 else { continue }
            for left in 1..<initials.count {
                var shorter = initials
                shorter.remove(at: left)
                byInitialsLessOne[String(shorter), default: []].append(index)
            }
        }
        guard !byInitials.isEmpty else { return }
        for (index, node) in nodes.enumerated() where node.type == .org && node.isAcronym {
            guard let longForms = byInitials[node.key] ?? byInitialsLessOne[node.key].map({ Array(Set($0)) }) else { continue }
            let targets = Set(longForms.map { groups.find($0) })
            if targets.count == 1, let target = longForms.first { groups.union(target, index) }
        }
    }

    /// Words an acronym leaves out ("Competition and Markets Authority" → "CMA").
    private static let initialSkipWords: Set<String> = ["of", "and", "the", "for", "&", "de", "la", "du", "des", "der", "in", "on"]

    /// Three to eight letters, all capitals.
    static func isAcronym(_ text: String) -> Bool {
        var letters = 0
        for scalar in text.unicodeScalars {
            guard NameTokenizer.isLetter(scalar) else { return false }
            guard NameTokenizer.isUpper(scalar) else { return false }
            letters += 1
        }
        return letters >= 3 && letters <= 8
    }

    private func mergeAliases(_ nodes: [Node], _ groups: inout NodeGroups) {
        for group in aliases.merges {
            let keys = Set(group.map(NameFolding.keyWithoutArticle))
            let members = nodes.indices.filter { keys.contains(nodes[$0].key) }
            for member in members.dropFirst() { groups.union(members[0], member, forced: true) }
        }
    }

    /// Transliterations and typos of the same name: same type, same word count, every word
    /// alike. Two gazetteer names with different canonical forms are two real places. A name
    /// whose type was only guessed may join a well-typed one ("Donestsk" → "Donetsk").
    private func mergeSimilar(_ nodes: [Node], _ groups: inout NodeGroups) {
        var buckets: [String: [Int]] = [:]
        for (index, node) in nodes.enumerated() where !node.latinWords.isEmpty {
            let initial = node.latinWords.last?.first.map(String.init) ?? ""
            buckets["\(node.latinWords.count)|" + initial, default: []].append(index)
        }
        for members in buckets.values.sorted(by: { $0[0] < $1[0] }) {
            for (position, a) in members.enumerated() {
                for b in members[(position + 1)...] {
                    let sameType = nodes[a].type == nodes[b].type
                    let oneGuessed = min(nodes[a].evidence, nodes[b].evidence) == .guess && max(nodes[a].evidence, nodes[b].evidence) == .known
                    guard sameType || oneGuessed, alike(nodes[a], nodes[b]) else { continue }
                    groups.union(a, b, forced: !sameType)
                }
            }
        }
    }

    private func alike(_ a: Node, _ b: Node) -> Bool {
        if let ca = a.canonical, let cb = b.canonical, ca != cb { return false }
        for (wordA, wordB) in zip(a.latinWords, b.latinWords) where wordA != wordB {
            guard wordsAlike(wordA, wordB, type: a.type) else { return false }
        }
        return true
    }

    func wordsAlike(_ a: String, _ b: String, type: EntityType) -> Bool {
        // Designations differ by their digits ("ID.4" and "ID.5", "A320" and "A321"): never variants.
        if a.contains(where: \.isNumber) || b.contains(where: \.isNumber) { return false }
        let skeletonA = NameSimilarity.skeleton(a), skeletonB = NameSimilarity.skeleton(b)
        let jaroWinkler = NameSimilarity.jaroWinkler(a, b)
        // Short skeletons ("lv" for "Aliyev") say less, so the spellings must be closer.
        if skeletonA == skeletonB, !skeletonA.isEmpty, jaroWinkler >= (skeletonA.count >= 3 ? 0.7 : 0.85) { return true }
        // A one-letter typo in a long word ("Pokrovks" for "Pokrovsk"), but not a different
        // final vowel: "Pyasino" the lake and "Pyasina" the river, "Ivanov" and "Ivanova".
        return min(a.count, b.count) >= 6 && NameSimilarity.withinOneEdit(a, b) && jaroWinkler >= 0.9
            && !Self.endInDifferentVowels(a, b)
    }

    static func endInDifferentVowels(_ a: String, _ b: String) -> Bool {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        guard let lastA = a.last, let lastB = b.last, lastA != lastB else { return false }
        return vowels.contains(lastA) && vowels.contains(lastB)
    }

    /// A one-word name joins the one longer name it shortens anywhere in the story: a person
    /// by surname ("Syrskyi"), an organisation by its first or last word ("Micron" for "Micron
    /// Technology", "Commission"), a place by a hyphenated part ("Karabakh"). If two longer
    /// names fit (two people sharing a surname), it stays apart rather than guess.
    private func mergeSurnames(_ nodes: [Node], _ groups: inout NodeGroups) {
        var longNames: [String: [Int]] = [:]
        for (index, node) in nodes.enumerated() where node.latinWords.count >= 2 {
            let words: [String]
            switch node.type {
            case .person: words = node.latinWords.last.map { [$0] } ?? []
            // "Siemens Mobility", "DB Cargo": a business unit is not its parent, named alone.
            case .org where ContextWords.businessUnitWords.contains(node.latinWords[node.latinWords.count - 1]): words = []
            case .org: words = [node.latinWords[0], node.latinWords[node.latinWords.count - 1]]
            case .place where node.key.contains("-"): words = node.latinWords
            default: words = []
            }
            for word in Set(words) { longNames[node.type.rawValue + "|" + NameSimilarity.skeleton(word), default: []].append(index) }
        }
        // "Nuno Santos" for "Pedro Nuno Santos": a shorter full name that ends one longer one.
        var peopleByLastWord: [String: [Int]] = [:]
        for (index, node) in nodes.enumerated() where node.type == .person && node.latinWords.count >= 3 {
            if let last = node.latinWords.last { peopleByLastWord[last, default: []].append(index) }
        }
        // Longest first, so "Lula da Silva" has joined "Luiz Inácio Lula da Silva" before "da
        // Silva" looks for the one person it ends.
        let people = nodes.indices.filter { nodes[$0].type == .person && nodes[$0].latinWords.count >= 2 }
            .sorted { (nodes[$1].latinWords.count, $0) < (nodes[$0].latinWords.count, $1) }
        for index in people {
            let node = nodes[index]
            guard let last = node.latinWords.last, let sameLast = peopleByLastWord[last] else { continue }
            let longer = sameLast.filter { other in
                nodes[other].latinWords.count > node.latinWords.count
                    && Array(nodes[other].latinWords.suffix(node.latinWords.count)) == node.latinWords
            }
            let targets = Set(longer.map { groups.find($0) })
            if targets.count == 1, let target = longer.first { groups.union(target, index) }
        }
        // "Xi" for "Xi Jinping", "Wang" for "Wang Yi": where the family name comes first, a
        // person is shortened to the first word; some go by a middle word. A first word only
        // when it is not a given name ("Donald" alone is not "Donald Trump") or comes with a
        // royal title ("Prince Mohammed"), and either only when no surname fits.
        var peopleByFirstWord: [String: [Int]] = [:]
        // "Lula" for "Luiz Inácio Lula da Silva": the name a person goes by, inside the full name.
        var peopleByInnerWord: [String: [Int]] = [:]
        for (index, node) in nodes.enumerated() where node.type == .person && node.latinWords.count >= 2 {
            peopleByFirstWord[node.latinWords[0], default: []].append(index)
            for word in Set(node.latinWords.dropFirst().dropLast()) where !ContextWords.nameParticles.contains(word) {
                peopleByInnerWord[word, default: []].append(index)
            }
        }
        for (index, node) in nodes.enumerated() where node.latinWords.count == 1 {
            guard let word = node.latinWords.first, let skeleton = node.skeletons.first else { continue }
            // A country is never short for a longer name that contains it ("France" is not
            // "Météo-France", "Congo" not "Congo-Brazzaville").
            if node.type == .place, Gazetteer.shared.entry(node.key)?.kind == .country { continue }
            let fitting = (longNames[node.type.rawValue + "|" + skeleton] ?? []).filter { long in
                nodes[long].latinWords.contains { $0 == word || node.type == .person && wordsAlike($0, word, type: .person) }
            }
            var targets = Set(fitting.map { groups.find($0) })
            var target = fitting.first
            // "Trump" with "Donald Trump" and "Donald Trump Jr." both named: the surname alone
            // is the one without a generational suffix, as news writes it.
            if targets.count > 1, node.type == .person {
                let plain = fitting.filter { nodes[$0].generation == nil }
                if Set(plain.map { groups.find($0) }).count == 1 {
                    targets = [groups.find(plain[0])]
                    target = plain[0]
                }
            }
            if targets.isEmpty, node.type == .person {
                let inner = peopleByInnerWord[word] ?? [], first = peopleByFirstWord[word] ?? []
                // A middle word may be a given name too ("Lula" is one): then it fits only if
                // everyone called by it first ("Lula da Silva") is already that same person.
                let innerTargets = Set(inner.map { groups.find($0) })
                let firstTargets = Set(first.map { groups.find($0) })
                let familyFirst = !first.isEmpty && first.allSatisfy { nodes[$0].familyNameFirst }
                if node.royal || familyFirst || !Gazetteer.shared.givenNames.contains(word) || firstTargets.isSubset(of: innerTargets) {
                    targets = innerTargets.union(firstTargets)
                    target = inner.first ?? first.first
                }
            }
            if targets.count == 1, let target { groups.union(target, index) }
        }
    }
}

/// Union-find over nodes, honouring the alias file's splits.
struct NodeGroups {
    private var parent: [Int]
    /// For each root, which split-group names its members carry: (group, name).
    private var splitNames: [[Int: String]]
    /// For each root, the courtesy-title sexes its members carry (bits as in `Node.courtesy`).
    private var courtesies: [UInt8]
    /// For each root, the country of the government body it is, if any.
    private var countries: [String?]
    /// For each root, its people's full names with their generation ("" for none); kept only
    /// when some name in the story has a generational suffix (most stories have none).
    private var generations: [[(words: [String], generation: String)]]
    let nodes: [EntityMerger.Node]

    init(nodes: [EntityMerger.Node], splits: [Set<String>]) {
        self.nodes = nodes
        parent = Array(nodes.indices)
        courtesies = nodes.map(\.courtesy)
        countries = nodes.map(\.country)
        let tracksGenerations = nodes.contains { $0.generation != nil }
        generations = nodes.map { node in
            guard tracksGenerations, node.type == .person, node.latinWords.count >= 2 else { return [] }
            return [(node.latinWords, node.generation ?? "")]
        }
        splitNames = nodes.map { node in
            var names: [Int: String] = [:]
            for (group, keys) in splits.enumerated() where keys.contains(node.key) { names[group] = node.key }
            return names
        }
    }

    mutating func find(_ node: Int) -> Int {
        var root = node
        while parent[root] != root { root = parent[root] }
        var current = node
        while parent[current] != root {
            let next = parent[current]
            parent[current] = root
            current = next
        }
        return root
    }

    /// Joins two groups unless a split forbids it or (without `forced`) their types differ.
    mutating func union(_ a: Int, _ b: Int, forced: Bool = false) {
        let rootA = find(a), rootB = find(b)
        guard rootA != rootB else { return }
        if !forced, nodes[rootA].type != nodes[rootB].type { return }
        for (group, name) in splitNames[rootA] {
            if let other = splitNames[rootB][group], other != name { return }
        }
        // "Mr Raff" and "Mrs Raff" are two people, whatever else matches.
        if !forced, courtesies[rootA] | courtesies[rootB] == 3 { return }
        // Russia's and Ukraine's defence ministries are two bodies.
        if !forced, let countryA = countries[rootA], let countryB = countries[rootB], countryA != countryB { return }
        // So are "Donald Trump" and "Donald Trump Jr.".
        if !forced, generations[rootA].contains(where: { a in
            generations[rootB].contains { b in a.words == b.words && a.generation != b.generation }
        }) { return }
        let (keep, drop) = rootA < rootB ? (rootA, rootB) : (rootB, rootA)
        parent[drop] = keep
        courtesies[keep] |= courtesies[drop]
        countries[keep] = countries[keep] ?? countries[drop]
        generations[keep] += generations[drop]
        generations[drop] = []
        splitNames[keep].merge(splitNames[drop]) { first, _ in first }
    }
}
