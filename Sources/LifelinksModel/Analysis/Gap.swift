/// Something missing or wrong in a network or its plan, for a coordinator or manager to act on.
public struct Gap: Hashable, Sendable, Codable {
    public enum Severity: String, PracticeTerm, Comparable {
        case critical
        case warning
        case info

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// The case reference.
    public var `case`: String
    /// A stable code from the public list (README), such as `contact-without-safety`.
    public var code: String
    public var severity: Severity
    /// The connection the gap is about, when it is about one.
    public var connection: String?
    /// One sentence for a coordinator; it names connections by id, never by name.
    public var message: String

    public init(case reference: String, code: String, severity: Severity, connection: String? = nil, message: String) {
        self.case = reference
        self.code = code
        self.severity = severity
        self.connection = connection
        self.message = message
    }
}
