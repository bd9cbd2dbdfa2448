/// User corrections to entity merging, read from `aliases.toml`.
/// (Placeholder until the entity issue lands.)
public struct AliasTable: Sendable, Equatable {
    public static let empty = AliasTable()

    public init() {}
}
