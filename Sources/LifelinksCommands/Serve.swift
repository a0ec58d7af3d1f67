import ArgumentParser
import Hummingbird
import LifelinksModel
import LifelinksServer
import LifelinksStore
import Logging

extension Lifelinks {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the team web app: the caseload, cases, plans and reports in a browser.",
            discussion: """
                Sign in with an account made by `lifelinks user add`. It listens on 127.0.0.1 unless told \
                otherwise; put it behind HTTPS (a reverse proxy) before anyone uses it over a network. Stop it with \
                Ctrl-C.
                """)

        @OptionGroup var store: StoreOptions
        @Option(help: "The address to listen on.") var host = "127.0.0.1"
        @Option(help: "The port to listen on.") var port = 8080
        @Flag(help: "Send the session cookie over plain HTTP too (for a browser on another machine without HTTPS).")
        var insecureCookies = false

        func run() async throws {
            LoggingSystem.bootstrap { label in
                var handler = StreamLogHandler.standardError(label: label)
                handler.logLevel = .info
                return handler
            }
            let database = try store.open()
            if try database.staff().isEmpty {
                print(
                    "No accounts yet: make one first, for example `lifelinks user add \"Ruth Ellison\" --role coordinator`."
                )
            }
            let state = try ServerState(store: database)
            let app = LifelinksServer.application(
                state: state, host: host, port: port, secureCookies: !insecureCookies)
            print("Lifelinks is at http://\(host):\(port)/ (Ctrl-C to stop).")
            Task.detached { await state.warmUp() }

            try await app.runService()
        }
    }
}
