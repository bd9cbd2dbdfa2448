/// When a story happens, roughly: the latest year it mentions or is dated, so that a figure in a
/// sentence about an earlier year can be told apart from the story's own figures.
enum StoryTime {
    /// The latest year among the articles' dates and the years their text names, or nil.
    static func latestYear(articles: [Article], claims: [[Claim]]) -> Int? {
        var latest: Int?
        func consider(_ year: Int?) {
            guard let year else { return }
            latest = max(latest ?? year, year)
        }
        for article in articles { consider(article.date.flatMap(year(in:))) }
        // By index: copying each claim out of the array to test its kind retained all its strings.
        for articleClaims in claims {
            for index in articleClaims.indices where articleClaims[index].kind == .year || articleClaims[index].kind == .date {
                consider(year(in: articleClaims[index].text))
            }
        }
        return latest
    }

    /// For each sentence index, the years it names that lie more than a year before `storyYear`.
    static func pastYearsBySentence(_ claims: [Claim], storyYear: Int?) -> [Int: [Int]] {
        guard let storyYear else { return [:] }
        var years: [Int: [Int]] = [:]
        for claim in claims where claim.kind == .year || claim.kind == .date {
            guard let year = year(in: claim.text), year < storyYear - 1 else { continue }
            years[claim.sentence, default: []].append(year)
        }
        return years
    }

    /// The first run of exactly four digits in 1000...2999, as a year.
    static func year(in text: String) -> Int? {
        var digits = 0, value = 0
        for scalar in text.unicodeScalars {
            if ("0"..."9").contains(scalar) {
                digits += 1
                value = value * 10 + Int(scalar.value - 48)
                if digits > 4 { return nil }
                continue
            }
            if digits == 4, (1000...2999).contains(value) { return value }
            digits = 0
            value = 0
        }
        return digits == 4 && (1000...2999).contains(value) ? value : nil
    }
}
