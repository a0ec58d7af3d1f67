import Foundation
import Hummingbird
import HummingbirdAuth
import LifelinksModel
import LifelinksStore
import Logging

/// The team web app: server-rendered pages that work with JavaScript off, and a JSON API, over one database.
public enum LifelinksServer {
    /// How long a session lasts without being used again.
    public static let sessionLifetime: Duration = .seconds(8 * 60 * 60)

    /// Every route, behind the session, sign-in, CSRF and error middleware.
    ///
    /// `secureCookies`: send the session cookie only over HTTPS (and localhost, which browsers treat alike).
    public static func router(state: ServerState, secureCookies: Bool = true) -> Router<AppContext> {
        let router = Router(context: AppContext.self)
        router.add(middleware: RequestLogMiddleware(logger: state.logger))
        router.add(
            middleware: SessionMiddleware(
                storage: MemoryPersistDriver(),
                configuration: SessionMiddlewareConfiguration(
                    sessionCookieParameters: SessionCookieParameters(
                        name: "lifelinks_session", path: "/", secure: secureCookies, sameSite: .strict),
                    defaultSessionExpiration: sessionLifetime)))
        router.add(middleware: ErrorPageMiddleware(state: state))
        router.add(middleware: SignInMiddleware(state: state))
        router.add(middleware: CSRFMiddleware())
        router.add(middleware: ChangeTrackingMiddleware(state: state))

        router.get("/health") { _, _ in "ok" }
        AuthPages(state: state).add(to: router)
        CaseloadPages(state: state).add(to: router)
        CasePages(state: state).add(to: router)
        ReportPages(state: state).add(to: router)
        ImportPage(state: state).add(to: router)
        AccountPages(state: state).add(to: router)

        APIRoutes(state: state).add(to: router)
        return router
    }

    /// The application on `host:port`, stopping cleanly on SIGINT and SIGTERM.
    public static func application(state: ServerState, host: String, port: Int, secureCookies: Bool = true)
        -> some ApplicationProtocol
    {
        Application(
            router: router(state: state, secureCookies: secureCookies),
            configuration: .init(address: .hostname(host, port: port), serverName: "Lifelinks"),
            logger: state.logger)
    }
}
