import Foundation
import Hummingbird
import Logging

/// Pages answer an error with a page saying what went wrong; the API answers with JSON.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let state: ServerState

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as HTTPError {
            if request.uri.path.hasPrefix("/api/") { throw error }
            let heading =
                switch error.status {
                case .notFound: "Not found"
                case .forbidden: "Not allowed"
                case .badRequest: "That could not be done"
                case .conflict: "Not saved"
                default: "Something went wrong"
                }
            return PageView(state: state).render(
                "error", title: heading, ["heading": heading, "message": error.body ?? heading], context: context,
                status: error.status)
        }
    }
}

/// One log line per request: the method, the route's pattern (never the case or person in the path),
/// the status and how long it took.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            log(request, context, response.status.code, start)
            return response
        } catch let error as HTTPError {
            log(request, context, error.status.code, start)
            throw error
        } catch {
            log(request, context, 500, start)
            throw error
        }
    }

    func log(_ request: Request, _ context: Context, _ status: Int, _ start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        logger.info(
            "\(request.method) \(context.endpointPath ?? "unmatched") \(status) \(String(format: "%.1f", milliseconds)) ms"
        )
    }
}

/// After any request that may have changed data, the dashboard works out that case's row again
/// (every row after an import): one place, whatever the route.
struct ChangeTrackingMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let state: ServerState

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        guard ![.get, .head, .options].contains(request.method) else { return try await next(request, context) }
        let reference = ChangeTrackingMiddleware.caseReference(in: request.uri.path)
        let everything = request.uri.path == "/import"
        do {
            let response = try await next(request, context)
            if reference != nil || everything { await forget(everything ? nil : reference) }
            return response
        } catch {
            if reference != nil || everything { await forget(everything ? nil : reference) }
            throw error
        }
    }

    func forget(_ reference: String?) async {
        await state.dashboard.invalidate(reference)
        await state.casePages.invalidate(reference)
    }

    /// The case a path is about: `/cases/REF/…` or `/api/cases/REF/…`.
    static func caseReference(in path: String) -> String? {
        let parts = path.split(separator: "/")
        let start = parts.first == "api" ? 1 : 0
        guard parts.count > start + 1, parts[start] == "cases" else { return nil }
        return String(parts[start + 1]).removingPercentEncoding
    }
}
