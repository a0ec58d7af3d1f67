import ArgumentParser
import LifelinksModel

extension Lifelinks {
    struct UpdateConnection: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a safety assessment, the young person's wishes, or other details of a connection.",
            discussion: "The stage has its own rules: use set-stage for that.")

        @OptionGroup var store: StoreOptions

        @Argument(help: "The case reference.") var reference: String
        @Argument(help: "The connection's id.") var id: String
        @Option(help: "One of: \(Safety.spellings).") var safety: Safety?
        @Option(help: "One of: \(Wishes.spellings).") var wishes: Wishes?
        @Option(help: "One of: \(Closeness.spellings).") var closeness: Closeness?
        @Option(help: "One of: \(SupportFlow.spellings).") var supportFlow: SupportFlow?
        @Option(help: "How the young person describes them.") var relationship: String?
        @Option(help: "Notes for professionals.") var notes: String?
        @Option(help: "Phone, address or email, for professionals.") var contact: String?

        func validate() throws {
            if [safety as Any?, wishes, closeness, supportFlow, relationship, notes, contact].allSatisfy({ $0 == nil })
            {
                throw ValidationError(
                    "Say what to change: --safety, --wishes, --closeness, --support-flow, --relationship, --notes or --contact."
                )
            }
        }

        func run() throws {
            try store.open().updateConnection(id, in: reference) { connection in
                if let safety { connection.safety = safety }
                if let wishes { connection.wishes = wishes }
                if let closeness { connection.closeness = closeness }
                if let supportFlow { connection.supportFlow = supportFlow }
                if let relationship { connection.relationship = relationship }
                if let notes { connection.notes = notes }
                if let contact { connection.contact = contact }

            }
            print("Updated \(id) in \(reference).")
        }
    }
}
