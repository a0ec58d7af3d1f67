import LifelinksModel
import LifelinksStore

/// The body of each case's page, kept until the web app changes that case, another program writes to
/// the database, or the day changes. Access is still checked, and audited, on every request.
actor CasePageCache {
    private var bodies: [String: (day: Day, html: String)] = [:]
    private var stamp = -1
    private(set) var hits = 0

    func invalidate(_ reference: String?) {
        if let reference { bodies[reference] = nil } else { bodies = [:] }
    }

    /// The cached body, or a new one from `make`.
    func body(
        _ reference: String, on day: Day, store: Store, make: @Sendable () async throws -> String
    ) async throws -> String {
        let external = try store.externalChangeStamp()
        if external != stamp {
            bodies = [:]
            stamp = external
        }
        if let cached = bodies[reference], cached.day == day {
            hits += 1
            return cached.html
        }

        let html = try await make()
        bodies[reference] = (day, html)
        return html
    }
}
