import HTTPTypes
import Hummingbird
import HummingbirdAuth
import LifelinksModel
import LifelinksStore

/// Turns the session into the member of staff it belongs to, reading their roles afresh on every
/// request (so a changed role takes effect at once); everything but the sign-in page needs one.
struct SignInMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let state: ServerState

    /// Paths that answer without signing in.
    static let open: Set<String> = ["/login", "/health", "/api/session"]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        var context = context
        if let session = context.sessions.session, let account = try state.store.staffAccount(named: session.staff) {
            context.identity = account.member
        }
        if context.identity == nil && !SignInMiddleware.open.contains(request.uri.path) {
            if request.uri.path.hasPrefix("/api/") {
                throw HTTPError(.unauthorized, message: "Sign in first.")
            }
            return .redirect(to: "/login", type: .normal)
        }
        return try await next(request, context)
    }
}

/// Every request that changes something must carry the session's token: as the `csrf` field of a
/// form, or the `X-CSRF-Token` header of an API call. A forged or missing token changes nothing.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = AppContext

    static let header = HTTPField.Name("X-CSRF-Token")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        guard ![.get, .head, .options].contains(request.method) else { return try await next(request, context) }
        // Signing in has no session yet; its own form carries no token but changes nothing but the session.
        if request.uri.path == "/login" || request.uri.path == "/api/session" {
            return try await next(request, context)
        }

        guard let expected = context.sessions.session?.csrf else {
            throw HTTPError(.forbidden, message: "Your session has ended. Sign in again.")
        }
        var request = request
        var sent = request.headers[CSRFMiddleware.header]
        if sent == nil,
            request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true
        {
            let body = try await request.collectBody(upTo: FormInput.limit)
            sent = FormInput.fields(String(buffer: body))["csrf"]
        } else if sent == nil, let boundary = MultipartForm.boundary(request.headers[.contentType]) {
            let body = try await request.collectBody(upTo: ImportPage.limit)
            sent = try? MultipartForm(body, boundary: boundary).field("csrf")
        }

        guard let sent, constantTimeEqual(sent, expected) else {
            throw HTTPError(
                .forbidden,
                message:
                    "This form has expired or did not come from Lifelinks. Nothing was changed; reload the page and try again."
            )
        }
        return try await next(request, context)
    }

    func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let a = Array(a.utf8)
        let b = Array(b.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
