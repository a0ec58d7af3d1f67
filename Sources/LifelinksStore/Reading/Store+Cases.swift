import GRDB
import LifelinksModel

extension Store {
    /// Every case, by reference.
    public func cases() throws(StoreError) -> [YoungPersonCase] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT \(Rows.caseColumns) FROM cases ORDER BY reference")
                .map(Rows.youngPerson)
        }
    }

    /// One case, or nil when there is none with that reference.
    public func youngPersonCase(_ reference: String) throws(StoreError) -> YoungPersonCase? {
        try read { db in
            try Row.fetchOne(
                db, sql: "SELECT \(Rows.caseColumns) FROM cases WHERE reference = ?", arguments: [reference]
            ).map(Rows.youngPerson)
        }
    }

    /// Per case, how many connections stand at each stage.
    public func stageCountsByCase() throws(StoreError) -> [String: [SearchStage: Int]] {
        try read { db in
            var counts: [String: [SearchStage: Int]] = [:]
            let rows = try Row.fetchCursor(
                db, sql: "SELECT case_ref, stage, COUNT(*) AS n FROM connections GROUP BY case_ref, stage")
            while let row = try rows.next() {
                let stage: SearchStage = try Rows.term(row, "stage")
                counts[row["case_ref"], default: [:]][stage] = row["n"]
            }
            return counts
        }
    }
}
