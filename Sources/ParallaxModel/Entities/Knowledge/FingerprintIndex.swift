/// Positions in a caller's own arrays (words, table lines), found by a 64-bit fingerprint of
/// their key: open addressing on the fingerprint itself, so a lookup costs one cheap hash the
/// caller has often computed already, not the seeded hashing of `Set<String>` or a binary search.
///
/// The index only narrows the search: the caller confirms each candidate position against its
/// own key, so fingerprint collisions cost a comparison, never a wrong answer.
struct FingerprintIndex: Sendable {
    /// Full fingerprint per slot, compared before the caller is asked.
    private var fingerprints: [UInt64]
    /// Position + 1 per slot; 0 marks an empty slot.
    private var positions: [UInt32]
    private let mask: Int

    /// Room for `capacity` positions at most half full, which keeps probe runs short.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        fingerprints = [UInt64](repeating: 0, count: size)
        positions = [UInt32](repeating: 0, count: size)
        mask = size - 1
    }

    /// FNV-1a keeps its best-mixed bits high; a multiply spreads them over the slot number.
    private func slot(_ fingerprint: UInt64) -> Int {
        Int(truncatingIfNeeded: (fingerprint &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// Adds a position. Inserting more than the capacity given is ignored rather than let the
    /// table fill up; positions beyond `UInt32` cannot be stored and are ignored too.
    mutating func insert(_ fingerprint: UInt64, position: Int) {
        guard position >= 0, position < Int(UInt32.max), count < (mask + 1) / 2 else { return }
        var index = slot(fingerprint)
        while positions[index] != 0 { index = (index + 1) & mask }
        fingerprints[index] = fingerprint
        positions[index] = UInt32(position + 1)
        count += 1
    }

    private var count = 0

    /// Adds a position, doubling the table whenever it is half full: for tables that grow as a
    /// story is read. Positions beyond `UInt32` cannot be stored and are ignored.
    mutating func append(_ fingerprint: UInt64, position: Int) {
        if (count + 1) * 2 > mask + 1 { grow() }
        insert(fingerprint, position: position)
    }

    /// Twice the slots, every entry placed again; entries sharing a fingerprint keep their order.
    private mutating func grow() {
        var bigger = FingerprintIndex(capacity: mask + 1)
        var index = 0
        // Walked from a slot that starts a probe run, so entries with one fingerprint are met in
        // the order they were inserted, and stay so in the bigger table.
        while index <= mask, positions[index] != 0 { index += 1 }
        for step in 0...mask {
            let slot = (index + step) & mask
            if positions[slot] != 0 { bigger.insert(fingerprints[slot], position: Int(positions[slot]) - 1) }
        }
        self = bigger
    }

    /// The first inserted position with this fingerprint that `matches` accepts, or nil.
    func firstPosition(_ fingerprint: UInt64, where matches: (Int) -> Bool) -> Int? {
        var index = slot(fingerprint)
        while positions[index] != 0 {
            if fingerprints[index] == fingerprint, matches(Int(positions[index]) - 1) { return Int(positions[index]) - 1 }
            index = (index + 1) & mask
        }
        return nil
    }
}
