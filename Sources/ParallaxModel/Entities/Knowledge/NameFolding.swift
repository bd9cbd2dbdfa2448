import Foundation

/// Comparable forms of names: case, accents and apostrophe styles folded away.
enum NameFolding {
    /// Lowercased, without diacritics, with every apostrophe written as `'`. Used as the key
    /// for every table lookup, so "Ukraine’s", "ukraine's" and "UKRAINE'S" all meet.
    static func key(_ text: String) -> String {
        var text = text
        // ASCII (most names) is lowered byte by byte, without Unicode case tables.
        if let lowered = text.withUTF8({ Self.asciiLowercased($0) }) { return lowered }
        // Foundation's folding costs thousands of instructions a call; a story repeats its
        // accented names, so each is folded once.
        if let known = FoldedKeys.shared.lookUp(text) { return known }
        let key = latinKey(text) ?? foundationKey(text)
        FoldedKeys.shared.remember(key, for: text)
        return key
    }

    /// `key` by Foundation's folding, the reference for every other path.
    static func foundationKey(_ text: String) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            folded.append(isApostrophe(scalar) ? "'" : scalar)
        }
        return String(folded).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// `key` letter by letter for text of ASCII and precomposed Latin letters ("José", "Łódź",
    /// "Dvořák"), nearly every accented name; nil for anything else (combining marks, other
    /// scripts). Without combining marks these letters fold one by one, so each letter's fold
    /// is worked out once by Foundation and reused: folding a whole name costs thousands of
    /// instructions, and the name lists hold thousands of accented names.
    static func latinKey(_ text: String) -> String? {
        var key = ""
        key.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                key.unicodeScalars.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 32)) : scalar)
            } else if isApostrophe(scalar) {
                key.append("'")
            } else if latinRange.contains(value) {
                key.append(latinFolds[Int(value - latinRange.lowerBound)])
            } else {
                return nil
            }
        }
        return key
    }

    /// Latin-1 Supplement, Latin Extended-A and B.
    static let latinRange: Range<UInt32> = 0xC0..<0x250
    private static let latinFolds: [String] = latinRange.map { value in
        Unicode.Scalar(value).map { foundationKey(String($0)) } ?? ""
    }

    /// A `String` of some scalars, built through UTF-8 (much faster than appending scalars to
    /// a `String.UnicodeScalarView`, which matters on the hot path).
    /// The bytes are written straight into the string's storage: no buffer array, and no
    /// allocation at all for words of up to 15 bytes (Swift keeps those inline).
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var count = 0
        for scalar in scalars { count += UTF8.width(scalar) }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var index = 0
            for scalar in scalars {
                if scalar.value < 0x80 {
                    buffer[index] = UInt8(scalar.value)
                    index += 1
                } else {
                    UTF8.encode(scalar) { byte in
                        buffer[index] = byte
                        index += 1
                    }
                }
            }
            return index
        }
    }

    /// `key` of some scalars; ASCII words (the common case) are folded without Foundation
    /// and without a buffer array.
    static func key(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        for scalar in scalars where scalar.value >= 0x80 { return key(string(scalars)) }
        return String(unsafeUninitializedCapacity: scalars.count) { buffer in
            var index = 0
            for scalar in scalars {
                let value = scalar.value
                buffer[index] = value >= 0x41 && value <= 0x5A ? UInt8(value + 32) : UInt8(value)
                index += 1
            }
            return index
        }
    }

    /// The bytes lowered if all are ASCII; nil otherwise.
    private static func asciiLowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        for byte in bytes where byte >= 0x80 { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (index, byte) in bytes.enumerated() {
                buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
            }
            return bytes.count
        }
    }

    /// The words of a key, split at spaces (empty words dropped). ASCII keys, nearly all, are
    /// split on bytes: splitting by `Character` runs grapheme breaking over every name.
    static func words(_ key: String) -> [String] {
        var key = key
        let ascii: [String]? = key.withUTF8 { bytes in
            var words: [String] = []
            var spaces = 0
            for byte in bytes where byte == UInt8(ascii: " ") { spaces += 1 }
            words.reserveCapacity(spaces + 1)
            var start = 0
            for index in 0...bytes.count {
                let byte = index < bytes.count ? bytes[index] : UInt8(ascii: " ")
                if byte >= 0x80 { return nil }
                guard byte == UInt8(ascii: " ") else { continue }
                if index > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
                start = index + 1
            }
            return words
        }
        return ascii ?? key.split(separator: " ").map(String.init)
    }

    /// The key without a leading "the " ("The Washington Post" → "washington post").
    static func keyWithoutArticle(_ text: String) -> String {
        let folded = key(text)
        return folded.hasPrefix("the ") ? String(folded.dropFirst(4)) : folded
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2018}" || scalar == "\u{02BC}"
    }

    /// `latin(text)` where `scalars` are the text's scalars: text without Cyrillic, nearly
    /// every name, is returned as it is after a look at the scalars alone.
    static func latin(_ text: String, of scalars: ArraySlice<Unicode.Scalar>) -> String {
        scalars.contains(where: { $0.value >= 0x0400 && $0.value <= 0x04FF }) ? latin(text) : text
    }

    /// Latin letters for a name in another script (Cyrillic via ICU's BGN romanisation),
    /// so "Зеленський" can meet "Zelenskyy". Returns the input when nothing applies.
    static func latin(_ text: String) -> String {
        // Cyrillic (U+0400–U+04FF) is written in UTF-8 with lead bytes 0xD0–0xD3: a byte scan
        // clears almost every name before any scalar is decoded.
        var probe = text
        guard probe.withUTF8({ bytes in bytes.contains { $0 >= 0xD0 && $0 <= 0xD3 } }) else { return text }
        var hasCyrillic = false, hasUkrainianLetters = false
        for scalar in text.unicodeScalars {
            if (0x0400...0x04FF).contains(scalar.value) {
                hasCyrillic = true
                if "іїєґІЇЄҐ".unicodeScalars.contains(scalar) { hasUkrainianLetters = true }
            }
        }
        guard hasCyrillic else { return text }
        if let known = RomanisedNames.shared.lookUp(text) { return known }
        let transform = StringTransform(hasUkrainianLetters ? "Ukrainian-Latin/BGN" : "Russian-Latin/BGN")
        let romanised = (text.applyingTransform(transform, reverse: false) ?? text).replacingOccurrences(of: "\u{02B9}", with: "")
        RomanisedNames.shared.remember(romanised, for: text)
        return romanised
    }
}

