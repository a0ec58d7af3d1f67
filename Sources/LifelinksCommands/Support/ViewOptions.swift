import ArgumentParser
import LifelinksModel
import LifelinksStore

/// `--as-of`, `--audience` and `--json`, shared by the commands that look at data.
struct ViewOptions: ParsableArguments {
    @Option(help: "Answer as the data stood on this day (YYYY-MM-DD; default today).")
    var asOf: Day?

    @Option(help: "Who this is for: \(Audience.spellings).")
    var audience: Audience = .professional

    @Flag(help: "Print JSON instead of text.")
    var json = false

    var day: Day { asOf ?? .today() }

    /// One case as this audience may see it, as it stood on the day.
    func network(_ reference: String, from store: Store) throws -> CaseNetwork {
        audience.view(of: try store.requireNetwork(reference).asOf(day), on: day)
    }

    /// Every case, or one, as this audience may see it, as they stood on the day.
    func networks(_ reference: String?, from store: Store) throws -> [CaseNetwork] {
        if let reference { return [try network(reference, from: store)] }
        return try store.networks().map { audience.view(of: $0.asOf(day), on: day) }

    }
}
