import Foundation
import LifelinksDiagrams
import LifelinksModel
import LifelinksStore
import Logging
import Mustache

/// What every route shares: the database, the page templates, the ecomap cache and the sign-in throttle.
public struct ServerState: Sendable {
    public let store: Store
    let templates: MustacheLibrary
    let ecomaps = EcomapCache()
    let dashboard = DashboardCache()
    let casePages = CasePageCache()

    let throttle: LoginThrottle
    let logger: Logger
    /// The day pages describe (today, unless the server was started for a fixed day, as tests do).
    let today: @Sendable () -> Day

    public init(
        store: Store, logger: Logger = Logger(label: "lifelinks.server"), throttle: LoginThrottle = LoginThrottle(),
        today: @escaping @Sendable () -> Day = { .today() }
    ) throws {
        self.store = store
        self.templates = try Templates.library()
        self.throttle = throttle
        self.logger = logger
        self.today = today
    }
}

/// Rendered ecomap SVG by case, audience and the exact data drawn: Graphviz works one call at a time,
/// so a page asked for again with nothing changed is not drawn again.
actor EcomapCache {
    private struct Key: Hashable {
        var reference: String
        var audience: Audience
    }

    private var entries: [Key: (network: CaseNetwork, svg: String)] = [:]
    private(set) var hits = 0

    func svg(for network: CaseNetwork, reference: String, audience: Audience) throws -> String {
        let key = Key(reference: reference, audience: audience)
        if let entry = entries[key], entry.network == network {
            hits += 1
            return entry.svg
        }
        let svg = String(
            decoding: try GraphvizRenderer.render(Ecomap.document(for: network), format: .svg), as: UTF8.self)
        entries[key] = (network, svg)
        return svg
    }
}

extension ServerState {
    /// How many ecomaps came from the cache rather than Graphviz.
    public var cacheHits: Int {
        get async { await ecomaps.hits }
    }

    /// How many case pages came from the page cache.
    public var pageCacheHits: Int {
        get async { await casePages.hits }
    }

}

extension ServerState {
    /// Works out the dashboard's rows before anyone asks, so the first caseload page is quick.
    public func warmUp() async {
        _ = try? await dashboard.entries(store: store, on: today())
    }
}
