import Foundation

/// Builds one quantity claim around an amount: range, hedge, currency, unit, noun, subject.
struct QuantityBuilder {
    let scanner: SentenceScanner
    /// Earliest token the claim may start at (the end of the previous claim).
    let floor: Int

    var tokens: [ClaimToken] { scanner.tokens }
    var reader: AmountReader { scanner.reader }

    struct Built {
        var claim: Claim
        /// Token index after the claim.
        var end: Int
    }

    /// The token at `index` exists and is `literal` (lower-cased).
    @inline(__always)
    func reads(_ index: Int, _ literal: StaticString) -> Bool { index >= 0 && index < tokens.count && tokens[index].reads(literal) }
    /// The token at `index` exists and is in a list of `wordClass`.
    @inline(__always)
    func isWord(_ index: Int, _ wordClass: WordClass) -> Bool { index >= 0 && index < tokens.count && tokens[index].is(wordClass) }
    @inline(__always)
    func isHyphen(_ index: Int) -> Bool { reads(index, "-") }
    /// "the", "its", "their", "those", "these": a determiner between "of" and a number or noun.
    @inline(__always)
    func isOfDeterminer(_ index: Int) -> Bool {
        reads(index, "the") || reads(index, "its") || reads(index, "their") || reads(index, "those") || reads(index, "these")
    }
    func isGlued(_ index: Int) -> Bool { index < tokens.count && !tokens[index].spaceBefore }

