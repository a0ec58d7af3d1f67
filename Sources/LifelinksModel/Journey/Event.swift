/// Something done in the search for one connection that is not a change of stage: an attempt, a visit, a call, a note.
public struct Event: Hashable, Sendable, Codable {
    public var connection: String
    public var date: Day
    public var kind: EventKind
    public var recordedBy: String
    /// Free text; professional eyes only.
    public var note: String?

    public init(connection: String, date: Day, kind: EventKind, recordedBy: String, note: String? = nil) {
        self.connection = connection
        self.date = date
        self.kind = kind
        self.recordedBy = recordedBy
        self.note = note
    }
}

/// The kinds of event a coordinator logs.
public enum EventKind: String, PracticeTerm {
    case attempt
    case visit
    case call
    case note

    /// Whether this counts as contact for the plan's "when were they last in touch".
    public var isContact: Bool { self == .visit || self == .call }
}
