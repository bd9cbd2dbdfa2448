/// The words a story writes in lower case, remembered by a 64-bit fingerprint of their folded
/// form: a capitalised sentence opener the story also writes in lower case is a word, not a
/// name. Fingerprints avoid building a `String` for every word of the story.
struct LowercaseWords: Sendable {
    private var fingerprints = FingerprintSet()

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
        // An ASCII key's bytes are its scalars: hashed in place, without decoding.
        let ascii: UInt64?? = key.utf8.withContiguousStorageIfAvailable { bytes -> UInt64? in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            return hash
        }
        if let ascii, let hash = ascii { return hash }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in key.unicodeScalars {
            hash = (hash ^ UInt64(scalar.value)) &* 0x100_0000_01b3
        }
        return hash
    }
}

/// A set of 64-bit fingerprints, which are hashes already: open addressing on the value
/// itself, so no second (seeded) hash is computed per word as `Set<UInt64>` would.
struct FingerprintSet: Sendable {
    /// 0 marks an empty slot.
    private var slots = [UInt64](repeating: 0, count: 1024)
    private var count = 0

    /// The value kept for a fingerprint: never 0 (fingerprint 0 shares 1 with fingerprint 1,
    /// a collision as rare and as harmless as any other).
    private static func stored(_ fingerprint: UInt64) -> UInt64 {
        fingerprint == 0 ? 1 : fingerprint
    }

    mutating func insert(_ fingerprint: UInt64) {
        if (count + 1) * 2 > slots.count { grow() }
        if place(Self.stored(fingerprint), in: &slots) { count += 1 }
    }

    func contains(_ fingerprint: UInt64) -> Bool {
        let stored = Self.stored(fingerprint)
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: stored ^ (stored >> 29)) & mask
        while slots[index] != 0 {
            if slots[index] == stored { return true }
            index = (index + 1) & mask
        }
        return false
    }

    /// Adds every fingerprint of another set (stored values are already non-zero).
    mutating func formUnion(_ other: FingerprintSet) {
        for value in other.slots where value != 0 {
            if (count + 1) * 2 > slots.count { grow() }
            if place(value, in: &slots) { count += 1 }
        }
    }

    /// Puts a stored value in its slot; false if it was there already.
    private func place(_ value: UInt64, in table: inout [UInt64]) -> Bool {
        let mask = table.count - 1
        var index = Int(truncatingIfNeeded: value ^ (value >> 29)) & mask
        while table[index] != 0 {
            if table[index] == value { return false }
            index = (index + 1) & mask
        }
        table[index] = value
        return true
    }

    private mutating func grow() {
        var bigger = [UInt64](repeating: 0, count: slots.count * 2)
        for value in slots where value != 0 { _ = place(value, in: &bigger) }
        slots = bigger
    }
}
