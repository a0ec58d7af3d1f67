import ArgumentParser
import LifelinksModel

extension Lifelinks {
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Log an attempt, visit, call or note against a connection.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var recorder: RecorderOptions

        @Argument(help: "The case reference.") var reference: String
        @Argument(help: "The connection's id.") var id: String
        @Argument(help: "One of: \(EventKind.spellings).") var kind: EventKind
        @Option(help: "When it happened (YYYY-MM-DD; default today).") var date: Day?
        @Option(help: "What happened, for professionals.") var note: String?

        func run() throws {
            let event = Event(
                connection: id, date: date ?? .today(), kind: kind, recordedBy: recorder.recorder, note: note)
            try store.open().log(event, in: reference)
            print("Logged a \(kind.rawValue) with \(id) in \(reference) on \(event.date).")
        }
    }
}
