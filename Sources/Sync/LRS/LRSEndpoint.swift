import Basics
import FoundationEssentials

/// An xAPI 1.0.3 LRS and the credentials for it. The credentials never appear in `display`,
/// which is what messages and the store's records name.
public struct LRSEndpoint: Sendable, Equatable {
    /// The statements resource, `…/xAPI/statements`.
    public var statements: URL
    public var user: String
    public var password: String

    /// Accepts the LRS's base (`http://host:8100`), its xAPI root (`…/xAPI/`) or the statements
    /// resource itself; credentials written into the URL are taken out of it.
    public init(url text: String, user: String?, password: String?) throws {
        guard var parts = URLComponents(string: text), let scheme = parts.scheme?.lowercased(),
              ["http", "https"].contains(scheme), parts.host?.isEmpty == false
        else { throw SyncError.lrsAddress(text) }
        let embeddedUser = parts.user?.percentDecoded, embeddedPassword = parts.password?.percentDecoded
        parts.user = nil
        parts.password = nil
        parts.path = Self.statementsPath(parts.path)
        guard let url = parts.url else { throw SyncError.lrsAddress(text) }
        guard let user = user ?? embeddedUser, let password = password ?? embeddedPassword else {
            throw SyncError.credentialsMissing(url: url.absoluteString)
        }
        statements = url
        self.user = user
        self.password = password
    }

    public var display: String { statements.absoluteString }

    var authorization: String {
        "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()
    }

    private static func statementsPath(_ path: String) -> String {
        let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
        if trimmed.lowercased().hasSuffix("/statements") { return trimmed }
        if trimmed.lowercased().hasSuffix("/xapi") { return trimmed + "/statements" }
        return trimmed + "/xAPI/statements"
    }
}
