/// The files of the spreadsheet format, with their columns in the order exports write them.
public enum SpreadsheetFile: String, CaseIterable, Sendable {
    case cases
    case connections
    case relations
    case commitments
    /// An existing tracker's past: stage changes and logged events.
    case history
    /// What each review found of each connection's commitments.
    case reviews

    public var fileName: String { rawValue + ".csv" }

    public var columns: [String] {
        switch self {
        case .cases:
            [
                "case", "name", "preferred_name", "date_of_birth", "status", "social_worker", "coordinator",
                "referral_date", "consent_date", "agreed_date", "withdrawn_date", "fgc_date",
                "plan_agreed_date", "next_review_date", "sex",
            ]
        case .connections:
            [
                "case", "id", "name", "kind", "relationship", "category", "side", "found_via", "wishes",
                "safety", "closeness", "support_flow", "stage", "stage_date", "notes", "sex", "gender", "born",
                "contact",
            ]
        case .relations:
            ["case", "from", "to", "relation"]
        case .commitments:
            ["case", "connection", "support", "what", "frequency", "responsible", "start_date"]
        case .history:
            ["case", "connection", "date", "type", "stage", "by", "note"]
        case .reviews:
            ["case", "connection", "date", "outcome", "by", "note"]
        }
    }

    /// Columns that must be present, each with a value on every row.
    public var required: [String] {
        switch self {
        case .cases: ["case", "name", "date_of_birth", "status", "referral_date"]
        case .connections: ["case", "id", "name", "category"]
        case .relations: ["case", "from", "to", "relation"]
        case .commitments: ["case", "connection", "support"]
        case .history: ["case", "connection", "date", "type"]
        case .reviews: ["case", "connection", "date", "outcome"]
        }
    }

    /// Imports run in this order, so every file can refer to what the earlier ones hold.
    public static let importOrder: [SpreadsheetFile] = [
        .cases, .connections, .relations, .commitments, .history, .reviews,
    ]

    /// The files `export` writes: the network and plan as they stand, and the reviews of the plan.
    public static let exported: [SpreadsheetFile] = [.cases, .connections, .relations, .commitments, .reviews]

    /// The kind of file, from its name, or else from the columns its header names.
    public static func identify(fileName: String, header: [String]) -> SpreadsheetFile? {
        let lowered = fileName.lowercased()
        if let byName = allCases.first(where: { $0.fileName == lowered }) { return byName }
        let names = Set(header)
        if names.contains("outcome") { return .reviews }

        if names.contains("type") && names.contains("date") { return .history }
        if names.contains("relation") { return .relations }
        if names.contains("support") { return .commitments }
        if names.contains("category") { return .connections }
        if names.contains("date_of_birth") { return .cases }
        return nil
    }
}
