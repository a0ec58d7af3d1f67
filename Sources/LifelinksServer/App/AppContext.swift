import Foundation
import Hummingbird
import HummingbirdAuth
import LifelinksModel

/// What the session cookie stands for: who signed in, and the token every form must send back.
public struct WebSession: Codable, Sendable, Equatable {
    public var staff: String
    public var csrf: String

    public init(staff: String, csrf: String = WebSession.newToken()) {
        self.staff = staff
        self.csrf = csrf
    }

    /// 32 random bytes, hex-encoded.
    public static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }
            .joined()
    }
}

/// Every request's context: its session, and the member of staff it belongs to once signed in.
public typealias AppContext = BasicSessionRequestContext<WebSession, StaffMember>
