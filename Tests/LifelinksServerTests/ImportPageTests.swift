import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LifelinksModel
import LifelinksServer
import LifelinksStore
import Testing

@Suite("Importing through the web app")
struct ImportPageTests {
    static let boundary = "----lifelinks-test-boundary"

    /// A multipart form body with the token, some fields and some files.
    static func form(csrf: String, fields: [String: String] = [:], files: [(String, String)]) -> ByteBuffer {
        var text = ""
        for (name, value) in [("csrf", csrf)] + fields.sorted(by: { $0.key < $1.key }) {
            text += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        for (name, content) in files {
            text +=
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(name)\"\r\n"
                + "Content-Type: text/csv\r\n\r\n\(content)\r\n"
        }
        return ByteBuffer(string: text + "--\(boundary)--\r\n")
    }

    func upload(_ visitor: Visitor, _ body: ByteBuffer, _ client: some TestClientProtocol) async throws -> TestResponse
    {
        try await client.execute(
            uri: "/import", method: .post,
            headers: [.cookie: visitor.cookie, .contentType: "multipart/form-data; boundary=\(Self.boundary)"],
            body: body)
    }

    @Test("a file with problems is refused, every problem shown by file, line and column, and nothing imported")
    func refused() async throws {
        let world = try ServerWorld()
        let before = try world.store.networks()
        try await world.app.test(.router) { client in
            let ruth = try await Visitor.signIn(.coordinator, client)
            let cases =
                "case,name,date_of_birth,status,referral_date\nUP-1,Upload <b>Test</b>,2010-01-01,in-care,2026-01-01\n"
            let connections = "case,id,name,category\nUP-1,aunt,Aunt Test,cousinry\nUP-1,ghost,,family\n"
            let response = try await upload(
                ruth, Self.form(csrf: ruth.csrf, files: [("cases.csv", cases), ("connections.csv", connections)]),
                client)
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("Nothing was imported"))
            #expect(response.text.contains("connections.csv:2: column category"))
            #expect(response.text.contains("connections.csv:3: column name"))
            #expect(!response.text.contains("lifelinks-upload-"), "no folder of the server's is shown")
            let forged = try await upload(
                ruth, Self.form(csrf: "forged", files: [("cases.csv", cases)]), client)
            #expect(forged.status == .forbidden)
        }
        #expect(try world.store.networks() == before)
    }

    @Test("good files are imported, and the dashboard shows the new case at once")
    func imported() async throws {
        let world = try ServerWorld()
        try await world.app.test(.router) { client in
            let ruth = try await Visitor.signIn(.coordinator, client)
            _ = try await ruth.get("/", client)
            let cases =
                "case,name,date_of_birth,status,referral_date,coordinator\nUP-1,Upload Test,2010-01-01,in-care,2026-01-01,Ruth Ellison\n"
            let connections = "case,id,name,category\nUP-1,aunt,Aunt Test,family\n"
            // A name that tries to climb out of the upload folder keeps only its own last part.
            let response = try await upload(
                ruth,
                Self.form(csrf: ruth.csrf, files: [("../../cases.csv", cases), ("connections.csv", connections)]),
                client)
            #expect(response.status == .ok, "\(response.text.prefix(300))")

            #expect(response.text.contains("Imported 2 rows from 2 files."))
            #expect(try await ruth.get("/", client).text.contains("UP-1"))
            let social = try await Visitor.signIn(.socialWorker, client)
            let refused = try await upload(social, Self.form(csrf: social.csrf, files: [("cases.csv", cases)]), client)
            #expect(refused.status == .forbidden)
        }
        #expect(try world.store.network("UP-1")?.connections.map(\.name) == ["Aunt Test"])
    }
}
