/// Positions of distinct words in a caller's own list, found by a 64-bit FNV-1a fingerprint of
/// their UTF-8 bytes: one cheap pass over a short word instead of the seeded hashing a
/// `[String: Int]` does on every lookup, for the hundreds of thousands of words linking reads.
///
/// The table only narrows the search: the caller confirms a candidate against its own copy of
/// the word, so a fingerprint collision costs a comparison, never a wrong answer.
struct WordPositions {
    /// Full fingerprint per slot, compared before the caller is asked.
    private var fingerprints: [UInt64]
    /// Position + 1 per slot; 0 marks an empty slot.
    private var positions: [Int32]
    private var mask: Int
    private var count = 0

    init() {
        fingerprints = [UInt64](repeating: 0, count: 1_024)
        positions = [Int32](repeating: 0, count: 1_024)
        mask = 1_023
    }

    static func fingerprint(_ word: String) -> UInt64 {
        var copy = word
        return copy.withUTF8 { bytes in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            return hash
        }
    }

    /// FNV-1a keeps its best-mixed bits high; a multiply spreads them over the slot number.
    private func slot(_ fingerprint: UInt64) -> Int {
        Int(truncatingIfNeeded: (fingerprint &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The position stored with this fingerprint that `matches` accepts, or nil.
    func position(_ fingerprint: UInt64, where matches: (Int) -> Bool) -> Int? {
        var index = slot(fingerprint)
        while positions[index] != 0 {
            if fingerprints[index] == fingerprint, matches(Int(positions[index]) - 1) { return Int(positions[index]) - 1 }
            index = (index + 1) & mask
        }
        return nil
    }

    /// Adds a position (below 2^31, as every word list here is); the table doubles before it is half full.
    mutating func insert(_ fingerprint: UInt64, position: Int) {
        if (count + 1) * 2 > positions.count { grow() }
        place(fingerprint, Int32(truncatingIfNeeded: position + 1))
        count += 1
    }

    private mutating func place(_ fingerprint: UInt64, _ stored: Int32) {
        var index = slot(fingerprint)
        while positions[index] != 0 { index = (index + 1) & mask }
        fingerprints[index] = fingerprint
        positions[index] = stored
    }

    private mutating func grow() {
        let oldFingerprints = fingerprints, oldPositions = positions
        fingerprints = [UInt64](repeating: 0, count: oldPositions.count * 2)
        positions = [Int32](repeating: 0, count: oldPositions.count * 2)
        mask = positions.count - 1
        for index in oldPositions.indices where oldPositions[index] != 0 { place(oldFingerprints[index], oldPositions[index]) }
    }
}
