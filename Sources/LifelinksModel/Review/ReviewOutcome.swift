/// How far a commitment in the plan was kept, as a review found it.
public enum ReviewOutcome: String, PracticeTerm {
    case kept
    case partlyKept = "partly-kept"
    case notKept = "not-kept"

    /// In words for a report.
    public var title: String {
        switch self {
        case .kept: "Kept"
        case .partlyKept: "Partly kept"
        case .notKept: "Not kept"
        }
    }
}