    func build(at index: Int) -> Built? {
        guard var amount = reader.read(at: index) else { return nil }
        var low = amount.low, high = amount.high
        var writtenRange: [Double]?
        var cursor = amount.end

        // Explicit ranges: "10,000-12,000", "between 5 and 8", "from 3 to 4 million", "two or three".
        if let (second, end) = rangePartner(of: amount) {
            var from = amount.value ?? amount.low
            let to = second.value ?? second.high
            if !amount.isScaled, second.isScaled, from * second.multiplier <= to { from *= second.multiplier }
            if from <= to {
                writtenRange = [from, to]
                low = from
                high = to
                amount.isScaled = amount.isScaled || second.isScaled
                amount.ambiguousM = amount.ambiguousM || second.ambiguousM
                cursor = end
            }
        }

        // Currency written before: "$", "US$", "€", "USD".
        var first = amount.first
        var unit: UnitEntry?
        var writtenUnit: String?
        if let (currency, start, written) = currencyBefore(first) {
            unit = UnitEntry(words: [], unit: currency, factor: 1, dimension: .money)
            writtenUnit = written
            first = start
        }

        // "a magnitude 6.8 earthquake", "magnitude-7 quake": the scale named before the figure.
        var magnitudeWord = first - 1
        if isHyphen(magnitudeWord), isGlued(first), isGlued(magnitudeWord) { magnitudeWord -= 1 }
        if unit == nil, magnitudeWord >= floor, reads(magnitudeWord, "magnitude"), amount.value != nil {
            unit = UnitEntry(words: ["magnitude"], unit: "magnitude", factor: 1, dimension: .magnitude)
            writtenUnit = "magnitude"
            first = magnitudeWord
        }

        // "minus 20 degrees", "-5 °C": a negative amount (only where a sign makes sense).
        var negative = false
        if first - 1 >= 0, first - 1 >= floor, reads(first - 1, "minus")
            || ((isHyphen(first - 1) || reads(first - 1, "−")) && isGlued(first) && (first < 2 || tokens[first - 1].spaceBefore)) {
            negative = true
            first -= 1
        }

        // Hedge before: "nearly", "more than", "an estimated".
        var hedgeWords: String?
        var hedge: HedgeBounds?
        if let (bounds, start) = hedgeBefore(first, amount: amount) {
            hedge = bounds
            hedgeWords = scanner.text(start, first).1
            first = start
        }
        // Hedge after the amount: "10,000-plus", "10,000+", "a dozen or so".
        if let (bounds, end, written) = hedgeAfter(cursor), hedge == nil {
            hedge = bounds
            hedgeWords = written
            cursor = end
        }

        // Unit after: "square miles", "%", "km²", "-year", "billion pounds".
        if unit == nil, let (entry, end) = unitAfter(cursor, amount: amount) {
            unit = entry
            writtenUnit = SpanText.string(scanner.scalars, TextSpan(tokens[cursor].start, tokens[max(cursor, end - 1)].end)) {
                $0 == "-" || $0 == " "
            }
            cursor = end
        } else if unit == nil, amount.ambiguousM, !looksLikeCountedNoun(cursor) {
            // "a 3m wall": glued "m" without money or a counted noun is metres.
            let metres = (amount.value ?? 0) / 1e6
            amount.value = metres
            low /= 1e6
            high /= 1e6
            writtenRange = writtenRange.map { $0.map { $0 / 1e6 } }
            unit = UnitEntry(words: ["m"], unit: "km", factor: 1e-3, dimension: .length)
            writtenUnit = "m"
        }
        // "hundreds of square kilometres", "millions of dollars": a vague amount of a unit.
        if unit == nil, amount.isVague, reads(cursor, "of"), let (entry, end) = unitAfter(cursor + 1, amount: amount) {
            unit = entry
            writtenUnit = scanner.text(cursor + 1, end).1
            cursor = end
        }
        // "fell from 9 to 6 percent": a change, not a range, but the unit after the second number is the first's too.
        if unit == nil, writtenRange == nil, reads(cursor, "to"), reads(amount.first - 1, "from"),
           let second = reader.read(at: cursor + 1), let (entry, _) = unitAfter(second.end, amount: second) {
            unit = entry
            writtenUnit = entry.words.joined(separator: " ")
        }
        if amount.isFraction { unit = UnitEntry(words: [], unit: "percent", factor: 1, dimension: .percent) }

        // The counted noun: "11,000 North Korean troops", "thousands of soldiers", "500 square miles of territory".
        var nounStart = cursor
        if isHyphen(nounStart), isGlued(nounStart) { nounStart += 1 }
        let isCount = unit == nil
        if reads(nounStart, "of"), amount.isVague || amount.isFraction || !isCount {
            nounStart += 1
            while isOfDeterminer(nounStart) || reads(nounStart, "his") || reads(nounStart, "her") || reads(nounStart, "our")
                    || reads(nounStart, "this") || reads(nounStart, "that") { nounStart += 1 }
        }
        // One thing, or a measure's adjectival noun ("10-day curfew"), is singular; after "of" the
        // phrase may be either ("of territory", "of the country's power plants").
        let afterOf = nounStart > cursor + 1 || reads(nounStart - 1, "of")
        let singular = isCount ? (amount.value ?? 2) <= 1 && !amount.isFraction : !afterOf
        let nounReader = NounPhraseReader(tokens: tokens, text: scanner.written)
        var counted = nounReader.read(from: nounStart, singular: singular, afterOf: afterOf)
        if let found = counted, isCount || !WordLists.phraseStops.contains(found.noun.lowercased()) {
            cursor = max(cursor, found.end)
        } else {
            counted = nil
        }
        if let (bounds, end, written) = hedgeAfter(cursor), hedge == nil {
            hedge = bounds
            hedgeWords = written
            cursor = end
        }
        // "38 of the 45 drones", "Nine of the 12 regions": the part counts what the whole counts.
        let partOf = counted == nil && isCount ? nounOfWhole(after: cursor, singular: singular, reader: nounReader) : nil

        // "over six days" is "during"; "for over two years" is a hedge.
        if let words = hedgeWords?.lowercased(), words == "over" || words == "under", unit?.dimension == .duration {
            if !isWord(first - 1, .durationHedgeLead) {
                hedge = nil
                hedgeWords = nil
                first += 1
            }
        }

        guard isCountingExpression(amount: amount, unit: unit, hedge: hedge, noun: counted, writtenRange: writtenRange) else { return nil }

        if let hedge { (low, high) = hedge.apply(low: low, high: high) }
        if negative {
            // Only temperatures are signed; "-5 troops" is a dash, not a sign.
            if unit?.dimension == .temperature {
                amount.value = amount.value.map { -$0 }
                (low, high) = (-high, -low)
            } else {
                first += 1
            }
        }
        let factor = unit?.factor ?? 1
        let canonical = unit?.unit ?? "count"
        let isRange = writtenRange != nil
        let value = amount.isVague || isRange ? nil : amount.value.map { $0 * factor }
        let (span, text) = scanner.text(first, cursor)
        let fallbackNoun = counted == nil && partOf == nil ? nounBefore(first) : nil
        var claim = Claim(
            span: span, text: text, kind: .quantity,
            value: value.map(Self.tidy), writtenValue: amount.isVague || isRange ? nil : amount.value.map(Self.tidy),
            writtenRange: writtenRange?.map(Self.tidy),
            low: Self.tidy(low * factor), high: high == HedgeTable.unbounded ? high : Self.tidy(high * factor),
            unit: canonical, writtenUnit: Self.isSameUnit(writtenUnit, canonical) ? nil : writtenUnit,
            hedge: hedgeWords, noun: counted?.noun ?? partOf?.noun ?? fallbackNoun?.noun,
            modifiers: counted?.modifiers ?? partOf?.modifiers ?? fallbackNoun?.modifiers ?? [],
            sentence: scanner.sentenceIndex
        )
        claim.subject = subject(noun: counted ?? fallbackNoun, after: cursor, before: first) ?? partOf.map { $0.noun }
        return Built(claim: claim, end: cursor)
    }

