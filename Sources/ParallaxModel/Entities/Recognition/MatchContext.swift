/// A town's name is its club in a match report: "Liverpool beat Chelsea 2-1", "signed from
/// Marseille", "the Leeds manager". Both a word tying the name to play (a result, a transfer,
/// a player of the side) and a sign that the sentence is about sport are needed, so
/// "Frankfurt hosted the summit" and "a flight to Leeds" stay places.
extension NameClassifier {
    func isClubInMatch(_ range: Range<Int>) -> Bool {
        guard range.count == 1, isAboutSport() else { return false }
        let index = range.lowerBound
        if let before = sentence.lowercaseWord(index - 1), Self.wordsBeforeAClub.contains(before) { return true }
        if let after = sentence.lowercaseWord(index + 1), Self.playVerbs.contains(after) || Self.sideMembers.contains(after) {
            return true
        }
        // "Liverpool 2 Chelsea 1"
        if index + 1 < sentence.tokens.count, sentence.tokens[index + 1].kind == .number, !sentence.tokens[index].hasPossessive {
            return isScoreline(index + 1)
        }
        if sentence.tokens[index].hasPossessive, let after = sentence.lowercaseWord(index + 1), Self.sideMembers.contains(after) {
            return true
        }
        return false
    }

    /// A score ("2-1", "3–0") or a word only sport uses, anywhere in the sentence.
    private func isAboutSport() -> Bool {
        for index in sentence.tokens.indices {
            let token = sentence.tokens[index]
            if token.kind == .word, !token.isCapitalised, Self.sportWords.contains(sentence.key(index)) { return true }
            if token.kind == .number, isScore(index) { return true }
        }
        return false
    }

    private func isScore(_ index: Int) -> Bool {
        let dash = index + 1, second = index + 2
        guard second < sentence.tokens.count, sentence.tokens[dash].kind == .punctuation,
              sentence.tokens[dash].start == sentence.tokens[index].end, sentence.tokens[second].start == sentence.tokens[dash].end,
              sentence.tokens[second].kind == .number else { return false }
        let mark = sentence.scalars[sentence.tokens[dash].start]
        return (mark == "-" || mark == "\u{2013}") && isSmallNumber(index) && isSmallNumber(second)
    }

    /// "Liverpool 2 Chelsea 1": a small number, a capitalised word, a small number.
    private func isScoreline(_ number: Int) -> Bool {
        number + 2 < sentence.tokens.count && isSmallNumber(number) && sentence.tokens[number + 1].isCapitalised
            && sentence.tokens[number + 2].kind == .number && isSmallNumber(number + 2)
    }

    private func isSmallNumber(_ index: Int) -> Bool {
        let token = sentence.tokens[index]
        return token.kind == .number && token.end - token.start <= 2
            && sentence.scalars[token.start..<token.end].allSatisfy(NameTokenizer.isDigit)
    }

    // MARK: Tables (hand-written for Parallax)

    /// Words of play written before the club: "beat Chelsea", "against Leeds", "from Marseille".
    static let wordsBeforeAClub: WordSet = [
        "beat", "beating", "defeated", "thrashed", "hammered", "edged", "against", "versus", "vs", "v",
        "over", "hosted", "hosting", "host", "face", "faces", "facing", "faced", "play", "plays", "played",
        "playing", "visit", "visiting", "from", "to", "joined", "join", "joining", "with",
    ]

    /// Verbs of play after the club: "Leeds signed", "Liverpool drew".
    static let playVerbs: WordSet = [
        "beat", "beats", "drew", "draw", "lost", "lose", "loses", "won", "win", "wins", "defeated",
        "thrashed", "hammered", "edged", "hosted", "host", "hosts", "face", "faces", "faced", "visit",
        "visits", "signed", "sign", "signs", "sold", "sacked", "scored", "score", "equalised",
        "equalized", "conceded", "trail", "trailed", "led", "lead", "clinched", "claimed", "reached",
        "were", "are", "have", "had",
    ]

    /// Members of a side written after the club or its possessive: "the Leeds manager".
    static let sideMembers: WordSet = [
        "manager", "coach", "boss", "striker", "strikers", "forward", "winger", "midfielder",
        "defender", "goalkeeper", "keeper", "captain", "fans", "supporters", "players", "player",
        "squad", "side", "team", "academy", "youngster", "head coach",
    ]

    /// Lower-case words that put a sentence in a sports report.
    static let sportWords: WordSet = [
        "match", "matches", "goal", "goals", "striker", "midfielder", "defender", "goalkeeper",
        "winger", "league", "cup", "season", "fixture", "penalty", "penalties", "equaliser",
        "equalizer", "kick-off", "relegation", "promotion", "derby", "transfer", "loan", "manager",
        "coach", "squad", "stadium", "title", "points", "draw", "victory", "win", "defeat", "scored",
        "scorer", "minute", "minutes", "half-time", "stoppage", "substitute", "club", "clubs",
        "champions", "semi-final", "quarter-final", "final", "tie", "game", "fans", "supporters",
    ]
}
