import ArgumentParser
import LifelinksModel
import LifelinksStore

extension Lifelinks {
    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a review of a case's plan: whether each person kept their commitments.",
            discussion: """
                Give one --outcome for each connection reviewed, as CONNECTION=kept, CONNECTION=partly-kept or \
                CONNECTION=not-kept. A review is recorded once; nothing is written if any part is refused.
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var recorder: RecorderOptions

        @Argument(help: "The case reference.") var reference: String
        @Option(help: "The day of the review (YYYY-MM-DD; default today).") var date: Day?
        @Option(help: "CONNECTION=\(ReviewOutcome.spellings); repeat for each connection reviewed.")
        var outcome: [String] = []
        @Option(help: "CONNECTION=what the review said about them, for professionals; repeatable.")
        var note: [String] = []
        @Option(help: "When the plan is next reviewed (YYYY-MM-DD).") var nextReview: Day?

        func run() throws {
            let day = date ?? .today()
            guard !outcome.isEmpty else {
                throw ValidationError("give at least one --outcome CONNECTION=\(ReviewOutcome.spellings)")
            }
            var notes: [String: String] = [:]
            for item in note {
                let (id, text) = try Review.split(item, option: "--note")
                notes[id] = text
            }
            var outcomes: [CommitmentReview] = []
            for item in outcome {
                let (id, word) = try Review.split(item, option: "--outcome")
                guard let value = ReviewOutcome.parse(word) else {
                    throw ValidationError(
                        "--outcome \(id)=\(word): unknown outcome (allowed: \(ReviewOutcome.spellings))")
                }
                outcomes.append(
                    CommitmentReview(
                        date: day, connection: id, outcome: value, recordedBy: recorder.recorder, note: notes[id]))
            }
            if let stray = notes.keys.sorted().first(where: { id in !outcomes.contains { $0.connection == id } }) {
                throw ValidationError("--note \(stray)=…: give \(stray) an --outcome too")
            }
            try store.open().recordReview(in: reference, on: day, outcomes: outcomes, nextReview: nextReview)
            print(
                "Recorded the review of \(reference) on \(day): \(outcomes.count) "
                    + "\(outcomes.count == 1 ? "outcome" : "outcomes")"
                    + (nextReview.map { "; next review \($0)" } ?? "") + ".")
        }

        /// "id=value", split at the first "=".
        static func split(_ item: String, option: String) throws -> (String, String) {
            guard let equals = item.firstIndex(of: "=") else {
                throw ValidationError("\(option) \(item): write it as CONNECTION=VALUE")
            }
            let id = item[..<equals].trimmingSpaces()
            let value = item[item.index(after: equals)...].trimmingSpaces()
            guard !id.isEmpty, !value.isEmpty else {
                throw ValidationError("\(option) \(item): write it as CONNECTION=VALUE")
            }
            return (id, value)
        }
    }
}
