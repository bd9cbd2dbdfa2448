/// Distinct strings numbered 0, 1, 2 ... in the order first seen: a story's names are
/// looked up once each by a cheap FNV-1a fingerprint, and every table about them after that
/// is an array indexed by the number instead of a dictionary hashing the string again.
struct StringIDs: Sendable {
    private(set) var strings: [String] = []
    private var index = FingerprintIndex(capacity: 64)

    var count: Int { strings.count }

    /// The number of `string`, given it one if it has none yet.
    mutating func id(_ string: String) -> Int {
        let fingerprint = SortedNameTable.fingerprint(string)
        if let known = index.firstPosition(fingerprint, where: { strings[$0] == string }) { return known }
        index.append(fingerprint, position: strings.count)
        strings.append(string)
        return strings.count - 1
    }

    /// The number of `string`, or nil when it was never given one.
    func existingID(_ string: String) -> Int? {
        index.firstPosition(SortedNameTable.fingerprint(string), where: { strings[$0] == string })
    }

    subscript(id: Int) -> String { strings[id] }
}
