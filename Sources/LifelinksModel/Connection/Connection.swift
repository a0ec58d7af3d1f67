/// A person or organisation who may care about the young person, and where the search for them stands.
public struct Connection: Hashable, Sendable, Codable, Identifiable {
    /// Reserved id for the young person in relations; never a connection's id.
    public static let youngPersonID = "young-person"

    /// Words that `found_via` and `responsible` read as keywords, so no connection may take them as its id.
    public static let reservedIDs: Set<String> = [
        youngPersonID, "records", "genealogy", "professional", "social-worker", "coordinator", "carer",
    ]

    /// Whether `id` may not be used for a connection (compared without regard to case).
    public static func isReserved(_ id: String) -> Bool {
        reservedIDs.contains(id.trimmingSpaces().lowercased())
    }

    /// Unique within the case.
    public var id: String
    public var name: String
    public var kind: ConnectionKind
    /// How the young person describes them, in their own words.
    public var relationship: String?
    public var category: Category
    public var side: FamilySide?
    public var foundVia: FoundVia?
    public var wishes: Wishes
    public var safety: Safety
    public var closeness: Closeness?
    public var supportFlow: SupportFlow?
    public var stage: SearchStage
    /// When the current stage was reached, when known.
    public var stageDate: Day?
    /// The coordinator's notes; professional eyes only.
    public var notes: String?

    public init(
        id: String, name: String, kind: ConnectionKind = .person, relationship: String? = nil,
        category: Category, side: FamilySide? = nil, foundVia: FoundVia? = nil,
        wishes: Wishes = .unsure, safety: Safety = .unassessed, closeness: Closeness? = nil,
        supportFlow: SupportFlow? = nil, stage: SearchStage = .identified, stageDate: Day? = nil,
        notes: String? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.relationship = relationship
        self.category = category
        self.side = side
        self.foundVia = foundVia
        self.wishes = wishes
        self.safety = safety
        self.closeness = closeness
        self.supportFlow = supportFlow
        self.stage = stage
        self.stageDate = stageDate
        self.notes = notes
    }
}
