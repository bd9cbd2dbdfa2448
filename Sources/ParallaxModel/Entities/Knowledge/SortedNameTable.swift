import Foundation

/// A read-only table of tab-separated lines keyed by their first field (places.tsv, written
/// sorted by Scripts/gazetteer/generate.py), searched in place.
///
/// Loading only reads the file, notes where lines start and indexes each key by its FNV-1a
/// fingerprint: no Strings and no seeded hashing, so 70,000 places cost a few milliseconds at
/// start-up instead of half a second, and a lookup is a probe or two instead of a binary
/// search. Byte order no longer matters; when a key appears twice the first line wins.
struct SortedNameTable: Sendable {
    private let bytes: [UInt8]
    /// Start of each data line; the line's first field runs to its first tab.
    private let lineStarts: [Int32]
    /// Line numbers by key fingerprint.
    private let index: FingerprintIndex
    /// Most words in any key, so phrase lookups know how far to look.
    let longestKeyWords: Int
    /// One bit per key hash: most lookups are misses (any capitalised phrase), and a clear
    /// bit answers them without the binary search.
    private let keyBits: [UInt64]
    private static let keyBitCount = 1 << 20

    init(data: Data) {
        let bytes = [UInt8](data)
        var starts: [Int32] = []
        starts.reserveCapacity(bytes.count / 24)
        var longest = 0
        var bits = [UInt64](repeating: 0, count: Self.keyBitCount / 64)
        var hashes: [UInt64] = []
        hashes.reserveCapacity(bytes.count / 24)
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                let start = index
                var words = 1, inKey = true
                var hash = Self.hashSeed
                // The key, up to the first tab; then the rest of the line is only skipped, with
                // memchr, since most of a line's bytes lie after its key.
                while index < buffer.count {
                    let byte = buffer[index]
                    if byte == UInt8(ascii: "\n") { break }
                    if byte == UInt8(ascii: "\t") {
                        inKey = false
                        if let newline = memchr(buffer.baseAddress! + index, Int32(UInt8(ascii: "\n")), buffer.count - index) {
                            index = buffer.baseAddress!.distance(to: newline.assumingMemoryBound(to: UInt8.self))
                        } else {
                            index = buffer.count
                        }
                        break
                    }
                    if byte == UInt8(ascii: " ") { words += 1 }
                    hash = Self.hash(hash, byte)
                    index += 1
                }
                // Comments and lines without a tab carry no entry.
                if index > start, buffer[start] != UInt8(ascii: "#"), !inKey, index - start < Int(Int32.max) {
                    starts.append(Int32(start))
                    hashes.append(hash)
                    longest = max(longest, words)
                    let bit = Int(hash % UInt64(Self.keyBitCount))
                    bits[bit >> 6] |= 1 << UInt64(bit & 63)
                }
                index += 1
            }
        }
        // Files larger than Int32 offsets allow are not gazetteers; keep nothing rather than trap.
        guard bytes.count < Int(Int32.max) else {
            self.bytes = []; self.lineStarts = []; self.index = FingerprintIndex(capacity: 0); self.longestKeyWords = 0
            self.keyBits = Array(repeating: 0, count: Self.keyBitCount / 64)
            return
        }
        var index = FingerprintIndex(capacity: starts.count)
        for (line, hash) in hashes.enumerated() { index.insert(hash, position: line) }
        self.bytes = bytes
        self.lineStarts = starts
        self.index = index
        self.longestKeyWords = longest
        self.keyBits = bits
    }

    /// FNV-1a over the key's UTF-8 bytes.
    private static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325
    private static func hash(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    var count: Int { lineStarts.count }

    /// The fields after the key of the line whose key is `key`, or nil.
    func fields(forKey key: String) -> [Substring]? {
        withLine(forKey: key) { rest in
            String(decoding: rest, as: UTF8.self).split(separator: "\t", omittingEmptySubsequences: false)
        }
    }

    /// Calls `body` with the bytes after the key's tab (to the end of the line, without "\r")
    /// of the line whose key is `key`; nil when there is none. Lets callers parse a hit without
    /// building the whole line: lookups run for every capitalised phrase of the text.
    /// The hash the key filter uses (FNV-1a over the key's UTF-8), so a caller that probes
    /// several tables can hash a key once.
    static func fingerprint(_ key: String) -> UInt64 {
        // A buffer loop: iterating `String.UTF8View` costs several times more per byte. The
        // bytes are read in place where they are contiguous (every native string), without
        // the copy of the string that `withUTF8` needs.
        if let hash = key.utf8.withContiguousStorageIfAvailable({ fingerprint($0) }) { return hash }
        var key = key
        return key.withUTF8 { fingerprint($0) }
    }

    /// `fingerprint` of a key given as UTF-8 bytes.
    static func fingerprint(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = hashSeed
        for byte in bytes { hash = Self.hash(hash, byte) }
        return hash
    }

    /// False when no key with this fingerprint is in the table (true may be a false alarm).
    func mightContain(fingerprint: UInt64) -> Bool {
        let bit = Int(fingerprint % UInt64(Self.keyBitCount))
        return keyBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    func withLine<T>(forKey key: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T? {
        withLine(forKey: key, fingerprint: Self.fingerprint(key), body)
    }

    func withLine<T>(forKey key: String, fingerprint: UInt64, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T? {
        guard mightContain(fingerprint: fingerprint) else { return nil }
        var key = key
        return key.withUTF8 { probe -> T? in
            // No line answers for the empty key, even a line whose key field is empty.
            guard !probe.isEmpty else { return nil }
            return bytes.withUnsafeBufferPointer { buffer -> T? in
                guard let line = index.firstPosition(fingerprint, where: { Self.compare(probe, buffer, from: Int(lineStarts[$0])) == 0 })
                else { return nil }
                var from = Int(lineStarts[line]) + probe.count + 1
                var end = from
                while end < buffer.count, buffer[end] != UInt8(ascii: "\n") { end += 1 }
                if end > from, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                from = min(from, end)
                return body(UnsafeBufferPointer(rebasing: buffer[from..<end]))
            }
        }
    }

    /// Every line as (key, fields after it): for tests and tools, not the hot path.
    func allLines() -> [(key: String, fields: [Substring])] {
        bytes.withUnsafeBufferPointer { buffer in
            lineStarts.map { start in
                let all = Self.fieldsAfterKey(buffer, from: Int(start), includingKey: true)
                return (String(all[0]), Array(all.dropFirst()))
            }
        }
    }

    /// Negative when `probe` sorts before the key at `start`, zero when equal, else positive.
    private static func compare(_ probe: UnsafeBufferPointer<UInt8>, _ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var offset = 0
        while true {
            let position = start + offset
            let lineByte: Int = position < buffer.count && buffer[position] != UInt8(ascii: "\t") && buffer[position] != UInt8(ascii: "\n") ? Int(buffer[position]) : -1
            let probeByte: Int = offset < probe.count ? Int(probe[offset]) : -1
            if probeByte != lineByte { return probeByte - lineByte }
            if probeByte == -1 { return 0 }
            offset += 1
        }
    }

    private static func fieldsAfterKey(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, includingKey: Bool = false) -> [Substring] {
        var end = start
        while end < buffer.count, buffer[end] != UInt8(ascii: "\n") { end += 1 }
        var line = String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self)
        if line.hasSuffix("\r") { line.removeLast() }
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        return includingKey ? fields : Array(fields.dropFirst())
    }
}
