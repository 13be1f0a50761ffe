import Basics
import FoundationEssentials

/// Where the LRS address and credentials come from, first found wins: command-line flags, then
/// `BELAJAR_LRS_URL` / `BELAJAR_LRS_USER` / `BELAJAR_LRS_PASSWORD`, then a config file of
/// `key = value` lines (`url`, `user`, `password`; `#` comments) that only its owner should read.
public struct LRSSettings: Sendable, Equatable {
    public var url: String?
    public var user: String?
    public var password: String?

    public static let fileName = "lrs.conf"

    public init(url: String? = nil, user: String? = nil, password: String? = nil) {
        self.url = url
        self.user = user
        self.password = password
    }

    public static func resolve(flags: LRSSettings, environment: [String: String], configPath: String?) throws -> LRSSettings {
        let fromEnvironment = LRSSettings(url: environment["BELAJAR_LRS_URL"], user: environment["BELAJAR_LRS_USER"],
                                          password: environment["BELAJAR_LRS_PASSWORD"])
        let fromFile = try configPath.map(load) ?? LRSSettings()
        return flags.filled(by: fromEnvironment).filled(by: fromFile)
    }

    /// Whether a push can run without asking: the app shows its push key only then.
    public var isComplete: Bool { url != nil && user != nil && password != nil }

    public func endpoint() throws -> LRSEndpoint {
        guard let url else { throw SyncError.lrsMissing }
        return try LRSEndpoint(url: url, user: user, password: password)
    }

    /// A missing file is no settings at all; a line it cannot read is an error naming the line.
    static func load(path: String) throws -> LRSSettings {
        guard FileManager.default.fileExists(atPath: path) else { return LRSSettings() }
        guard let data = FileManager.default.contents(atPath: path) else { throw SyncError.filePermission(path: path) }
        var settings = LRSSettings()
        for (index, line) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = line.trimmingSpaces
            guard !content.isEmpty, !content.hasPrefix("#") else { continue }
            let parts = content.split(separator: "=", maxSplits: 1).map { $0.trimmingSpaces }
            switch (parts.first, parts.count) {
            case ("url", 2): settings.url = parts[1]
            case ("user", 2): settings.user = parts[1]
            case ("password", 2): settings.password = parts[1]
            default:
                // Only the key is repeated back: the rest of a mistyped line may be the password.
                let key = String(content.prefix { !$0.isWhitespace && $0 != ":" && $0 != "=" })
                throw SyncError.configLine(path: path, line: index + 1, detail: key)
            }
        }
        return settings
    }

    private func filled(by other: LRSSettings) -> LRSSettings {
        LRSSettings(url: url ?? other.url, user: user ?? other.user, password: password ?? other.password)
    }
}
