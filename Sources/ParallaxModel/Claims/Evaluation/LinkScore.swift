import Foundation

/// A multi-outlet story written for the fixtures, with its annotated claim clusters.
///
/// Folder layout: one `.txt` per article (one paragraph per line) and `links.txt`, one cluster
/// per line: `verdict | file: claim text | file: claim text ...`, e.g.
/// `conflict | a.txt: nearly 50,000 Russian troops | b.txt: 60,000 soldiers`.
/// Claim text is located at its first occurrence in the article; the predicted claim
/// overlapping it stands for it.
public struct AnnotatedStory: Sendable {
    public struct Cluster: Sendable {
        public var verdict: Verdict
        public var members: [(file: String, text: String)]
    }

    public var name: String
    public var articles: [(file: String, article: Article)]
    public var clusters: [Cluster]

    public static func load(from folder: URL) throws -> AnnotatedStory {
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" && $0.lastPathComponent != "links.txt" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        var articles: [(String, Article)] = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            articles.append((file.lastPathComponent, article(fromLines: text, id: "a\(articles.count + 1)", source: file.lastPathComponent)))
        }
        let linksText = try String(contentsOf: folder.appendingPathComponent("links.txt"), encoding: .utf8)
        var clusters: [Cluster] = []
        for line in linksText.split(separator: "\n") where !line.hasPrefix("#") && !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let fields = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let verdict = Verdict(rawValue: fields[0]) else { throw ClaimAnnotations.ParseError.malformed("\(folder.lastPathComponent)/links.txt: bad verdict in '\(line)'") }
            let members = try fields.dropFirst().map { field -> (String, String) in
                guard let colon = field.firstIndex(of: ":") else { throw ClaimAnnotations.ParseError.malformed("missing 'file:' in '\(field)'") }
                return (String(field[..<colon]), field[field.index(after: colon)...].trimmingCharacters(in: .whitespaces))
            }
            clusters.append(Cluster(verdict: verdict, members: members))
        }
        return AnnotatedStory(name: folder.lastPathComponent, articles: articles, clusters: clusters)
    }

    /// An article with one paragraph per non-empty line, split into sentences.
    public static func article(fromLines text: String, id: String, source: String) -> Article {
        var body = ""
        var paragraphs: [Paragraph] = []
        var offset = 0
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            if !body.isEmpty { body += "\n\n"; offset += 2 }
            let length = trimmed.unicodeScalars.count
            paragraphs.append(Paragraph(span: TextSpan(offset, offset + length), kind: .body))
            body += trimmed
            offset += length
        }
        var article = Article(id: id, path: source, source: source, text: body, paragraphs: paragraphs)
        let splitter = SentenceSplitter()
        article.sentences = paragraphs.flatMap { splitter.split(article.scalars, in: $0.span.start..<$0.span.end) }
        return article
    }
}

/// Link precision / recall / F1 over cross-article claim pairs, and cluster verdicts.
public struct LinkScore: Sendable {
    public var links = PRF()
    public var goldClusters = 0
    public var verdictsChecked = 0
    public var verdictsRight = 0
    public var mistakes: [String] = []

    public static func evaluate(_ stories: [AnnotatedStory]) -> LinkScore {
        var score = LinkScore()
        for story in stories { score.add(story) }
        return score
    }

    mutating func add(_ story: AnnotatedStory) {
        let articles = story.articles.map(\.article)
        let analysis = StoryAnalyzer().analyze(articles)
        let fileIndex = Dictionary(uniqueKeysWithValues: story.articles.enumerated().map { ($1.file, $0) })
        // Gold member → predicted claim id.
        func claimID(_ file: String, _ text: String) -> String? {
            guard let index = fileIndex[file] else { return nil }
            let scalars = Array(analysis.articles[index].text.unicodeScalars), needle = Array(text.unicodeScalars)
            guard needle.count <= scalars.count else { return nil }
            for start in 0...(scalars.count - needle.count) where Array(scalars[start..<(start + needle.count)]) == needle {
                let span = TextSpan(start, start + needle.count)
                return analysis.claims[index].first { $0.kind == .quantity && $0.span.overlaps(span) }?.id
            }
            return nil
        }
        var goldPairs = Set<[String]>()
        var goldLabels: [String: String] = [:]
        for cluster in story.clusters {
            goldClusters += 1
            var ids: [(String, String)] = []
            for member in cluster.members {
                guard let id = claimID(member.file, member.text) else {
                    mistakes.append("\(story.name): no quantity claim found for \(member.file): '\(member.text)'")
                    continue
                }
                ids.append((member.file, id))
                goldLabels[id] = "\(member.file): \(member.text)"
            }
            for i in ids.indices {
                for j in ids.indices where j > i && ids[i].0 != ids[j].0 {
                    goldPairs.insert([ids[i].1, ids[j].1].sorted())
                }
            }
            // The predicted cluster holding most of these claims should carry the annotated verdict.
            let clusterIDs = ids.compactMap { pair in analysis.claims.joined().first { $0.id == pair.1 }?.clusterID }
            if let common = Dictionary(grouping: clusterIDs, by: { $0 }).max(by: { ($0.value.count, $1.key) < ($1.value.count, $0.key) })?.key,
               let predicted = analysis.clusters.first(where: { $0.id == common }) {
                verdictsChecked += 1
                if predicted.verdict == cluster.verdict { verdictsRight += 1 } else {
                    mistakes.append("\(story.name): cluster '\(predicted.label)' verdict \(predicted.verdict.rawValue), annotated \(cluster.verdict.rawValue)")
                }
            } else {
                verdictsChecked += 1
                mistakes.append("\(story.name): no cluster for annotated \(cluster.verdict.rawValue) group starting '\(cluster.members.first?.text ?? "")'")
            }
        }
        let texts = Dictionary(analysis.claims.joined().map { ($0.id, "\(story.articles[Int($0.articleID.dropFirst())! - 1].file): \($0.text)") },
                               uniquingKeysWith: { first, _ in first })
        var predictedPairs = Set<[String]>()
        for link in analysis.links { predictedPairs.insert([link.a, link.b].sorted()) }
        for pair in predictedPairs {
            if goldPairs.contains(pair) { links.truePositives += 1 } else {
                links.falsePositives += 1
                mistakes.append("\(story.name): wrong link \(texts[pair[0]] ?? pair[0])  <->  \(texts[pair[1]] ?? pair[1])")
            }
        }
        for pair in goldPairs where !predictedPairs.contains(pair) {
            links.falseNegatives += 1
            mistakes.append("\(story.name): missed link \(goldLabels[pair[0]] ?? pair[0])  <->  \(goldLabels[pair[1]] ?? pair[1])")
        }
    }
}
