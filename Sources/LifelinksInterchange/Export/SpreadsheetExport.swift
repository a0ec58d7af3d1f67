import CSV
import Foundation
import LifelinksModel

/// Writes networks back as the spreadsheet files, in a fixed order, so exports are byte-stable.
public enum SpreadsheetExport {
    /// The text of each file for these networks.
    public static func files(for networks: [CaseNetwork]) throws -> [SpreadsheetFile: String] {
        var rows: [SpreadsheetFile: [[String]]] = [:]
        for network in networks.sorted(by: { $0.youngPerson.reference < $1.youngPerson.reference }) {
            let reference = network.youngPerson.reference
            rows[.cases, default: []].append(caseRow(network.youngPerson))
            for connection in network.connections.sorted(by: { $0.id < $1.id }) {
                rows[.connections, default: []].append(
                    connectionRow(connection, reference, safety: network.disclosure.safety))
            }
            for relation in network.relations.map(\.canonical).sorted(by: relationOrder) {
                rows[.relations, default: []].append([
                    reference, relation.from, relation.to, relation.kind.rawValue,
                ])
            }
            for commitment in network.commitments.sorted(by: commitmentOrder) {
                rows[.commitments, default: []].append(commitmentRow(commitment, reference))
            }
            for review in network.reviews.sorted(by: reviewOrder) {
                rows[.reviews, default: []].append([
                    reference, review.connection, review.date.description, review.outcome.rawValue, review.recordedBy,
                    review.note ?? "",
                ])
            }
        }
        var files: [SpreadsheetFile: String] = [:]
        for kind in SpreadsheetFile.exported {
            files[kind] = try csv(rows: [kind.columns] + (rows[kind] ?? []))
        }
        return files
    }

    /// Writes the files into `folder`, creating it when missing.
    public static func write(_ networks: [CaseNetwork], to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (kind, text) in try files(for: networks) {
            let path = (folder as NSString).appendingPathComponent(kind.fileName)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        }
    }

    /// Rows as CSV text, through the CSV library, each ending in a line feed.
    static func csv(rows: [[String]]) throws -> String {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream)
        for row in rows { try writer.write(row: row) }
        writer.stream.close()
        let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func caseRow(_ youngPerson: YoungPersonCase) -> [String] {
        [
            youngPerson.reference, youngPerson.name, youngPerson.preferredName ?? "",
            youngPerson.dateOfBirth.description, youngPerson.status.rawValue, youngPerson.socialWorker ?? "",
            youngPerson.coordinator ?? "", youngPerson.referralDate.description,
            youngPerson.consent.parentalResponsibility?.description ?? "",
            youngPerson.consent.youngPerson?.description ?? "",
            youngPerson.consent.withdrawn?.description ?? "", youngPerson.conferenceDate?.description ?? "",
            youngPerson.planAgreedDate?.description ?? "", youngPerson.nextReviewDate?.description ?? "",
            youngPerson.sex?.rawValue ?? "",
        ]
    }

    /// One row of connections.csv; without `safety`, the safety and wishes columns stay empty.
    static func connectionRow(_ connection: Connection, _ reference: String, safety: Bool) -> [String] {
        [
            reference, connection.id, connection.name, connection.kind.rawValue, connection.relationship ?? "",
            connection.category.rawValue, connection.side?.rawValue ?? "", connection.foundVia?.spelling ?? "",
            safety ? connection.wishes.rawValue : "", safety ? connection.safety.rawValue : "",
            connection.closeness?.rawValue ?? "",
            connection.supportFlow?.rawValue ?? "", connection.stage.rawValue,
            connection.stageDate?.description ?? "", connection.notes ?? "", connection.sex?.rawValue ?? "",
            connection.gender ?? "", connection.born ?? "", connection.contact ?? "",
        ]
    }

    static func commitmentRow(_ commitment: Commitment, _ reference: String) -> [String] {
        [
            reference, commitment.connection, commitment.support.rawValue, commitment.what ?? "",
            commitment.frequency?.rawValue ?? "", commitment.responsible?.spelling ?? "",
            commitment.startDate?.description ?? "",
        ]
    }

    static func relationOrder(_ lhs: FamilyRelation, _ rhs: FamilyRelation) -> Bool {
        (lhs.from, lhs.to, lhs.kind.rawValue) < (rhs.from, rhs.to, rhs.kind.rawValue)
    }

    static func reviewOrder(_ lhs: CommitmentReview, _ rhs: CommitmentReview) -> Bool {
        (lhs.date, lhs.connection) < (rhs.date, rhs.connection)
    }

    static func commitmentOrder(
        _ lhs: Commitment, _ rhs: Commitment
    ) -> Bool {
        (lhs.connection, lhs.support.rawValue) < (rhs.connection, rhs.support.rawValue)
    }
}
