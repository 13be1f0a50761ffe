import FoundationEssentials

/// The office's list of registered devices: one `DEVICE-ID PUBLIC-KEY [label]` per line, as
/// `belajar device` prints it; `#` starts a comment. A device trusts its office with the same
/// kind of line (`OFFICE-ID ed25519:KEY`, as `belajar office init` prints it).
public struct TrustedKeys: Sendable, Equatable {
    public var keys: [String: String]

    public init(keys: [String: String]) {
        self.keys = keys
    }

    static func line(deviceID: String, publicKey: String) -> String {
        "\(deviceID) ed25519:\(publicKey)"
    }

    public static func load(path: String) throws -> TrustedKeys {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SyncError.fileMissing(path: path)
        }
        return try parse(data, path: path)
    }

    /// `path` names the text in messages: a file, or the line given on the command line.
    static func parse(_ data: Data, path: String) throws -> TrustedKeys {
        guard let text = String(data: data, encoding: .utf8) else {
            throw SyncError.trustFileLine(path: path, line: 1, detail: "UTF-8")
        }
        var keys: [String: String] = [:]
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let fields = content.split(whereSeparator: \.isWhitespace)
            guard !fields.isEmpty else { continue }
            guard fields.count >= 2, fields[1].hasPrefix("ed25519:"),
                  let key = Data(base64Encoded: String(fields[1].dropFirst("ed25519:".count))), key.count == 32
            else { throw SyncError.trustFileLine(path: path, line: index + 1, detail: String(line)) }
            keys[String(fields[0])] = key.base64EncodedString()
        }
        return TrustedKeys(keys: keys)
    }
}
