/// The kinds of support a plan can hold, from the practice's own list.
public enum SupportKind: String, PracticeTerm {
    case emotional
    case practical
    case celebrations
    case regularContact = "regular-contact"
    case holidays
    case educationWork = "education-work"
    case emergency
    case identityHistory = "identity-history"

    public var title: String {
        switch self {
        case .emotional: "emotional support"
        case .practical: "practical help"
        case .celebrations: "birthdays and celebrations"
        case .regularContact: "regular contact"
        case .holidays: "holidays"
        case .educationWork: "education and work"
        case .emergency: "in an emergency"
        case .identityHistory: "identity and family history"
        }
    }
}
