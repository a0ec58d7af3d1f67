import Foundation
import Hummingbird
import HummingbirdBcrypt
import HummingbirdTesting
import LifelinksInterchange
import LifelinksModel
import LifelinksServer
import LifelinksStore
import Logging
import Testing

@Suite("The caseload dashboard")
struct DashboardTests {
    static func count(of stage: String, in page: String) -> Int? {
        guard let range = page.range(of: "<th scope=\"row\">\(stage)</th><td>") else { return nil }
        return Int(page[range.upperBound...].prefix { $0.isNumber })
    }

    @Test("a change made in the app shows on the dashboard at once")
    func changesShow() async throws {
        let world = try ServerWorld()
        try await world.app.test(.router) { client in
            let ruth = try await Visitor.signIn(.coordinator, client)
            let before = try await ruth.get("/", client).text
            let moved = try await ruth.post(
                "/cases/LL-2026-024/connections/grandad-winston/stage", ["stage": "invited", "date": "2026-11-26"],
                client)
            #expect(moved.status == .seeOther)
            let after = try await ruth.get("/", client).text
            #expect(
                Self.count(of: "willing to support", in: after)
                    == Self.count(of: "willing to support", in: before).map { $0 - 1 })
            #expect(Self.count(of: "invited to the FGC", in: after) == 1)
        }
    }

    @Test("a large caseload comes a page at a time, cases with critical gaps first")
    func pages() async throws {
        let store = try Store()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dashboard-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        try CohortGenerator(seed: 7).write(cases: 120, to: folder.path)
        _ = try SpreadsheetImport(recordedBy: "test", acceptHistory: true).run(
            ImportSource.find(at: folder.path), into: store)
        try store.saveStaff(
            StaffMember(name: "Maya Manager", roles: [.manager]),
            passwordHash: Bcrypt.hash(ServerWorld.password, cost: 4))
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let state = try ServerState(
            store: store, logger: logger, throttle: LoginThrottle(sleeps: false), today: { ServerWorld.today })
        let app = Application(router: LifelinksServer.router(state: state, secureCookies: false))
        try await app.test(.router) { client in
            let maya = try await Visitor.signIn(.manager, client)
            let first = try await maya.get("/", client).text
            #expect(first.contains("<p>120 cases;"))
            #expect(first.contains("Page 1 of 3."))
            #expect(first.components(separatedBy: "<a href=\"/cases/GEN-").count - 1 == 50)
            let last = try await maya.get("/?page=3", client).text
            #expect(last.components(separatedBy: "<a href=\"/cases/GEN-").count - 1 == 20)
            let beyond = try await maya.get("/?page=99", client).text
            #expect(beyond.contains("Page 3 of 3."))
            // Critical gaps first: the counts down page one never go up.
            let counts = first.components(separatedBy: "class=\"critical\">").dropFirst().compactMap {
                Int($0.prefix { $0.isNumber })
            }
            #expect(counts == counts.sorted(by: >))
        }
    }
}
