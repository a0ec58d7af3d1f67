/// Who is responsible for making sure a commitment's contact happens.
public enum Responsible: Hashable, Sendable, Codable {
    public init(from decoder: any Decoder) throws {
        self.init(spelling: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(spelling)
    }

    case socialWorker
    case coordinator
    case carer
    case youngPerson
    /// A connection of the same case, by id.
    case connection(String)

    public static let keywords = "social-worker | coordinator | carer | young-person"

    public init(spelling: String) {
        switch spelling.trimmingSpaces().lowercased() {
        case "social-worker": self = .socialWorker
        case "coordinator": self = .coordinator
        case "carer": self = .carer
        case "young-person": self = .youngPerson
        default: self = .connection(spelling.trimmingSpaces())
        }
    }

    public var spelling: String {
        switch self {
        case .socialWorker: "social-worker"
        case .coordinator: "coordinator"
        case .carer: "carer"
        case .youngPerson: "young-person"
        case .connection(let id): id
        }
    }
}
