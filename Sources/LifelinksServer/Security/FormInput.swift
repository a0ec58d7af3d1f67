import Foundation
import Hummingbird

/// Form fields sent by the browser (`application/x-www-form-urlencoded`), read with limits.
enum FormInput {
    /// The most a form may send.
    static let limit = 1_000_000
    /// The most any one field may hold; longer is refused, not cut.
    static let fieldLimit = 2_000

    /// The fields of a form body, through Hummingbird's form decoder; a body it cannot read has none.
    static func fields(_ body: String) -> [String: String] {
        (try? URLEncodedFormDecoder().decode([String: String].self, from: body)) ?? [:]
    }

    /// The request's fields, refusing any over the field limit.
    static func read(_ request: Request) async throws -> [String: String] {
        var request = request
        let body = try await request.collectBody(upTo: limit)
        return try checked(fields(String(buffer: body)))
    }

    /// The fields, refused when any is over the field limit (forms and API calls alike).
    static func checked(_ fields: [String: String]) throws -> [String: String] {
        if let long = fields.first(where: { $0.value.count > fieldLimit }) {
            throw HTTPError(
                .badRequest,
                message: "The field \(long.key) is longer than \(fieldLimit) characters. Nothing was changed.")
        }
        return fields
    }
}
