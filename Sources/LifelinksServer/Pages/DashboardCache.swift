import Dispatch
import LifelinksModel
import LifelinksReports
import LifelinksStore

/// The dashboard's row for every case, kept between requests: a case's row is worked out again only
/// when the web app changes that case, and every row when another program writes to the database.
actor DashboardCache {
    struct Entry: Sendable {
        var youngPerson: YoungPersonCase
        var row: Dashboard.Row
        var stageCounts: [SearchStage: Int]
        var people: Int
    }

    private var entries: [String: Entry] = [:]
    private var stale: Set<String> = []
    private var everything = true
    private var stamp = -1
    private var day: Day?

    /// Marks a case (or, with nil, every case) to be worked out again.
    func invalidate(_ reference: String?) {
        if let reference { stale.insert(reference) } else { everything = true }
    }

    /// Every case's entry, as of `day`.
    func entries(store: Store, on day: Day) throws -> [Entry] {
        let external = try store.externalChangeStamp()
        if external != stamp || day != self.day { everything = true }
        if everything {
            entries = [:]
            for entry in DashboardCache.build(try store.networks(), on: day) {
                entries[entry.youngPerson.reference] = entry
            }
            everything = false
            stale = []
        } else if !stale.isEmpty {
            for reference in stale {
                entries[reference] = try store.network(reference).map { DashboardCache.entry($0, on: day) }
            }
            stale = []
        }
        stamp = external
        self.day = day
        return Array(entries.values)
    }

    /// Each case's entry, on every core.
    static func build(_ networks: [CaseNetwork], on day: Day) -> [Entry] {
        let slots = ResultSlots<Entry>(count: networks.count)
        DispatchQueue.concurrentPerform(iterations: networks.count) { index in
            slots.set(index, entry(networks[index], on: day))
        }
        return slots.values
    }

    static func entry(_ full: CaseNetwork, on day: Day) -> Entry {
        let network = full.asOf(day)
        var counts: [SearchStage: Int] = [:]
        for connection in network.connections { counts[connection.stage, default: 0] += 1 }
        let critical = GapAnalysis().gaps(in: network, on: day).filter { $0.severity == .critical }.count
        let review: String
        if let next = network.youngPerson.nextReviewDate {
            review = next < day ? "overdue since \(next)" : "due \(next)"
        } else {
            review = "not set"
        }
        return Entry(
            youngPerson: network.youngPerson,
            row: Dashboard.Row(
                reference: network.youngPerson.reference, name: network.youngPerson.displayName,
                stages: network.stageCounts.map { "\($0.count) \($0.stage.title)" }.joined(separator: ", "),
                critical: critical, review: review,
                overdue: network.youngPerson.nextReviewDate.map { $0 < day } ?? false),
            stageCounts: counts, people: network.connections.count)
    }
}
