/// Small sets of interned ids kept as sorted arrays: intersection tests by merging, no hashing,
/// which keeps pair comparisons cheap when a story has thousands of claims.
struct SortedIDs: Sendable, Hashable {
    private(set) var ids: [Int]

    init(_ values: some Sequence<Int>) {
        ids = Array(Set(values)).sorted()
    }

    static let empty = SortedIDs([])

    var isEmpty: Bool { ids.isEmpty }
    var count: Int { ids.count }

    func sharedCount(_ other: SortedIDs) -> Int {
        var i = 0, j = 0, shared = 0
        let a = ids, b = other.ids
        while i < a.count && j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return shared
    }

    func isDisjoint(with other: SortedIDs) -> Bool {
        var i = 0, j = 0
        let a = ids, b = other.ids
        while i < a.count && j < b.count {
            if a[i] == b[j] { return false } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return true
    }

    func union(_ other: SortedIDs) -> SortedIDs {
        SortedIDs(ids + other.ids)
    }

    /// Shared / union.
    func jaccard(_ other: SortedIDs) -> Double {
        if ids.isEmpty && other.ids.isEmpty { return 0 }
        let shared = sharedCount(other)
        return Double(shared) / Double(ids.count + other.ids.count - shared)
    }

    /// Shared / size of the smaller set.
    func overlap(_ other: SortedIDs) -> Double {
        guard !ids.isEmpty, !other.ids.isEmpty else { return 0 }
        return Double(sharedCount(other)) / Double(min(ids.count, other.ids.count))
    }
}
