/// One dated step in a connection's search, as recorded; the history is never rewritten.
public struct StageChange: Hashable, Sendable, Codable {
    public var connection: String
    public var stage: SearchStage
    /// The day the stage was reached, when known.
    public var date: Day?
    /// Who recorded it.
    public var recordedBy: String
    /// Why, when a reason was given (required for a correction).
    public var reason: String?
    /// True when this change goes back on the journey to correct a mistake.
    public var isCorrection: Bool

    public init(
        connection: String, stage: SearchStage, date: Day?, recordedBy: String,
        reason: String? = nil, isCorrection: Bool = false
    ) {
        self.connection = connection
        self.stage = stage
        self.date = date
        self.recordedBy = recordedBy
        self.reason = reason
        self.isCorrection = isCorrection
    }
}
