import Foundation

/// A set of folded words asked "contains?" many times per capitalised word of the text.
///
/// Most answers are "no"; a bit filter over a cheap FNV-1a hash of the word's bytes says so,
/// and a possible hit is settled through a `FingerprintIndex` on the same hash, so no word is
/// ever hashed twice or with the seeded hashing `Set<String>` does.
///
/// The words are kept as UTF-8 bytes end to end in one buffer, not as Strings: the shipped word
/// lists (tens of thousands of lines) are read straight from their files at start-up, where a
/// String and a hash-set insertion per line cost more than everything else the gazetteer loads.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    /// The tables behind one reference: sets are passed around and copied on every lookup
    /// through a table of sets, and one reference is one retain where four arrays were five.
    private final class Storage: Sendable {
        let bytes: [UInt8]
        /// Word `i` is `bytes[starts[i]..<starts[i + 1]]`; one more entry than words.
        let starts: [Int32]
        let index: FingerprintIndex
        let bits: [UInt64]
        let bitCount: UInt64

        init(_ builder: Builder) {
            bytes = builder.bytes
            starts = builder.starts
            index = builder.index
            bitCount = builder.bitCount
            var bits = [UInt64](repeating: 0, count: Int(builder.bitCount / 64))
            for fingerprint in builder.fingerprints {
                let bit = fingerprint % builder.bitCount
                bits[Int(bit >> 6)] |= 1 << (bit & 63)
            }
            self.bits = bits
        }

        func word(_ position: Int, equals other: UnsafeBufferPointer<UInt8>) -> Bool {
            let start = Int(starts[position]), end = Int(starts[position + 1])
            guard end - start == other.count else { return false }
            return bytes.withUnsafeBufferPointer { buffer in
                other.isEmpty || memcmp(buffer.baseAddress! + start, other.baseAddress!, other.count) == 0
            }
        }
    }

    /// Collects distinct words as bytes; a word already held is skipped.
    private struct Builder {
        var bytes: [UInt8] = []
        var starts: [Int32] = [0]
        var fingerprints: [UInt64] = []
        var index: FingerprintIndex
        let bitCount: UInt64

        init(expectedCount: Int) {
            index = FingerprintIndex(capacity: max(1, expectedCount))
            // About 16 bits per word keeps false alarms near 6%.
            var count: UInt64 = 1 << 10
            while count < UInt64(max(0, expectedCount)) * 16 { count <<= 1 }
            bitCount = count
        }

        mutating func add(_ word: UnsafeBufferPointer<UInt8>) {
            // Offsets are 32-bit: a word list past 2 GB is no word list; stop adding.
            guard bytes.count + word.count < Int(Int32.max) else { return }
            let fingerprint = SortedNameTable.fingerprint(word)
            let held = index.firstPosition(fingerprint) { position in
                let start = Int(starts[position]), end = Int(starts[position + 1])
                return end - start == word.count && bytes[start..<end].elementsEqual(word)
            }
            guard held == nil else { return }
            index.append(fingerprint, position: fingerprints.count)
            fingerprints.append(fingerprint)
            bytes.append(contentsOf: word)
            starts.append(Int32(bytes.count))
        }

        mutating func add(_ word: String) {
            var word = word
            word.withUTF8 { add($0) }
        }
    }

    private let storage: Storage

    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        var builder = Builder(expectedCount: words.underestimatedCount)
        for word in words { builder.add(word) }
        storage = Storage(builder)
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// One word per line of word-list files; lines starting with "#" are comments, a final
    /// "\r" is dropped. With `folding`, each line is stored as its `NameFolding.key`: ASCII
    /// lines (nearly all) are lowered byte by byte, others go through the full folding.
    init(lines files: [Data], folding: Bool) {
        let newline = UInt8(ascii: "\n")
        let lineCount = files.reduce(0) { total, data in
            total + data.withUnsafeBytes { $0.reduce(into: 0) { count, byte in if byte == newline { count += 1 } } }
        }
        var builder = Builder(expectedCount: lineCount + files.count)
        var lowered: [UInt8] = []
        for data in files { data.withUnsafeBytes { raw in
            let all = raw.bindMemory(to: UInt8.self)
            var start = 0
            while start < all.count {
                var end = start
                while end < all.count, all[end] != newline { end += 1 }
                var line = UnsafeBufferPointer(rebasing: all[start..<end])
                start = end + 1
                if line.last == UInt8(ascii: "\r") { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
                guard let first = line.first, first != UInt8(ascii: "#") else { continue }
                guard folding else { builder.add(line); continue }
                if line.allSatisfy({ $0 < 0x80 }) {
                    lowered.removeAll(keepingCapacity: true)
                    lowered.append(contentsOf: line.lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 })
                    lowered.withUnsafeBufferPointer { builder.add($0) }
                } else {
                    builder.add(NameFolding.key(String(decoding: line, as: UTF8.self)))
                }
            }
        } }
        storage = Storage(builder)
    }

    var count: Int { storage.starts.count - 1 }

    func contains(_ word: String) -> Bool {
        contains(word, fingerprint: SortedNameTable.fingerprint(word))
    }

    /// For a caller that has the word's `SortedNameTable.fingerprint` already.
    func contains(_ word: String, fingerprint: UInt64) -> Bool {
        guard mightContain(fingerprint: fingerprint) else { return false }
        let storage = storage
        func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            storage.index.firstPosition(fingerprint, where: { storage.word($0, equals: bytes) }) != nil
        }
        if let found = word.utf8.withContiguousStorageIfAvailable(find) { return found }
        var word = word
        return word.withUTF8(find)
    }

    /// False when no word has this fingerprint (true may be a false alarm): lets a caller skip
    /// building a phrase that cannot be in the set.
    func mightContain(fingerprint: UInt64) -> Bool {
        let bit = fingerprint % storage.bitCount
        return storage.bits[Int(bit >> 6)] & (1 << (bit & 63)) != 0
    }
}