    /// Rounds to 12 significant digits so that 11,000 × 1.1 prints as 12100, not 12100.000000000002.
    static func tidy(_ value: Double) -> Double {
        guard value.isFinite, value != 0 else { return value }
        let magnitude = (log10(abs(value))).rounded(.down)
        let scale = pow(10, 11 - magnitude)
        guard scale.isFinite, scale > 0 else { return value }
        let rounded = (value * scale).rounded() / scale
        return rounded.isFinite ? rounded : value
    }

    /// Spellings that are the canonical unit itself, so `written_unit` stays null.
    static func isSameUnit(_ written: String?, _ canonical: String) -> Bool {
        guard let written else { return true }
        let lower = written.lowercased()
        if canonical == "percent" { return ["%", "percent", "per cent", "pc", "pct"].contains(lower) }
        return lower == canonical.lowercased()
    }

    /// The second amount of an explicit range and the token after it.
    private func rangePartner(of amount: Amount) -> (Amount, Int)? {
        guard amount.value != nil, !amount.isFraction, amount.end < tokens.count else { return nil }
        // "30% to 40%", "5 km to 8 km": the unit written on both ends.
        var connectorIndex = amount.end
        var sharedUnit: String?
        if let (entry, end) = unitAfter(amount.end, amount: amount), end < tokens.count,
           isDash(end) || tokens[end].reads("to") || tokens[end].reads("and") {
            connectorIndex = end
            sharedUnit = entry.unit
        }
        var beforeIndex = amount.first - 1
        if isWord(beforeIndex, .currencySymbol) { beforeIndex -= 1 }
        if beforeIndex >= 0, tokens[beforeIndex].kind == .word, tokens[beforeIndex].is(.dollarPrefix),
           reads(beforeIndex + 1, "$"), isGlued(beforeIndex + 1) { beforeIndex -= 1 }
        let isTo = reads(connectorIndex, "to"), isAnd = reads(connectorIndex, "and")
        if isDash(connectorIndex) {
        } else if isTo {
            // "raised by 2 points to 21%": a change and its result.
            if reads(beforeIndex, "by") { return nil }
            if reads(beforeIndex, "from"), let verbIndex = Optional(beforeIndex - 1), (max(0, verbIndex - 2)...max(0, verbIndex)).contains(where: {
                tokens[$0].is(.changeVerb)
            }) { return nil }
        } else if isAnd {
            guard reads(beforeIndex, "between") else { return nil }
        } else if reads(connectorIndex, "or") {
            guard amount.isWords else { return nil }
        } else {
            return nil
        }
        var next = connectorIndex + 1
        if isWord(next, .currencySymbol) { next += 1 }
        guard next < tokens.count, tokens[next].kind == (amount.isWords ? .word : .number) || isTo || isAnd else { return nil }
        if tokens[next].kind == .number, scanner.labels.classify(number: next) != nil { return nil }
        guard let second = reader.read(at: next), second.value != nil, !second.isFraction else { return nil }
        if let sharedUnit, unitAfter(second.end, amount: second)?.0.unit != sharedUnit { return nil }
        return (second, second.end)
    }

    private func currencyBefore(_ first: Int) -> (String, Int, String)? {
        var index = first - 1
        guard index >= floor, index >= 0 else { return nil }
        let token = tokens[index]
        if token.is(.currencySymbol), let code = UnitTable.currencySymbols[token.lower] {
            var start = index
            var currency = code
            if token.reads("$"), index - 1 >= floor, index - 1 >= 0, tokens[index - 1].kind == .word, !token.spaceBefore,
               tokens[index - 1].is(.dollarPrefix), let prefixed = UnitTable.dollarPrefixes[tokens[index - 1].lower] {
                currency = prefixed
                start = index - 1
            }
            let text = SpanText.string(scanner.scalars, TextSpan(tokens[start].start, tokens[max(start, first - 1)].end),
                                         trimming: SpanText.isHorizontalSpace)
            return (currency, start, text)
        }
        // "Rs 2,000", "Rs. 2,000": the word, or the word before a glued full stop.
        let abbreviation = token.reads(".") && !token.spaceBefore ? index - 1 : index
        if abbreviation >= floor, abbreviation >= 0, tokens[abbreviation].kind == .word,
           tokens[abbreviation].is(.currencyAbbreviation),
           let code = UnitTable.abbreviationsBefore[scanner.written(tokens[abbreviation])] {
            return (code, abbreviation, scanner.text(abbreviation, first).1.trimmingCharacters(in: .whitespaces))
        }
        if token.kind == .word, token.is(.currencyCode), token.lower.count == 3, let code = UnitTable.codesBefore[token.lower],
           scanner.written(token) == code {
            index = first - 1
            return (code, index, code)
        }
        return nil
    }

