import Testing
@testable import ParallaxModel

@Suite struct SortedIDsTests {
    @Test func repeatsAreDroppedAndOrderIsAscending() {
        #expect(SortedIDs([5, 1, 5, 3, 1, -2]).ids == [-2, 1, 3, 5])
        #expect(SortedIDs([Int]()).isEmpty)
    }

    @Test func unionMergesWithoutRepeats() {
        let union = SortedIDs([1, 4, 9]).union(SortedIDs([0, 4, 10, 12]))
        #expect(union.ids == [0, 1, 4, 9, 10, 12])
        #expect(SortedIDs([2]).union(.empty).ids == [2])
        #expect(SortedIDs.empty.union(SortedIDs([7, 3])).ids == [3, 7])
    }

    @Test func intersectionMeasures() {
        let a = SortedIDs([1, 2, 3, 4]), b = SortedIDs([3, 4, 5])
        #expect(a.sharedCount(b) == 2)
        #expect(!a.isDisjoint(with: b))
        #expect(a.jaccard(b) == 2.0 / 5.0)
        #expect(a.overlap(b) == 2.0 / 3.0)
    }

    @Test func fewAgainstManyAgreesWithWalkingBoth() {
        let many = SortedIDs(stride(from: 0, to: 2_000, by: 2))
        #expect(!SortedIDs([7, 1_998]).isDisjoint(with: many))
        #expect(!many.isDisjoint(with: SortedIDs([1_998])))
        #expect(SortedIDs([-4, 7, 1_999, 5_000]).isDisjoint(with: many))
        #expect(many.isDisjoint(with: SortedIDs([3])))
        #expect(many.isDisjoint(with: .empty))
        #expect(many.contains(0) && many.contains(1_998) && !many.contains(1_999) && !many.contains(-1))
    }

    @Test func formUnionMatchesUnion() {
        let many = SortedIDs(stride(from: 0, to: 400, by: 3))
        for few in [SortedIDs([5, 6, 399, -1, 1_000]), SortedIDs([0, 3]), .empty, SortedIDs(0..<200)] {
            var grown = many
            grown.formUnion(few)
            #expect(grown == many.union(few))
            var other = few
            other.formUnion(many)
            #expect(other == few.union(many))
        }
    }
}