/// Keys of non-ASCII text already folded, shared by the threads that read articles and so
/// guarded by a lock; the answer is the same with or without it. Texts are matched byte for
/// byte, not as `String`s (which call canonically equivalent spellings equal), so a cached
/// key is always the one folding this very text gives.
private final class FoldedKeys: @unchecked Sendable {
    static let shared = FoldedKeys()

    private let lock = NSLock()
    private var texts: [String] = []
    private var keys: [String] = []
    private var index = FingerprintIndex(capacity: 64)
    /// A bound on memory for text full of distinct accented words.
    private static let limit = 20_000

    func lookUp(_ text: String) -> String? {
        let fingerprint = SortedNameTable.fingerprint(text)
        lock.lock()
        defer { lock.unlock() }
        return index.firstPosition(fingerprint, where: { texts[$0].utf8.elementsEqual(text.utf8) }).map { keys[$0] }
    }

    func remember(_ key: String, for text: String) {
        let fingerprint = SortedNameTable.fingerprint(text)
        lock.lock()
        defer { lock.unlock() }
        if texts.count >= Self.limit {
            texts.removeAll(keepingCapacity: true)
            keys.removeAll(keepingCapacity: true)
            index = FingerprintIndex(capacity: 64)
        }
        index.append(fingerprint, position: texts.count)
        texts.append(text)
        keys.append(key)
    }
}

/// Names already romanised: ICU builds a transliterator for every call (hundreds of
/// microseconds), and a story repeats its few Cyrillic names many times. Shared by the
/// threads that read articles, so guarded by a lock; the answer is the same with or without it.
private final class RomanisedNames: @unchecked Sendable {
    static let shared = RomanisedNames()

    private let lock = NSLock()
    private var names: [String: String] = [:]
    /// A bound on memory for text full of distinct Cyrillic words.
    private static let limit = 10_000

    func lookUp(_ text: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return names[text]
    }

    func remember(_ romanised: String, for text: String) {
        lock.lock()
        defer { lock.unlock() }
        if names.count >= Self.limit { names.removeAll(keepingCapacity: true) }
        names[text] = romanised
    }
}
