import ArgumentParser
import LifelinksModel

extension Lifelinks {
    struct AddConnection: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a person or organisation to a case, at the start of the search.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var recorder: RecorderOptions

        @Argument(help: "The case reference.") var reference: String
        @Option(help: "An id unique in the case, such as nan-pat.") var id: String
        @Option(help: "Their name.") var name: String
        @Option(help: "One of: \(Category.spellings).") var category: Category
        @Option(help: "How the young person describes them.") var relationship: String?
        @Option(help: "One of: \(ConnectionKind.spellings).") var kind: ConnectionKind = .person
        @Option(help: "For family: \(FamilySide.spellings).") var side: FamilySide?
        @Option(help: "\(FoundVia.keywords), or the id of another connection.") var foundVia: String?
        @Option(help: "One of: \(Wishes.spellings).") var wishes: Wishes = .unsure
        @Option(help: "One of: \(Closeness.spellings).") var closeness: Closeness?
        @Option(help: "One of: \(SupportFlow.spellings).") var supportFlow: SupportFlow?
        @Option(help: "The date they were identified (YYYY-MM-DD; default today).") var date: Day?
        @Option(help: "Notes for professionals.") var notes: String?
        @Option(help: "Phone, address or email, for professionals.") var contact: String?

        func validate() throws {
            if id.trimmingSpaces().isEmpty { throw ValidationError("--id cannot be empty.") }
            if id == Connection.youngPersonID {
                throw ValidationError("--id young-person is reserved for the young person.")
            }
            if name.trimmingSpaces().isEmpty { throw ValidationError("--name cannot be empty.") }
            if side != nil && category != .family { throw ValidationError("--side is only for family.") }
        }

        func run() throws {
            let connection = Connection(
                id: id.trimmingSpaces(), name: name.trimmingSpaces(), kind: kind, relationship: relationship,
                category: category, side: side, foundVia: foundVia.map(FoundVia.init(spelling:)), wishes: wishes,
                closeness: closeness, supportFlow: supportFlow, stage: .identified, stageDate: date ?? .today(),
                notes: notes, contact: contact)

            try store.open().addConnection(connection, to: reference, recordedBy: recorder.recorder)
            print("Added \(connection.id) to \(reference), at identified.")
        }
    }
}