    private func hedgeBefore(_ first: Int, amount: Amount) -> (HedgeBounds, Int)? {
        // Every hedge ends in a word of its own class: most amounts are not hedged at all.
        guard isWord(first - 1, .hedgeBeforeEnd) else { return nil }
        for entry in HedgeTable.before {
            let count = entry.words.count
            let start = first - count
            guard start >= floor, start >= 0 else { continue }
            var matches = true
            for offset in 0..<count where tokens[start + offset].lower != entry.words[offset] || tokens[start + offset].kind != .word {
                matches = false
                break
            }
            guard matches else { continue }
            // "some of", "some thousands": "some" hedges only an exact number.
            if entry.words == ["some"], amount.isVague || amount.isFraction { continue }
            return (entry.bounds, start)
        }
        return nil
    }

    private func hedgeAfter(_ index: Int) -> (HedgeBounds, Int, String)? {
        var start = index
        if isHyphen(start), isGlued(start), reads(start + 1, "plus") { start += 1 }
        guard isWord(start, .hedgeAfterStart) else { return nil }
        for entry in HedgeTable.after {
            let count = entry.words.count
            guard start + count <= tokens.count else { continue }
            let matches = (0..<count).allSatisfy { tokens[start + $0].lower == entry.words[$0] }
            guard matches else { continue }
            // "+" and "plus" only when glued to the amount ("10,000+", "10,000-plus").
            if entry.words == ["+"] || entry.words == ["plus"], !isGlued(start) { continue }
            return (entry.bounds, start + count, scanner.text(start, start + count).1)
        }
        return nil
    }

    private func unitAfter(_ index: Int, amount: Amount) -> (UnitEntry, Int)? {
        var start = index
        // Adjectival form: "500-mile", "two-and-a-half-year war", "10-day".
        if start < tokens.count, tokens[start].reads("-") || tokens[start].reads("‑"), isGlued(start), isGlued(start + 1) { start += 1 }
        guard start < tokens.count else { return nil }
        if tokens[start].reads("pounds") || tokens[start].reads("pound") {
            if reads(start + 1, "of") { return (UnitTable.poundsAsMass, start + 1) }
            return (amount.isScaled ? UnitTable.poundsAsMoney : UnitTable.poundsAsMass, start + 1)
        }
        if start == index, isGlued(start), tokens[start].capitalised, tokens[start].is(.gluedTemperature),
           let entry = UnitTable.gluedTemperatures[tokens[start].lower],
           !(start + 1 < tokens.count && isGlued(start + 1) && tokens[start + 1].kind == .word) {
            return (entry, start + 1)
        }
        guard tokens[start].is(.unitFirstWord) else { return nil }
        for entry in UnitTable.byFirstWord[tokens[start].lower] ?? [] {
            var cursor = start
            var matched = true
            for word in entry.words {
                // "sq. km", "km/h": skip glued full stops inside abbreviations.
                if cursor < tokens.count, tokens[cursor].reads("."), isGlued(cursor), word != "." { cursor += 1 }
                // "10-billion-cubic-metre": the words of an adjectival unit joined by hyphens.
                if cursor > start, cursor + 1 < tokens.count, tokens[cursor].reads("-"), isGlued(cursor), isGlued(cursor + 1) { cursor += 1 }
                guard cursor < tokens.count, tokens[cursor].lower == word else { matched = false; break }
                cursor += 1
            }
            guard matched else { continue }
            // A unit word must end there: "mi" is not the start of "million".
            if entry.words.count == 1, entry.words[0].count <= 2, cursor < tokens.count, isGlued(cursor), tokens[cursor].kind == .word { continue }
            // "pounds of" keeps "of" for the noun.
            if entry.words.last == "of" { cursor -= 1 }
            return (entry, cursor)
        }
        return nil
    }

    private func looksLikeCountedNoun(_ index: Int) -> Bool {
        guard index < tokens.count, tokens[index].kind == .word else { return false }
        return !tokens[index].is(.phraseStop)
    }

