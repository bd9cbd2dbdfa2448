/// Small sets of interned ids kept as sorted arrays: intersection tests by merging, no hashing,
/// which keeps pair comparisons cheap when a story has thousands of claims.
///
/// Ids are kept as 32 bits: every claim holds several of these sets, they are the bulk of what
/// linking keeps in memory, and interned ids, years and node indices all fit (an id beyond
/// 32 bits would need billions of distinct words or claims, far more than memory holds).
struct SortedIDs: Sendable, Hashable {
    private(set) var ids: [Int32]

    /// Sorted, then repeats dropped in place: no hashing for sets this small.
    init(_ values: some Sequence<Int>) {
        var sorted = values.map { Int32(truncatingIfNeeded: $0) }
        // Most sets here hold zero or one id: nothing to sort, nothing to drop.
        guard sorted.count > 1 else {
            ids = sorted
            return
        }
        sorted.sort()
        var kept = 0
        for index in sorted.indices where kept == 0 || sorted[index] != sorted[kept - 1] {
            sorted[kept] = sorted[index]
            kept += 1
        }
        // Copied when repeats were dropped, so the set holds no spare room for the rest of the run.
        ids = kept == sorted.count ? sorted : Self.exactCopy(sorted, count: kept)
    }

    /// The first `count` ids in a buffer of just that size (an array built by appending keeps its spare room).
    private static func exactCopy(_ ids: [Int32], count: Int) -> [Int32] {
        [Int32](unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in 0..<count { buffer[index] = ids[index] }
            initialized = count
        }
    }

    private init(sortedUnique: [Int32]) {
        ids = sortedUnique
    }

    /// The first `count` of `ids`, already sorted and free of repeats, in storage of exactly their size.
    init(sortedUnique ids: [Int32], count: Int) {
        self.ids = Self.exactCopy(ids, count: count)
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
        // A few ids against many (one article against a story-sized cluster): binary search
        // each of the few instead of walking the many.
        if a.count * 16 < b.count { return a.allSatisfy { !Self.contains(b, $0) } }
        if b.count * 16 < a.count { return b.allSatisfy { !Self.contains(a, $0) } }
        while i < a.count && j < b.count {
            if a[i] == b[j] { return false } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return true
    }

    func contains(_ id: Int) -> Bool {
        guard let narrow = Int32(exactly: id) else { return false }
        return Self.contains(ids, narrow)
    }

    private static func contains(_ sorted: [Int32], _ id: Int32) -> Bool {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < id { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == id
    }

    /// Adds `other`'s ids; a few ids go in by binary search and one move each, so growing a large
    /// set one member at a time does not rebuild it every time.
    mutating func formUnion(_ other: SortedIDs) {
        guard other.ids.count * 16 < ids.count else {
            self = union(other)
            return
        }
        for id in other.ids {
            var low = 0, high = ids.count
            while low < high {
                let middle = (low + high) / 2
                if ids[middle] < id { low = middle + 1 } else { high = middle }
            }
            if low == ids.count || ids[low] != id { ids.insert(id, at: low) }
        }
    }

    /// Both lists merged in one pass.
    func union(_ other: SortedIDs) -> SortedIDs {
        var merged: [Int32] = []
        merged.reserveCapacity(ids.count + other.ids.count)
        var i = 0, j = 0
        let a = ids, b = other.ids
        while i < a.count || j < b.count {
            if j >= b.count || (i < a.count && a[i] < b[j]) {
                merged.append(a[i]); i += 1
            } else if i >= a.count || b[j] < a[i] {
                merged.append(b[j]); j += 1
            } else {
                merged.append(a[i]); i += 1; j += 1
            }
        }
        return SortedIDs(sortedUnique: merged.count == merged.capacity ? merged : Self.exactCopy(merged, count: merged.count))
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
