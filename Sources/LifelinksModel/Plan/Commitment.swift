/// One line of the plan: who will give what support, how often, and who makes sure it happens.
public struct Commitment: Hashable, Sendable, Codable {
    /// The connection who commits.
    public var connection: String
    public var support: SupportKind
    /// What exactly, in the plan's words.
    public var what: String?
    public var frequency: Frequency?
    /// Nil while nobody is responsible yet.
    public var responsible: Responsible?
    public var startDate: Day?

    public init(
        connection: String, support: SupportKind, what: String? = nil, frequency: Frequency? = nil,
        responsible: Responsible? = nil, startDate: Day? = nil
    ) {
        self.connection = connection
        self.support = support
        self.what = what
        self.frequency = frequency
        self.responsible = responsible
        self.startDate = startDate
    }
}
