import LifelinksModel
import LifelinksStore

/// history.csv: an existing tracker's past, checked against the journey's rules before any of it is stored.
extension ImportState {
    /// One row of history.csv, parsed.
    struct HistoryRow {
        var line: Int
        var date: Day
        var type: String
        var stage: SearchStage?
        var by: String
        var note: String?
    }

    static let historyTypes = ["stage"] + EventKind.allCases.map(\.rawValue)

    mutating func readHistory(_ record: CSVTable.Record, _ problems: inout ProblemList) {
        let before = problems.total
        let reference = knownCase(record, &problems)
        let connection = record.required("connection", &problems)
        let date = record.requiredDay("date", &problems)
        let type = record.required("type", &problems)?.lowercased()
        if let type, !ImportState.historyTypes.contains(type) {
            problems.add(
                line: record.line, column: "type",
                "unknown value \"\(type.clipped)\" (allowed: \(ImportState.historyTypes.joined(separator: " | ")))")
        }
        let stage: SearchStage? = record.term("stage", &problems)
        if type == "stage" && record.text("stage") == nil {
            problems.add(
                line: record.line, column: "stage", "a stage row needs a stage (allowed: \(SearchStage.spellings))")
        }
        guard let reference, let connection else { return }
        if !connectionKnown(reference, connection) || connection == Connection.youngPersonID {
            problems.add(
                line: record.line, column: "connection",
                "\"\(connection.clipped)\" is not a connection id in case \(reference.clipped)")
        }
        guard problems.total == before, let date, let type else { return }
        historyRows[Key(reference: reference, id: connection), default: []].append(
            HistoryRow(
                line: record.line, date: date, type: type, stage: stage, by: record.text("by") ?? recordedBy,
                note: record.text("note")))
    }

    /// Replays each connection's stage rows in date order through the journey's rules, then sends what is new.
    mutating func replayHistory(_ problems: inout ProblemList) {
        for key in historyRows.keys.sorted(by: { ($0.reference, $0.id) < ($1.reference, $1.id) }) {
            let rows = historyRows[key]!.enumerated().sorted {
                ($0.element.date, $0.offset) < ($1.element.date, $1.offset)
            }
            .map(\.element)
            guard let youngPerson = caseFacts[key.reference] ?? existing.cases[key.reference] else { continue }
            let gates =
                connectionsSeen[key].map { ($0.safety, $0.wishes) }
                ?? existing.connections[key].map { ($0.safety, $0.wishes) } ?? (.unassessed, .unsure)
            var current: SearchStage?
            for row in rows {
                if row.type == "stage", let stage = row.stage {
                    if let refusal = ImportState.check(stage, after: current, row.date, youngPerson, gates),
                        !acceptHistory
                    {
                        problems.add(
                            line: row.line, column: "stage",
                            "\(refusal.description) (rule \(refusal.rule); import with --accept-history to keep it and see it as a gap)"
                        )
                    }
                    current = stage
                    let mark = ExistingRecords.stageKey(key.reference, key.id, stage.rawValue, row.date.description)
                    guard !existing.stageChanges.contains(mark), !stageChangesPlanned.contains(mark) else { continue }
                    stageChangesPlanned.insert(mark)
                    emit(
                        .stageChange(
                            StageChange(
                                connection: key.id, stage: stage, date: row.date, recordedBy: row.by, reason: row.note),
                            reference: key.reference, settles: true))
                } else if let kind = EventKind(rawValue: row.type) {
                    let mark = ExistingRecords.eventKey(
                        key.reference, key.id, row.date.description, kind.rawValue, row.by, row.note)
                    guard !existing.events.contains(mark) else { continue }
                    emit(
                        .event(
                            Event(connection: key.id, date: row.date, kind: kind, recordedBy: row.by, note: row.note),
                            reference: key.reference))
                }
            }
        }
        historyRows = [:]
        // The current stages from connections.csv that the history did not already record.
        for waiting in stagesAwaitingHistory where !stageChangesPlanned.contains(waiting.key) {
            stageChangesPlanned.insert(waiting.key)
            emit(.stageChange(waiting.change, reference: waiting.reference, settles: false))
        }
        stagesAwaitingHistory = []
    }

    /// The rule a recorded change broke, judged as if it were being made on its date.
    static func check(
        _ stage: SearchStage, after previous: SearchStage?, _ date: Day, _ youngPerson: YoungPersonCase,
        _ gates: (Safety, Wishes)
    ) -> StageRules.Refusal? {
        var connection = Connection(id: "history", name: "history", category: .other, wishes: gates.1, safety: gates.0)
        connection.stage = previous ?? .identified
        if previous == nil && stage == .identified { return nil }
        if previous == stage { return nil }
        var then = youngPerson
        // Withdrawal only counts from its own date when replaying the past.
        if let withdrawn = then.consent.withdrawn, withdrawn > date { then.consent.withdrawn = nil }
        return StageRules.check(
            StageRules.Proposal(youngPerson: then, connection: connection, stage: stage, date: date))
    }
}
