import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LifelinksModel
import LifelinksServer
import LifelinksStore
import Testing

@Suite("Pages and API routes")
struct PageTests {
    @Test("someone not signed in is sent to the sign-in page, and the API answers 401")
    func signInFirst() async throws {
        let world = try ServerWorld()
        try await world.app.test(.router) { client in
            for path in ["/", "/cases/LL-2026-024", "/team", "/cohort", "/import", "/reports"] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .seeOther, "\(path)")
                #expect(response.headers[.location] == "/login", "\(path)")
            }
            #expect(try await client.execute(uri: "/api/cases", method: .get).status == .unauthorized)
            #expect(try await client.execute(uri: "/login", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/health", method: .get).status == .ok)
        }
    }

    @Test("signing in through the form sets a session cookie that is HttpOnly and SameSite=Strict")
    func signInForm() async throws {
        let world = try ServerWorld()
        try await world.app.test(.router) { client in
            let wrong = try await client.execute(
                uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "name=Ruth+Ellison&password=wrong"))
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text.contains("do not match an account"))
            #expect(wrong.headers[.setCookie] == nil)
            let right = try await client.execute(
                uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "name=Ruth+Ellison&password=correct+horse+battery"))
            #expect(right.status == .seeOther)
            let cookie = right.headers[.setCookie] ?? ""
            #expect(cookie.hasPrefix("lifelinks_session="))
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(cookie.contains("Expires="))
            let home = try await client.execute(
                uri: "/", method: .get, headers: [.cookie: String(cookie.split(separator: ";")[0])])
            #expect(home.status == .ok)
            #expect(home.text.contains("LL-2026-024"))
        }
    }

    @Test("every page a coordinator uses answers, with what it should show")
    func coordinatorPages() async throws {
        let world = try ServerWorld()
        try await world.app.test(.router) { client in
            let ruth = try await Visitor.signIn(.coordinator, client)
            let expectations: [(String, String)] = [
                ("/", "Cases, critical gaps first"), ("/cases/LL-2026-024", "<svg"),
                ("/cases/LL-2026-024", "Connections by search stage"),
                ("/cases/LL-2026-024/connections/zofia", "Move the search on"),
                ("/cases/LL-2026-024/plan", "Commitments"), ("/team", "Team responsibilities for contact"),
                ("/cohort", "The search funnel"), ("/import", "enctype=\"multipart/form-data\""),
                ("/reports", "Who it is for"),
            ]
            for (path, text) in expectations {
                let response = try await ruth.get(path, client)
                #expect(response.status == .ok, "\(path)")
                #expect(response.text.contains(text), "\(path) shows \(text)")
                #expect(!response.text.lowercased().contains("<script"), "\(path) has no script")
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            }
            let pdf = try await ruth.get(
                "/reports/download?kind=plan&case=LL-2026-024&audience=family&format=pdf", client)
            #expect(pdf.status == .ok)
            #expect(pdf.headers[.contentType] == "application/pdf")
            #expect(String(buffer: pdf.body).hasPrefix("%PDF-"))
            let html = try await ruth.get(
                "/reports/download?kind=plan&case=LL-2026-024&audience=family&format=html", client)
            #expect(html.text.contains("For: The family"))
            #expect(!html.text.contains("Dwayne Campbell"))
            #expect(!html.text.contains("07700"))
            for kind in ["team", "cohort"] {
                let report = try await ruth.get(
                    "/reports/download?kind=\(kind)&audience=professional&format=html", client)
                #expect(report.status == .ok, "\(kind)")
            }
        }
    }

    @Test("the API lists, shows and changes what the pages do")
    func api() async throws {
        let world = try ServerWorld()
        try await world.app.test(.router) { client in
            let ruth = try await Visitor.signIn(.coordinator, client)
            let cases = try await ruth.get("/api/cases", client)
            #expect(cases.status == .ok)
            let list = try JSONSerialization.jsonObject(with: Data(cases.text.utf8)) as? [[String: Any]] ?? []
            #expect(Set(list.compactMap { $0["reference"] as? String }) == ["LL-2026-024", "LL-2025-058"])
            let detail = try await ruth.get("/api/cases/LL-2026-024", client)
            #expect(detail.status == .ok)
            #expect(detail.text.contains("\"versions\""))
            #expect(try await ruth.get("/api/cases/LL-2026-024/gaps", client).status == .ok)
            #expect(try await ruth.get("/api/team", client).status == .ok)
            let session = try await ruth.get("/api/session", client)
            #expect(session.text.contains(ruth.csrf))

            let changed = try await ruth.send(
                .patch, "/api/cases/LL-2026-024/connections/zofia", #"{"version": 1, "contact": "07700 900001"}"#,
                client)
            #expect(changed.status == .ok, "\(changed.text)")
            #expect(changed.text.contains("\"version\":2"))
            let moved = try await ruth.send(
                .post, "/api/cases/LL-2026-024/connections/grandad-winston/stage",
                #"{"stage": "invited", "date": "2026-11-26"}"#, client)
            #expect(moved.status == .ok, "\(moved.text)")
            #expect(try world.store.network("LL-2026-024")?.connection("grandad-winston")?.stage == .invited)
            let refused = try await ruth.send(
                .post, "/api/cases/LL-2026-024/connections/brother-rio/stage", #"{"stage": "contacted"}"#, client)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Refused (forward-only)"))
        }
    }

    @Test("a second look at an unchanged case comes from the caches; a change shows at once")
    func ecomapCache() async throws {
        let world = try ServerWorld()
        try await world.app.test(.router) { client in
            let ruth = try await Visitor.signIn(.coordinator, client)
            let first = try await ruth.get("/cases/LL-2026-024", client)
            let second = try await ruth.get("/cases/LL-2026-024", client)
            #expect(first.text == second.text)
            _ = try await ruth.send(
                .patch, "/api/cases/LL-2026-024/connections/zofia", #"{"version": 1, "name": "Zofia W."}"#, client)
            let third = try await ruth.get("/cases/LL-2026-024", client)
            #expect(third.text.contains("Zofia W."))
            // The full-size ecomap is the one just drawn for the page.
            let svg = try await ruth.get("/cases/LL-2026-024/ecomap.svg", client)
            #expect(svg.headers[.contentType] == "image/svg+xml; charset=utf-8")
            #expect(svg.text.contains("Zofia W."))
        }
        #expect(await world.state.pageCacheHits == 1)
        #expect(await world.state.cacheHits == 1)

    }

    @Test("signing out ends the session")
    func signOut() async throws {
        let world = try ServerWorld()
        try await world.app.test(.router) { client in
            let ruth = try await Visitor.signIn(.coordinator, client)
            let out = try await ruth.post("/logout", [:], client)
            #expect(out.status == .seeOther)
            let after = try await ruth.get("/", client)
            #expect(after.status == .seeOther)
            #expect(after.headers[.location] == "/login")
        }
    }
}
