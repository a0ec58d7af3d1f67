import GRDB
import LifelinksModel

extension Store {
    /// Changes a connection's details (not its stage, which has its own rules); each change bumps the row's version.
    ///
    /// With `expectedVersion`, the change is refused with a `VersionConflict` (holding the newer values)
    /// when someone else has saved the connection since that version was read.
    public func updateConnection(
        _ id: String, in reference: String, expectedVersion: Int? = nil, _ change: (inout Connection) -> Void
    ) throws {
        do {
            try writer.write { db in
                try Store.update(id, in: reference, expectedVersion: expectedVersion, change, db: db)
            }
        } catch let conflict as VersionConflict {
            throw conflict
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(error)
        }
    }

    static func update(
        _ id: String, in reference: String, expectedVersion: Int?, _ change: (inout Connection) -> Void, db: Database
    ) throws {
        guard let network = try Store.network(reference, in: db) else {
            throw StoreError("there is no case \(reference)")
        }
        guard var connection = network.connection(id) else {
            throw StoreError("case \(reference) has no connection with id \(id)")
        }
        try Store.checkVersion(expectedVersion, of: connection, in: reference, db: db)

        let stage = connection.stage
        let stageDate = connection.stageDate
        change(&connection)
        connection.stage = stage
        connection.stageDate = stageDate
        try db.execute(
            sql: """
                UPDATE connections SET name = ?, kind = ?, relationship = ?, category = ?, side = ?, found_via = ?,
                    wishes = ?, safety = ?, closeness = ?, support_flow = ?, notes = ?, sex = ?, gender = ?,
                    born = ?, contact = ?, version = version + 1
                WHERE case_ref = ? AND id = ?
                """,
            arguments: [
                connection.name, connection.kind.rawValue, connection.relationship, connection.category.rawValue,
                connection.side?.rawValue, connection.foundVia?.spelling, connection.wishes.rawValue,
                connection.safety.rawValue, connection.closeness?.rawValue, connection.supportFlow?.rawValue,
                connection.notes, connection.sex?.rawValue, connection.gender, connection.born,
                connection.contact, reference, id,
            ])
    }
}

/// A save refused because someone else saved the same connection first.
public struct VersionConflict: Error, CustomStringConvertible, Sendable {
    /// The connection as it now stands, and its version.
    public var current: Connection
    public var version: Int
    public var expected: Int

    public var description: String {
        "someone else saved this connection after you opened it (you had version \(expected); it is now at "
            + "version \(version)); nothing was changed: look at the newer values and make your change again"
    }
}

extension Store {
    /// Each connection's version in a case: it goes up by one with every saved change.
    public func connectionVersions(in reference: String) throws(StoreError) -> [String: Int] {
        try read { db in
            Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(
                    db, sql: "SELECT id, version FROM connections WHERE case_ref = ?", arguments: [reference]
                ).map { ($0["id"] as String, $0["version"] as Int) })
        }
    }

    static func checkVersion(_ expected: Int?, of connection: Connection, in reference: String, db: Database) throws {
        guard let expected else { return }
        let version =
            try Int.fetchOne(
                db, sql: "SELECT version FROM connections WHERE case_ref = ? AND id = ?",
                arguments: [reference, connection.id]) ?? 0
        if version != expected { throw VersionConflict(current: connection, version: version, expected: expected) }
    }

    /// Records that the social worker agreed the plan on `date` (after the FGC).
    public func agreePlan(of reference: String, on date: Day) throws(StoreError) {
        try write { db in
            guard let network = try Store.network(reference, in: db) else {
                throw StoreError("there is no case \(reference)")
            }
            guard let conference = network.youngPerson.conferenceDate, conference <= date else {
                throw StoreError("the plan can be agreed only after the FGC")
            }
            try db.execute(
                sql: "UPDATE cases SET plan_agreed_date = ? WHERE reference = ?",
                arguments: [date.description, reference])
        }
    }
}