    /// A hyphen or dash between the two ends of a range.
    @inline(__always)
    private func isDash(_ index: Int) -> Bool { reads(index, "-") || reads(index, "–") || reads(index, "—") }

    /// Whether a word-spelled number really counts something ("two soldiers were killed"),
    /// rather than being part of an idiom ("one of the goals", "the two sides").
    private func isCountingExpression(amount: Amount, unit: UnitEntry?, hedge: HedgeBounds?, noun: CountedNoun?, writtenRange: [Double]?) -> Bool {
        let value = amount.value ?? 0
        let previous = amount.first - 1
        // "One day the shelling stopped": "one" + a spaced singular time word is an idiom, unless "for one day".
        if amount.isWords, value == 1, hedge == nil, let unit, unit.dimension == .duration, !isGlued(amount.end) {
            return isWord(previous, .durationHedgeLead)
        }
        guard amount.isWords, !amount.isVague, !amount.isFraction, unit == nil, hedge == nil, writtenRange == nil, !amount.isScaled else {
            return true
        }
        if value == 1 {
            guard let noun, !WordLists.oneIdioms.contains(noun.noun.lowercased()), !reads(amount.end, "of") else { return false }
            if isWord(previous, .referringDeterminer) || reads(previous, "one") || reads(previous, "no") { return false }
            return true
        }
        // "the two sides" and "each of the three leaders" refer back; "the trial of the seven
        // defendants" states how many there are.
        if isWord(previous, .referringDeterminer),
           !reads(previous, "the") || value <= 2 || isPartitive(before: amount.first - 1) { return false }
        // "Nine of the 12 regions", "Seven of the injured".
        if reads(amount.end, "of"), isOfDeterminer(amount.end + 1) || reads(amount.end + 1, "them") { return true }
        if noun == nil { return isWord(amount.end, .countingVerb) }
        return true
    }

    /// "each of the", "one of the", "all of the": a quantifier and "of" before the determiner at `index`.
    private func isPartitive(before index: Int) -> Bool {
        guard reads(index - 1, "of"), index - 2 >= 0 else { return false }
        return isWord(index - 2, [.partitiveQuantifier, .cardinal])
            || (index - 2 >= 0 && tokens[index - 2].kind == .number)
    }

    /// The noun after "of (the) [number]" ("of the 45 drones"), without extending the claim.
    private func nounOfWhole(after index: Int, singular: Bool, reader nounReader: NounPhraseReader) -> CountedNoun? {
        guard reads(index, "of") else { return nil }
        var start = index + 1
        while isOfDeterminer(start) { start += 1 }
        if start < tokens.count, let whole = reader.read(at: start), whole.value != nil { start = whole.end }
        return nounReader.read(from: start, singular: false, afterOf: true)
    }

    /// "a force of 50,000", "a death toll of 12": the noun sits before "of".
    private func nounBefore(_ first: Int) -> CountedNoun? {
        guard first >= 2, reads(first - 1, "of"), tokens[first - 2].kind == .word else { return nil }
        let head = first - 2
        guard !tokens[head].is(.phraseStop), !tokens[head].capitalised else { return nil }
        var start = head
        while start > max(floor, head - 2), tokens[start - 1].kind == .word, !tokens[start - 1].is(.phraseStop) { start -= 1 }
        let modifiers = (start..<head).map { scanner.written(tokens[$0]) }
        return CountedNoun(noun: scanner.written(tokens[head]), modifiers: modifiers, first: start, end: head + 1)
    }

    /// A short display phrase: modifiers and noun, plus a following place ("in Kursk").
    private func subject(noun: CountedNoun?, after end: Int, before first: Int) -> String? {
        guard let noun else { return nil }
        var words = [scanner.text(noun.first, noun.end).1]
        if reads(end, "in") || reads(end, "near") || reads(end, "inside") || reads(end, "into") || reads(end, "from") || reads(end, "on")
            || reads(end, "across") || reads(end, "around") {
            var index = end + 1
            if reads(index, "the") { index += 1 }
            var place: [String] = []
            while index < tokens.count, tokens[index].kind == .word, tokens[index].capitalised, place.count < 3 {
                place.append(scanner.written(tokens[index]))
                index += 1
            }
            let placeIsAdjective = index < tokens.count && tokens[index].kind == .word && !tokens[index].capitalised
                && !tokens[index].is(.phraseStop)
            if !place.isEmpty, !placeIsAdjective { words += [scanner.written(tokens[end])] + place }
        }
        return words.joined(separator: " ")
    }
}
