import LifelinksModel
import LifelinksStore

/// One checked row, ready to write.
enum ImportOperation: Sendable {
    case youngPerson(YoungPersonCase)
    case connection(Connection, reference: String, recordStage: Bool)
    case relation(FamilyRelation, reference: String)
    case commitment(Commitment, reference: String)
    case stageChange(StageChange, reference: String, settles: Bool)
    case event(Event, reference: String)
    case review(CommitmentReview, reference: String)

    func apply(to batch: ImportBatch) throws {
        switch self {
        case .youngPerson(let youngPerson): try batch.upsert(youngPerson)
        case .connection(let connection, let reference, let recordStage):
            try batch.upsert(connection, in: reference, recordStage: recordStage)
        case .relation(let relation, let reference): try batch.upsert(relation, in: reference)
        case .commitment(let commitment, let reference): try batch.upsert(commitment, in: reference)
        case .stageChange(let change, let reference, let settles):
            try batch.append(change, in: reference, settles: settles)
        case .event(let event, let reference): try batch.append(event, in: reference)
        case .review(let review, let reference): try batch.upsert(review, in: reference)

        }
    }
}

/// A run of checked rows from one file, and how far through the file the checking has got.
struct ImportChunk: Sendable {
    var operations: [ImportOperation]
    var file: SpreadsheetFile
    var recordsRead: Int
}
