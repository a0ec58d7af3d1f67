import ArgumentParser
import LifelinksModel
import LifelinksStore

extension Lifelinks {
    struct SetStage: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Move the search for one connection to a new stage.",
            discussion: """
                Stages go forward (\(SearchStage.journey.map(\.rawValue).joined(separator: " → "))) or to an end \
                (\(SearchStage.ends.map(\.rawValue).joined(separator: ", "))). Going back needs --correct and a \
                --reason. No one is contacted or further without consent, the young person's agreement, a \
                safety assessment that allows it, and the young person's wish.
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var recorder: RecorderOptions

        @Argument(help: "The case reference.") var reference: String
        @Argument(help: "The connection's id.") var id: String
        @Argument(help: "The new stage.") var stage: SearchStage

        @Option(help: "When it happened (YYYY-MM-DD; default today).") var date: Day?
        @Flag(help: "This goes back on the journey to correct a mistake.") var correct = false
        @Option(help: "Why (required with --correct).") var reason: String?

        func run() throws {
            do {
                let change = try store.open().setStage(
                    stage, of: id, in: reference, on: date ?? .today(), recordedBy: recorder.recorder,
                    correction: correct, reason: reason)
                print("\(id) in \(reference) is now at \(change.stage.rawValue) (\(change.date?.description ?? "")).")
            } catch let refusal as StageRules.Refusal {
                throw CommandFailure("Refused (\(refusal.rule)): \(refusal.description)")
            }
        }
    }
}
