import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LifelinksModel
import LifelinksStore
import Testing

@testable import LifelinksServer

@Suite("Bad input through forms and the API")
struct ServerBadInputTests {
    /// Everything about a case that a refused request must leave as it was.
    static func snapshot(_ world: ServerWorld) throws -> CaseNetwork? {
        try world.store.network("LL-2026-024")
    }

    @Test("each bad request gets a clear message and changes nothing")
    func refusals() async throws {
        let world = try ServerWorld()
        let before = try Self.snapshot(world)
        let versions = try world.store.connectionVersions(in: "LL-2026-024")
        try await world.app.test(.router) { client in
            let ruth = try await Visitor.signIn(.coordinator, client)
            let long = String(repeating: "x", count: 3_000)
            let cases: [(TestResponse, HTTPResponse.Status, String)] = [
                (
                    try await ruth.post(
                        "/cases/LL-2026-024/connections/zofia", ["version": "1", "name": long], client),
                    .badRequest, "longer than 2000 characters"
                ),
                (
                    try await ruth.send(
                        .patch, "/api/cases/LL-2026-024/connections/zofia", #"{"version": 1, "notes": "\#(long)"}"#,
                        client),
                    .badRequest, "longer than 2000 characters"
                ),
                (
                    try await ruth.post(
                        "/cases/LL-2026-024/connections/zofia", ["version": "1", "name": "Z"], csrf: "forged", client),
                    .forbidden, "did not come from Lifelinks"
                ),
                (
                    try await ruth.send(
                        .patch, "/api/cases/LL-2026-024/connections/zofia", #"{"version": 1, "name": "Z"}"#, csrf: "",
                        client),
                    .forbidden, "did not come from Lifelinks"
                ),
                (
                    try await ruth.post("/cases/LL-2026-024/connections/zofia", ["version": "0", "name": "Z"], client),
                    .conflict, "someone else saved this connection"
                ),
                (
                    try await ruth.post("/cases/LL-2026-024/connections/zofia", ["name": "Z"], client),
                    .badRequest, "which version"
                ),
                (
                    try await ruth.post(
                        "/cases/LL-2026-024/connections/zofia", ["version": "1", "safety": "maybe"], client),
                    .badRequest, "safety must be one of"
                ),
                (
                    try await ruth.post("/cases/LL-2026-024/connections/zofia/stage", ["stage": "flying"], client),
                    .badRequest, "Choose a stage"
                ),
                (
                    try await ruth.post(
                        "/cases/LL-2026-024/connections/zofia/stage", ["stage": "committed", "date": "26/11/2026"],
                        client),
                    .badRequest, "YYYY-MM-DD"
                ),
                (
                    try await ruth.post(
                        "/cases/LL-2026-024/connections/brother-rio/stage", ["stage": "contacted"], client),
                    .unprocessableContent, "Refused (forward-only)"
                ),
                (
                    try await ruth.get("/cases/NO-SUCH/connections/zofia", client), .notFound, "no such case"
                ),
                (
                    try await ruth.get("/cases/LL-2026-024/connections/nobody", client), .notFound, "no such connection"
                ),
                (
                    try await ruth.send(.patch, "/api/cases/LL-2026-024/connections/zofia", "{not json", client),
                    .badRequest, "not valid JSON"
                ),
                (
                    try await ruth.get("/reports/download?kind=poem&case=LL-2026-024", client), .badRequest,
                    "Choose a report"
                ),
                (
                    try await ruth.get("/reports/download?kind=plan&case=LL-2026-024&audience=aunt", client),
                    .badRequest, "Choose who the report is for"
                ),
            ]
            for (response, status, words) in cases {
                #expect(response.status == status, "\(response.status.code) \(response.text.prefix(200))")
                #expect(response.text.contains(words), "\(words) in \(response.text.prefix(300))")
            }
        }
        #expect(try Self.snapshot(world) == before)
        #expect(try world.store.connectionVersions(in: "LL-2026-024") == versions)
    }

