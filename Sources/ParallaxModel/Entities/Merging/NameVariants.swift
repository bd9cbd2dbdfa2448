/// Variants of one name that differ by more than spelling: word order, and a place written
/// with or without the word that says what kind of place it is.
extension EntityMerger {
    /// "Kihara Minoru" and "Minoru Kihara", "Zhou Yiming" and "Yiming Zhou": Japanese, Chinese,
    /// Korean and Hungarian names are written family name first by some outlets and last by
    /// others. Two-word people whose words match crosswise are one, when only one person fits.
    func mergeReversedNames(_ nodes: [Node], _ groups: inout NodeGroups) {
        var byWords: [String: [Int]] = [:]
        for (index, node) in nodes.enumerated() where node.type == .person && node.latinWords.count == 2 {
            byWords[node.skeletons.joined(separator: " "), default: []].append(index)
        }
        for (index, node) in nodes.enumerated() where node.type == .person && node.latinWords.count == 2 {
            let words = node.latinWords
            // "Lee Lee" read backwards is itself.
            guard node.skeletons[0] != node.skeletons[1], let others = byWords[node.skeletons[1] + " " + node.skeletons[0]] else { continue }
            let fitting = others.filter { other in
                let otherWords = nodes[other].latinWords
                return sameWord(otherWords[0], words[1], type: .person) && sameWord(otherWords[1], words[0], type: .person)
            }
            let targets = Set(fitting.map { groups.find($0) })
            if targets.count == 1, let target = fitting.first { groups.union(target, index) }
        }
    }

    /// "Iwate Prefecture" and "Iwate", "Krasnoyarsk Krai" and "Krasnoyarsk", "Lake Pyasino" and
    /// "Pyasino": a place named with a word for its kind is the place named without it, unless
    /// the gazetteer knows the longer name as a place of its own ("Mexico City", "Kansas City")
    /// or the shorter one is a country ("Mount Kenya"). A natural feature joins only a name the
    /// gazetteer does not know: it is not the city or province named after it ("Lake Geneva",
    /// "Cagayan River"), but "Pyasino" in a story about "Lake Pyasino" is the lake.
    func mergeDesignatedPlaces(_ nodes: [Node], _ groups: inout NodeGroups) {
        var placesByWords: [String: [Int]] = [:]
        for (index, node) in nodes.enumerated() where node.type == .place && !node.latinWords.isEmpty {
            placesByWords[node.skeletons.joined(separator: " "), default: []].append(index)
        }
        for (index, node) in nodes.enumerated() where node.type == .place && node.latinWords.count >= 2 {
            let words = node.latinWords, skeletons = node.skeletons
            let rest: ArraySlice<String>, restSkeletons: ArraySlice<String>, isFeature: Bool
            if let last = words.last, Self.areaDesignators.contains(last) || Self.featureDesignators.contains(last) {
                (rest, restSkeletons, isFeature) = (words.dropLast(), skeletons.dropLast(), Self.featureDesignators.contains(last))
            } else if Self.featureDesignators.contains(words[0]) {
                (rest, restSkeletons, isFeature) = (words.dropFirst(), skeletons.dropFirst(), true)
            } else {
                continue
            }
            guard Gazetteer.shared.entry(node.key) == nil, let others = placesByWords[restSkeletons.joined(separator: " ")] else { continue }
            let fitting = others.filter { other in
                let otherWords = nodes[other].latinWords
                guard otherWords.count == rest.count, zip(otherWords, rest).allSatisfy({ sameWord($0, $1, type: .place) }) else { return false }
                let kind = Gazetteer.shared.entry(nodes[other].key)?.kind
                return isFeature ? kind == nil : kind != .country
            }
            let targets = Set(fitting.map { groups.find($0) })
            if targets.count == 1, let target = fitting.first { groups.union(target, index) }
        }
    }

    private func sameWord(_ a: String, _ b: String, type: EntityType) -> Bool {
        a == b || wordsAlike(a, b, type: type)
    }

    /// Words after a place's name that name an area around the same place.
    /// Knowledge table: English and transliterated administrative divisions.
    static let areaDesignators: Set<String> = [
        "oblast", "region", "province", "prefecture", "governorate", "district", "county", "raion",
        "krai", "kray", "city", "municipality", "canton", "state", "okrug", "voivodeship", "wilaya",
    ]

    /// Words before or after a name that make it a natural feature.
    /// Knowledge table: English words for landforms and waters.
    static let featureDesignators: Set<String> = [
        "lake", "mount", "mountain", "mountains", "peninsula", "island", "islands", "river", "valley",
        "desert", "plateau", "volcano", "glacier",
    ]
}
