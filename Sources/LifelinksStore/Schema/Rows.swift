import GRDB
import LifelinksModel

/// Column lists and the mapping between rows and model values, in one place per table.
enum Rows {
    static let caseColumns = """
        reference, name, preferred_name, date_of_birth, status, social_worker, coordinator, referral_date,
        consent_date, agreed_date, withdrawn_date, fgc_date, plan_agreed_date, next_review_date, sex
        """

    static let connectionColumns = """
        id, name, kind, relationship, category, side, found_via, wishes, safety, closeness, support_flow,
        stage, stage_date, notes, sex, gender, born, contact
        """

    /// How many columns `connectionColumns` names.
    static let connectionColumnCount = connectionColumns.split(separator: ",").count

    static let reviewColumns =
        "case_ref, connection_id, review_date, outcome, recorded_by, note"

    static func arguments(_ youngPerson: YoungPersonCase) -> StatementArguments {
        StatementArguments(texts(youngPerson))
    }

    static func arguments(_ connection: Connection, in reference: String) -> StatementArguments {
        StatementArguments(texts(connection, in: reference))
    }

    static func arguments(_ commitment: Commitment, in reference: String) -> StatementArguments {
        StatementArguments(texts(commitment, in: reference))
    }

    /// A case as the text of its columns, in `caseColumns` order.
    static func texts(_ youngPerson: YoungPersonCase) -> [String?] {
        [
            youngPerson.reference, youngPerson.name, youngPerson.preferredName,
            youngPerson.dateOfBirth.description, youngPerson.status.rawValue, youngPerson.socialWorker,
            youngPerson.coordinator, youngPerson.referralDate.description,
            youngPerson.consent.parentalResponsibility?.description,
            youngPerson.consent.youngPerson?.description, youngPerson.consent.withdrawn?.description,
            youngPerson.conferenceDate?.description, youngPerson.planAgreedDate?.description,
            youngPerson.nextReviewDate?.description, youngPerson.sex?.rawValue,
        ]
    }

    /// A connection as the text of its columns: the case reference, then `connectionColumns` order.
    static func texts(_ connection: Connection, in reference: String) -> [String?] {
        [
            reference, connection.id, connection.name, connection.kind.rawValue, connection.relationship,
            connection.category.rawValue, connection.side?.rawValue, connection.foundVia?.spelling,
            connection.wishes.rawValue, connection.safety.rawValue, connection.closeness?.rawValue,
            connection.supportFlow?.rawValue, connection.stage.rawValue, connection.stageDate?.description,
            connection.notes, connection.sex?.rawValue, connection.gender, connection.born, connection.contact,
        ]
    }

    /// A review outcome as the text of its columns, in `reviewColumns` order.
    static func texts(_ review: CommitmentReview, in reference: String) -> [String?] {
        [
            reference, review.connection, review.date.description, review.outcome.rawValue, review.recordedBy,
            review.note,
        ]
    }

    static func review(_ row: Row) throws -> CommitmentReview {
        CommitmentReview(
            date: try day(row, "review_date"), connection: row["connection_id"], outcome: try term(row, "outcome"),
            recordedBy: row["recorded_by"], note: row["note"])
    }

    static func texts(_ commitment: Commitment, in reference: String) -> [String?] {
        [
            reference, commitment.connection, commitment.support.rawValue, commitment.what,
            commitment.frequency?.rawValue, commitment.responsible?.spelling,
            commitment.startDate?.description,
        ]
    }

    static func youngPerson(_ row: Row) throws -> YoungPersonCase {
        YoungPersonCase(
            reference: row["reference"],
            name: row["name"],
            preferredName: row["preferred_name"],
            dateOfBirth: try day(row, "date_of_birth"),
            status: try term(row, "status"),
            socialWorker: row["social_worker"],
            coordinator: row["coordinator"],
            referralDate: try day(row, "referral_date"),
            consent: Consent(
                parentalResponsibility: try optionalDay(row, "consent_date"),
                youngPerson: try optionalDay(row, "agreed_date"),
                withdrawn: try optionalDay(row, "withdrawn_date")),
            conferenceDate: try optionalDay(row, "fgc_date"),
            planAgreedDate: try optionalDay(row, "plan_agreed_date"),
            nextReviewDate: try optionalDay(row, "next_review_date"), sex: try optionalTerm(row, "sex"))
    }

    static func connection(_ row: Row) throws -> Connection {
        Connection(
            id: row["id"],
            name: row["name"],
            kind: try term(row, "kind"),
            relationship: row["relationship"],
            category: try term(row, "category"),
            side: try optionalTerm(row, "side"),
            foundVia: (row["found_via"] as String?).map(FoundVia.init(spelling:)),
            wishes: try term(row, "wishes"),
            safety: try term(row, "safety"),
            closeness: try optionalTerm(row, "closeness"),
            supportFlow: try optionalTerm(row, "support_flow"),
            stage: try term(row, "stage"),
            stageDate: try optionalDay(row, "stage_date"),
            notes: row["notes"], sex: try optionalTerm(row, "sex"), gender: row["gender"], born: row["born"],
            contact: row["contact"])

    }

    static func commitment(_ row: Row) throws -> Commitment {
        Commitment(
            connection: row["connection_id"],
            support: try term(row, "support"),
            what: row["what"],
            frequency: try optionalTerm(row, "frequency"),
            responsible: (row["responsible"] as String?).map(Responsible.init(spelling:)),
            startDate: try optionalDay(row, "start_date"))
    }

    static func stageChange(_ row: Row) throws -> StageChange {
        StageChange(
            connection: row["connection_id"],
            stage: try term(row, "stage"),
            date: try optionalDay(row, "date"),
            recordedBy: row["recorded_by"],
            reason: row["reason"],
            isCorrection: row["is_correction"])
    }

    static func event(_ row: Row) throws -> Event {
        Event(
            connection: row["connection_id"], date: try day(row, "date"), kind: try term(row, "kind"),
            recordedBy: row["recorded_by"], note: row["note"])
    }

    static func term<T: PracticeTerm>(_ row: Row, _ column: String) throws -> T {
        let text: String = row[column]
        guard let value = T(rawValue: text) else {
            throw StoreError("the database holds an unknown value in column \(column)")
        }
        return value
    }

    static func optionalTerm<T: PracticeTerm>(_ row: Row, _ column: String) throws -> T? {
        guard let text: String = row[column] else { return nil }
        guard let value = T(rawValue: text) else {
            throw StoreError("the database holds an unknown value in column \(column)")
        }
        return value
    }

    static func day(_ row: Row, _ column: String) throws -> Day {
        guard let value = try optionalDay(row, column) else {
            throw StoreError("the database holds no date in column \(column)")
        }
        return value
    }

    static func optionalDay(_ row: Row, _ column: String) throws -> Day? {
        guard let text: String = row[column] else { return nil }
        guard let value = Day(text) else {
            throw StoreError("the database holds a malformed date in column \(column)")
        }
        return value
    }
}