    @Test("markup in a name is saved as text and shown as text, never as markup")
    func markupInNames() async throws {
        let world = try ServerWorld()
        let hostile = "\"]; <script>alert('x')</script> & مريم"
        try await world.app.test(.router) { client in
            let ruth = try await Visitor.signIn(.coordinator, client)
            let saved = try await ruth.post(
                "/cases/LL-2026-024/connections/zofia", ["version": "1", "name": hostile], client)
            #expect(saved.status == .seeOther)
            for path in ["/cases/LL-2026-024", "/cases/LL-2026-024/connections/zofia", "/team"] {
                let page = try await ruth.get(path, client)
                #expect(!page.text.contains("<script>"), "\(path)")
                #expect(page.text.contains("&lt;script&gt;") || page.text.contains("&#60;script&#62;"), "\(path)")
            }
        }
        #expect(try world.store.network("LL-2026-024")?.connection("zofia")?.name == hostile)
    }

    @Test("two people save the same connection: the second is refused and shown the newer values")
    func staleVersion() async throws {
        let world = try ServerWorld()
        try await world.app.test(.router) { client in
            let first = try await Visitor.signIn(.coordinator, client)
            let second = try await Visitor.signIn(.coordinator, client)
            // Both opened the page at version 1.
            let one = try await first.post(
                "/cases/LL-2026-024/connections/zofia", ["version": "1", "contact": "07700 900111"], client)
            #expect(one.status == .seeOther)
            let two = try await second.post(
                "/cases/LL-2026-024/connections/zofia", ["version": "1", "contact": "07700 900222"], client)
            #expect(two.status == .conflict)
            #expect(two.text.contains("someone else saved this connection"))
            #expect(two.text.contains("07700 900111"), "the newer values are shown")
            #expect(two.text.contains("name=\"version\" value=\"2\""), "the form now carries the newer version")
            let api = try await second.send(
                .patch, "/api/cases/LL-2026-024/connections/zofia", #"{"version": 1, "contact": "x"}"#, client)
            #expect(api.status == .conflict)
            #expect(api.text.contains("\"current\""))
            #expect(api.text.contains("07700 900111"))
        }
        #expect(try world.store.network("LL-2026-024")?.connection("zofia")?.contact == "07700 900111")
    }

    @Test("repeated failed sign-ins are slowed, then the name is locked; the right password then waits too")
    func throttle() async throws {
        let world = try ServerWorld()
        try await world.app.test(.router) { client in
            func attempt(_ password: String) async throws -> HTTPResponse.Status {
                try await client.execute(
                    uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                    body: ByteBuffer(string: "name=Ruth+Ellison&password=\(password)")
                ).status
            }
            for _ in 0..<10 {
                let status = try await attempt("wrong")
                #expect(status == .unauthorized)
            }
            let locked = try await attempt("correct+horse+battery")
            #expect(locked == .tooManyRequests)

        }
        let throttle = LoginThrottle(sleeps: false)
        for _ in 0..<5 { await throttle.failed("someone") }
        #expect(await throttle.delay(for: "Someone").seconds == 4)
    }

    @Test("views, changes, exports and refusals are all in the audit trail, which cannot be changed")
    func audit() async throws {
        let world = try ServerWorld()
        try await world.app.test(.router) { client in
            let ruth = try await Visitor.signIn(.coordinator, client)
            _ = try await ruth.get("/cases/LL-2026-024", client)
            _ = try await ruth.post("/cases/LL-2026-024/connections/zofia", ["version": "1", "notes": "n"], client)
            _ = try await ruth.get("/reports/download?kind=plan&case=LL-2026-024&audience=family&format=html", client)
            _ = try await ruth.get("/cases/LL-2026-071", client)
        }
        let trail = try world.store.auditTrail(staff: "Ruth Ellison")
        let lines = trail.map { [$0.action, $0.caseReference ?? "-", $0.detail ?? "-"] }
        #expect(lines.contains(["sign-in", "-", "-"]))
        #expect(lines.contains(["view", "LL-2026-024", "case page"]))
        #expect(lines.contains(["change", "LL-2026-024", "details of zofia"]))
        #expect(lines.contains(["export", "LL-2026-024", "plan report for family"]))
        #expect(lines.contains(["refused:view-case", "LL-2026-071", "case page"]))
        #expect(try world.store.auditTrail(case: "LL-2026-071").count == 1)
    }
}
