import Foundation
import LifelinksModel
import LifelinksStore
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

@Suite("Accounts, the audit trail and the server through the command line", .serialized)
struct ServeCommandTests {
    @Test("user add keeps a bcrypt hash of the password, never the password; short passwords are refused")
    func userAdd() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let short = try cli.run(["user", "add", "Ruth Ellison", "--role", "coordinator"], input: "short\n")
        #expect(short.status != 0)
        #expect(short.errors.contains("at least 10 characters"))
        let added = try cli.run(
            ["user", "add", "Ruth Ellison", "--role", "coordinator", "--role", "admin"],
            input: "correct horse battery\n")
        #expect(added.status == 0, "\(added.errors)")
        #expect(added.output.contains("Saved the account Ruth Ellison (admin, coordinator)."))
        let noRole = try cli.run(["user", "add", "Someone"], input: "correct horse battery\n")
        #expect(noRole.status != 0)
        #expect(noRole.errors.contains("--role"))
        let list = try cli.run(["user", "list"])
        #expect(list.output == "Ruth Ellison: admin, coordinator\n")
        let account = try Store(path: cli.database).staffAccount(named: "ruth ellison")
        #expect(account?.passwordHash.hasPrefix("$2b$") == true)
        #expect(account?.passwordHash.contains("correct horse") == false)
    }

    @Test("audit reads the trail, by case and by person")
    func audit() throws {
        let cli = try CLI()
        defer { cli.remove() }
        #expect(try cli.run(["init"]).status == 0)
        let store = try Store(path: cli.database)
        try store.audit(
            AuditEntry(
                at: "2026-11-26T10:00:00Z", staff: "Ruth Ellison", action: "view", caseReference: "A-1",
                detail: "case page"))
        try store.audit(
            AuditEntry(at: "2026-11-26T10:01:00Z", staff: "Maya Manager", action: "export", caseReference: "B-2"))
        let byCase = try cli.run(["audit", "--case", "A-1"])
        #expect(byCase.output.contains("Ruth Ellison") && !byCase.output.contains("Maya Manager"))
        let byUser = try cli.run(["audit", "--user", "maya manager", "--json"])
        #expect(byUser.output.contains("\"case_reference\" : \"B-2\""))
        #expect(try cli.run(["audit", "--case", "nothing"]).output == "Nothing recorded.\n")
    }

    /// Whether something answers on the port within `seconds`.
    static func health(_ port: Int, within seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let data = try? Data(contentsOf: URL(string: "http://127.0.0.1:\(port)/health")!),
                String(decoding: data, as: UTF8.self) == "ok"
            {
                return true
            }
            Thread.sleep(forTimeInterval: 0.2)
        }
        return false
    }

    @Test("serve answers, and stops cleanly on SIGTERM and on SIGINT", arguments: [SIGTERM, SIGINT])
    func serveStops(signal: Int32) throws {
        let cli = try CLI()
        defer { cli.remove() }
        #expect(try cli.run(["init"]).status == 0)
        let port = Int.random(in: 20_000..<40_000)
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["serve", "--port", "\(port)", "--db", cli.database]
        process.standardOutput = Pipe()
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        #expect(Self.health(port, within: 20), "the server answered on port \(port)")
        kill(process.processIdentifier, signal)
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        #expect(!process.isRunning)
        #expect(process.terminationStatus == 0)
        let log = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(log.contains("GET /health 200"), "\(log.prefix(500))")
    }
}
