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
    /// Sex as recorded, for genogram symbols and kinship words.
    public var sex: Sex?
    /// Gender identity in the person's own words, kept apart from sex.
    public var gender: String?
    /// Date of birth, full or partial ("1950", "1950-03", "1950-03-02"), for birth order.
    public var born: String?
    /// How to reach them (phone, address, email), as the coordinator wrote it; professional eyes only.
    public var contact: String?

    public init(
        id: String, name: String, kind: ConnectionKind = .person, relationship: String? = nil,
        category: Category, side: FamilySide? = nil, foundVia: FoundVia? = nil,
        wishes: Wishes = .unsure, safety: Safety = .unassessed, closeness: Closeness? = nil,
        supportFlow: SupportFlow? = nil, stage: SearchStage = .identified, stageDate: Day? = nil,
        notes: String? = nil, sex: Sex? = nil, gender: String? = nil, born: String? = nil, contact: String? = nil
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
        self.sex = sex
        self.gender = gender
        self.born = born
        self.contact = contact

    }

    /// Whether `text` is a full or partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD.
    public static func isPartialDate(_ text: String) -> Bool {
        switch text.count {
        case 4: return Int(text).map { (1...9999).contains($0) } ?? false
        case 7:
            guard let year = Int(text.prefix(4)), year > 0, text.dropFirst(4).first == "-",
                let month = Int(text.suffix(2))
            else { return false }
            return (1...12).contains(month)
        case 10: return Day(text) != nil
        default: return false
        }
    }
}
