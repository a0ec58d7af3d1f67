/// How the coordinator came to know of a connection.
public enum FoundVia: Hashable, Sendable, Codable {
    public init(from decoder: any Decoder) throws {
        self.init(spelling: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(spelling)
    }

    case youngPerson
    case records
    case genealogy
    case professional
    /// Through another connection of the same case, by id.
    case connection(String)

    /// The keywords allowed besides a connection id.
    public static let keywords = "young-person | records | genealogy | professional"

    public init(spelling: String) {
        switch spelling.trimmingSpaces().lowercased() {
        case "young-person": self = .youngPerson
        case "records": self = .records
        case "genealogy": self = .genealogy
        case "professional": self = .professional
        default: self = .connection(spelling.trimmingSpaces())
        }
    }

    public var spelling: String {
        switch self {
        case .youngPerson: "young-person"
        case .records: "records"
        case .genealogy: "genealogy"
        case .professional: "professional"
        case .connection(let id): id
        }
    }
}
