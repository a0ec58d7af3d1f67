import GRDB
import LifelinksModel

extension Store {
    /// Changes a connection's details (not its stage, which has its own rules); each change bumps the row's version.
    public func updateConnection(_ id: String, in reference: String, _ change: (inout Connection) -> Void)
        throws(StoreError)
    {
        try write { db in
            guard let network = try Store.network(reference, in: db) else {
                throw StoreError("there is no case \(reference)")
            }
            guard var connection = network.connection(id) else {
                throw StoreError("case \(reference) has no connection with id \(id)")
            }
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
}
