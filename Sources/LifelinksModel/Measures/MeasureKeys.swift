/// The small, fixed vocabularies the measures count by, as array slots so counting needs no hashing.
enum MeasureKeys {
    /// Every category, in the order of `slot(_:)` for a category.
    static let categories: [Category] = [
        .family, .formerCarer, .education, .friend, .familyFriend, .neighbour, .community, .professional, .other,
    ]
    static let categoryNames = categories.map(\.rawValue)
    static let sides = ["maternal", "paternal", "both", "unknown"]
    static let foundVia = [
        "young-person", "records", "genealogy", "professional", "another-connection", "not-recorded",
    ]

    /// Whether a connection at `stage` is in the network: `!stage.isEnd`, as a switch rather than a search
    /// of the journey, since it runs once per connection of every network measured.
    static func isInNetwork(_ stage: SearchStage) -> Bool {
        switch stage {
        case .identified, .searching, .located, .contacted, .visited, .willing, .invited, .attended, .committed:
            true
        case .declined, .notFound, .deceased, .doNotContact: false
        }
    }

    static func slot(_ category: Category) -> Int {
        switch category {
        case .family: 0
        case .formerCarer: 1
        case .education: 2
        case .friend: 3
        case .familyFriend: 4
        case .neighbour: 5
        case .community: 6
        case .professional: 7
        case .other: 8
        }
    }

    static func slot(_ side: FamilySide?) -> Int {
        switch side {
        case .maternal: 0
        case .paternal: 1
        case .both: 2
        case nil: 3
        }
    }

    static func slot(_ found: FoundVia?) -> Int {
        switch found {
        case .youngPerson: 0
        case .records: 1
        case .genealogy: 2
        case .professional: 3
        case .connection: 4
        case nil: 5
        }
    }

    /// The counts keyed by name, leaving out the zeros.
    static func nonZero(_ counts: [Int], named names: [String]) -> [String: Int] {
        var result = [String: Int](minimumCapacity: counts.count)
        for (slot, count) in counts.enumerated() where count > 0 {
            result[names[slot]] = count
        }
        return result
    }
}
