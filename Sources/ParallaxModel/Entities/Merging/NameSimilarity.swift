/// Measures for deciding whether two spellings name the same thing.
///
/// The skeleton finds candidates cheaply (spellings that transliterate the same sounds);
/// Jaro-Winkler and edit distance then decide.
enum NameSimilarity {
    /// A transliteration-blind skeleton of one folded Latin word: digraphs folded
    /// (sh/zh/kh/ch/ts/ph), y and j read as i, doubled letters collapsed, vowels dropped —
    /// except a final vowel, kept as its class, so "Ivanov" and "Ivanova" stay apart.
    /// "Zelensky", "Zelenskyy" and "Zelenskiy" all give "zlnsk" + "i".
    static func skeleton(_ word: String) -> String {
        // Keys are folded to ASCII almost always: the same rules over bytes, without Characters.
        var ascii = word
        if let fast = ascii.withUTF8({ asciiSkeleton($0) }) { return fast }
        return characterSkeleton(word)
    }

    /// `skeleton` of an all-ASCII word, nil for any other.
    private static func asciiSkeleton(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var letters: [UInt8] = []
        letters.reserveCapacity(bytes.count + 2)
        var lowered: [UInt8] = []
        lowered.reserveCapacity(bytes.count)
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): lowered.append(byte + 32)
            case UInt8(ascii: "a")...UInt8(ascii: "z"): lowered.append(byte)
            default: continue
            }
        }
        func byte(_ character: Unicode.Scalar) -> UInt8 { UInt8(character.value) }
        var index = 0
        while index < lowered.count {
            let char = lowered[index]
            let next = index + 1 < lowered.count ? lowered[index + 1] : 0
            if next == byte("h"), char == byte("s") || char == byte("z") || char == byte("k") || char == byte("c") || char == byte("p") {
                letters.append(char == byte("p") ? byte("f") : char == byte("k") ? byte("h") : char)
                index += 2
                continue
            }
            if char == byte("t"), next == byte("s") || next == byte("z") {
                letters.append(byte("c"))
                index += 2
                continue
            }
            switch char {
            case byte("x"): letters.append(byte("k")); letters.append(byte("s"))
            case byte("y"), byte("j"): letters.append(byte("i"))
            case byte("w"): letters.append(byte("v"))
            case byte("q"): letters.append(byte("k"))
            default: letters.append(char)
            }
            index += 1
        }
        func isVowel(_ letter: UInt8) -> Bool {
            letter == byte("a") || letter == byte("e") || letter == byte("i") || letter == byte("o") || letter == byte("u")
        }
        var result: [UInt8] = []
        result.reserveCapacity(letters.count + 1)
        var previous: UInt8 = 0
        for letter in letters where letter != previous {
            previous = letter
            if !isVowel(letter) { result.append(letter) }
        }
        if let last = letters.last, isVowel(last) {
            result.append(last == byte("a") ? byte("A") : last == byte("i") ? byte("I") : byte("E"))
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The rules over Characters: any script, and the reference the ASCII path must equal.
    static func characterSkeleton(_ word: String) -> String {
        var letters: [Character] = []
        let chars = Array(word.lowercased().filter { $0.isLetter })
        var index = 0
        while index < chars.count {
            let char = chars[index]
            let next: Character? = index + 1 < chars.count ? chars[index + 1] : nil
            switch (char, next) {
            case ("s", "h"), ("z", "h"), ("k", "h"), ("c", "h"), ("p", "h"), ("t", "s"), ("t", "z"):
                // kh is the Russian х, which English also writes as h ("Ilkham" / "Ilham").
                letters.append(char == "p" ? "f" : char == "t" ? "c" : char == "k" ? "h" : char)
                index += 2
                continue
            case ("x", _):
                letters.append(contentsOf: ["k", "s"])
            case ("y", _), ("j", _):
                letters.append("i")
            case ("w", _):
                letters.append("v")
            case ("q", _):
                letters.append("k")
            default:
                letters.append(char)
            }
            index += 1
        }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        var result = ""
        var previous: Character?
        for letter in letters where letter != previous {
            previous = letter
            if !vowels.contains(letter) { result.append(letter) }
        }
        if let last = letters.last, vowels.contains(last) {
            result.append(last == "a" ? "A" : last == "i" ? "I" : "E")
        }
        return result
    }

    /// Jaro-Winkler similarity in 0...1 of two strings, compared by Unicode scalar.
    static func jaroWinkler(_ a: String, _ b: String) -> Double {
        let s = Array(a.unicodeScalars), t = Array(b.unicodeScalars)
        if s.isEmpty || t.isEmpty { return s.isEmpty && t.isEmpty ? 1 : 0 }
        let window = max(0, max(s.count, t.count) / 2 - 1)
        var sMatched = [Bool](repeating: false, count: s.count)
        var tMatched = [Bool](repeating: false, count: t.count)
        var matches = 0
        for i in s.indices {
            let lo = max(0, i - window), hi = min(t.count - 1, i + window)
            guard lo <= hi else { continue }
            for j in lo...hi where !tMatched[j] && s[i] == t[j] {
                sMatched[i] = true
                tMatched[j] = true
                matches += 1
                break
            }
        }
        guard matches > 0 else { return 0 }
        var transpositions = 0, j = 0
        for i in s.indices where sMatched[i] {
            while !tMatched[j] { j += 1 }
            if s[i] != t[j] { transpositions += 1 }
            j += 1
        }
        let m = Double(matches)
        let jaro = (m / Double(s.count) + m / Double(t.count) + (m - Double(transpositions) / 2) / m) / 3
        var prefix = 0
        while prefix < min(4, s.count, t.count), s[prefix] == t[prefix] { prefix += 1 }
        return jaro + Double(prefix) * 0.1 * (1 - jaro)
    }

    /// True when `a` and `b` differ by at most one insertion, deletion, substitution or swap
    /// of neighbours: the typo test.
    static func withinOneEdit(_ a: String, _ b: String) -> Bool {
        let s = Array(a.unicodeScalars), t = Array(b.unicodeScalars)
        if abs(s.count - t.count) > 1 { return false }
        var i = 0
        while i < s.count, i < t.count, s[i] == t[i] { i += 1 }
        if i == s.count && i == t.count { return true }
        if s.count == t.count {
            if Array(s[(i + 1)...]) == Array(t[(i + 1)...]) { return true }
            return i + 1 < s.count && s[i] == t[i + 1] && s[i + 1] == t[i] && Array(s[(i + 2)...]) == Array(t[(i + 2)...])
        }
        return s.count > t.count ? Array(s[(i + 1)...]) == Array(t[i...]) : Array(s[i...]) == Array(t[(i + 1)...])
    }
}
