import Foundation
import Testing
@testable import ParallaxModel

/// The scorer's count of people followed across outlets, on hand-made predictions.
@Suite("Entity scoring of people across outlets")
struct EntityScoreTests {
    private let first = "[[Ana Lima|PERSON|lima]] met [[Rui Costa|PERSON|costa]] in [[Porto|PLACE|porto]]."
    private let second = "[[Lima|PERSON|lima]] and [[Costa|PERSON|costa]] left [[Porto|PLACE|porto]]."

    private func score(_ predicted: [[(String, EntityType, String?)]]) throws -> EntityScore {
        let articles = try [first, second].enumerated().map { try AnnotatedArticle.parse($1, path: "a\($0).txt") }
        // Each prediction names a gold mention by its text and gives it a type and an entity.
        let mentions = zip(articles, predicted).map { article, guesses in
            guesses.compactMap { text, type, entity -> Mention? in
                guard let gold = article.gold.first(where: { $0.text == text }) else { return nil }
                return Mention(span: gold.span, text: text, type: type, entityID: entity)
            }
        }
        var score = EntityScore()
        score.add(story: "s", articles: articles, analysis: EntityAnalysis(mentions: mentions, entities: []))
        return score
    }

    @Test func peopleInOneEntityEachAreFollowed() throws {
        let score = try score([
            [("Ana Lima", .person, "e1"), ("Rui Costa", .person, "e2"), ("Porto", .place, "e3")],
            [("Lima", .person, "e1"), ("Costa", .person, "e2"), ("Porto", .place, "e3")],
        ])
        #expect(score.crossSourcePeople == 2)
        #expect(score.crossSourcePeopleOneEntity == 2)
        #expect(score.crossSourcePeopleFollowed == 2)
        #expect(score.wrongPersonMerges.isEmpty)
    }

    @Test func aMissedOrMistypedMentionIsNotFollowedButMaySitInOneEntity() throws {
        let score = try score([
            [("Ana Lima", .person, "e1"), ("Rui Costa", .org, "e2"), ("Porto", .place, "e3")],
            [("Costa", .person, "e2"), ("Porto", .place, "e3")],
        ])
        #expect(score.crossSourcePeople == 2)
        #expect(score.crossSourcePeopleOneEntity == 2)
        #expect(score.crossSourcePeopleFollowed == 0)
    }

    @Test func twoPeopleInOneEntityAreAWrongPersonMerge() throws {
        let score = try score([
            [("Ana Lima", .person, "e1"), ("Rui Costa", .person, "e1"), ("Porto", .place, "e3")],
            [("Lima", .person, "e1"), ("Costa", .person, "e2"), ("Porto", .place, "e3")],
        ])
        #expect(score.wrongPersonMerges.count == 1)
        #expect(score.wrongMerges.count == 1)
        #expect(score.crossSourcePeopleOneEntity == 1)
        #expect(score.crossSourcePeopleFollowed == 1)
    }

    @Test func aPlaceMergedWithAPlaceIsNoPersonMerge() throws {
        let score = try score([
            [("Ana Lima", .person, "e1"), ("Rui Costa", .person, "e2"), ("Porto", .place, "e3")],
            [("Lima", .person, "e1"), ("Costa", .person, "e2"), ("Porto", .place, "e4")],
        ])
        #expect(score.wrongPersonMerges.isEmpty)
        #expect(score.crossSourceGroups == 3)
        #expect(score.crossSourceGroupsMerged == 2)
    }
}
