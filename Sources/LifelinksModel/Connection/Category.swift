/// Where a connection sits in the young person's life; ecomap sectors follow this.
public enum Category: String, PracticeTerm {
    case family
    case formerCarer = "former-carer"
    case education
    case friend
    case familyFriend = "family-friend"
    case neighbour
    case community
    case professional
    case other

    /// The heading a reader sees.
    public var title: String {
        switch self {
        case .family: "Family"
        case .formerCarer: "Former carers"
        case .education: "School and college"
        case .friend: "Friends"
        case .familyFriend: "Family friends"
        case .neighbour: "Neighbours"
        case .community: "Community"
        case .professional: "Professionals"
        case .other: "Other"
        }
    }
}
