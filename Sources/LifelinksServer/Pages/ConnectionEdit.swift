import Hummingbird
import LifelinksModel
import LifelinksStore

/// A change to a connection's details from a form or the API, checked before anything is written.
struct ConnectionEdit {
    /// Why a change was not made, in a sentence for the page, with the status to answer with.
    struct Refusal: Error, CustomStringConvertible {
        var description: String
        var status: HTTPResponse.Status
    }

    var fields: [String: String]

    func apply(to id: String, in reference: String, store: Store) throws {
        guard let version = fields["version"].flatMap({ Int($0) }) else {
            throw Refusal(
                description: "The form did not say which version it changes. Nothing was changed.", status: .badRequest)
        }
        let safety = try term(Safety.self, "safety")
        let wishes = try term(Wishes.self, "wishes")
        if let name = fields["name"], name.trimmingSpaces().isEmpty {
            throw Refusal(description: "A name is needed. Nothing was changed.", status: .badRequest)
        }
        do {
            try store.updateConnection(id, in: reference, expectedVersion: version) { connection in
                if let name = fields["name"] { connection.name = name.trimmingSpaces() }
                if let words = fields["relationship"] { connection.relationship = words.isEmpty ? nil : words }
                if let safety { connection.safety = safety }
                if let wishes { connection.wishes = wishes }
                if let contact = fields["contact"] { connection.contact = contact.isEmpty ? nil : contact }
                if let notes = fields["notes"] { connection.notes = notes.isEmpty ? nil : notes }
            }
        } catch let conflict as VersionConflict {
            throw Refusal(description: "Not saved: " + conflict.description + ".", status: .conflict)
        }
    }

    func term<T: PracticeTerm>(_: T.Type, _ field: String) throws -> T? {
        guard let text = fields[field], !text.isEmpty else { return nil }
        guard let value = T.parse(text) else {
            throw Refusal(
                description: "\(field) must be one of \(T.spellings). Nothing was changed.", status: .badRequest)
        }
        return value
    }
}

/// A stage change from a form or the API, through the journey's rules.
struct StageEdit {
    var fields: [String: String]
    var today: Day

    func apply(to id: String, in reference: String, by member: StaffMember, store: Store) throws {
        guard let stage = fields["stage"].flatMap(SearchStage.parse) else {
            throw ConnectionEdit.Refusal(
                description: "Choose a stage (\(SearchStage.spellings)). Nothing was changed.", status: .badRequest)
        }
        let date = fields["date"].flatMap { $0.isEmpty ? nil : Day($0) } ?? today
        if let text = fields["date"], !text.isEmpty, Day(text) == nil {
            throw ConnectionEdit.Refusal(
                description: "Write the date as YYYY-MM-DD. Nothing was changed.", status: .badRequest)
        }
        do {
            try store.setStage(
                stage, of: id, in: reference, on: date, recordedBy: member.name,
                expectedVersion: fields["version"].flatMap { Int($0) })
        } catch let refusal as StageRules.Refusal {
            throw ConnectionEdit.Refusal(
                description: "Refused (\(refusal.rule)): \(refusal.description)", status: .unprocessableContent)
        } catch let conflict as VersionConflict {
            throw ConnectionEdit.Refusal(description: "Not saved: " + conflict.description + ".", status: .conflict)
        }
    }
}
