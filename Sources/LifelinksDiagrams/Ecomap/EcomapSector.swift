import LifelinksModel

/// A slice of the ecomap holding one group of connections, named for the reader.
struct EcomapSector: Hashable, Sendable {
    var category: Category
    /// For family only: which side this sector holds (nil: both sides or not known).
    var side: FamilySide?

    /// Clockwise: the mother's side, family of both or unknown side, the father's side, then the rest.
    static func ordered(_ sectors: Set<EcomapSector>) -> [EcomapSector] {
        let order: [EcomapSector] = [
            EcomapSector(category: .family, side: .maternal),
            EcomapSector(category: .family, side: nil),
            EcomapSector(category: .family, side: .paternal),
            EcomapSector(category: .familyFriend, side: nil),
            EcomapSector(category: .friend, side: nil),
            EcomapSector(category: .neighbour, side: nil),
            EcomapSector(category: .community, side: nil),
            EcomapSector(category: .education, side: nil),
            EcomapSector(category: .professional, side: nil),
            EcomapSector(category: .other, side: nil),
            EcomapSector(category: .formerCarer, side: nil),
        ]
        return order.filter(sectors.contains)
    }

    init(category: Category, side: FamilySide?) {
        self.category = category
        self.side = category == .family && side != .both ? side : nil
    }

    init(_ connection: Connection) {
        self.init(category: connection.category, side: connection.side)
    }

    var title: String {
        switch (category, side) {
        case (.family, .maternal): "Family: mother's side"
        case (.family, .paternal): "Family: father's side"
        case (.family, _): "Family"
        default: category.title
        }
    }
}
