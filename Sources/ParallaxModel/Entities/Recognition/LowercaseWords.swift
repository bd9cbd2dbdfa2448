/// The words a story writes in lower case, remembered by a 64-bit fingerprint of their folded
/// form: a capitalised sentence opener the story also writes in lower case is a word, not a
/// name. Fingerprints avoid building a `String` for every word of the story.
struct LowercaseWords: Sendable {
    private var fingerprints: Set<UInt64> = []

    mutating func insert(_ scalars: ArraySlice<Unicode.Scalar>) {
        fingerprints.insert(Self.fingerprint(scalars))
    }

    mutating func formUnion(_ other: LowercaseWords) {
        fingerprints.formUnion(other.fingerprints)
    }

    /// Whether the story writes this folded key (a `NameFolding.key`) in lower case.
    func contains(_ key: String) -> Bool {
        fingerprints.contains(Self.fingerprint(ofKey: key))
    }

    /// FNV-1a over the folded scalars; ASCII is folded inline, anything else through
    /// `NameFolding.key` so both paths agree.
    static func fingerprint(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in scalars {
            var value = scalar.value
            guard value < 0x80 else { return fingerprint(ofKey: NameFolding.key(NameFolding.string(scalars))) }
            if value >= 0x41 && value <= 0x5A { value += 32 }
            hash = (hash ^ UInt64(value)) &* 0x100_0000_01b3
        }
        return hash
    }

    static func fingerprint(ofKey key: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in key.unicodeScalars {
            hash = (hash ^ UInt64(scalar.value)) &* 0x100_0000_01b3
        }
        return hash
    }
}
