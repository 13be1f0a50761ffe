import FoundationEssentials

/// What a bundle says about itself, signed by the device: everything needed to check that the
/// statements after it are complete and unchanged, and where the bundle sits in the device's series.
public struct BundleManifest: Codable, Sendable, Equatable {
    public static let currentFormat = "belajar-bundle/1"

    public var format: String
    public var deviceID: String
    /// Base64 of the raw Ed25519 public key: the bundle carries its own key; the office decides
    /// whether to trust it.
    public var publicKey: String
    /// 1, 2, 3… per device: the office sees a missing bundle as a gap.
    public var sequence: Int
    public var created: String
    public var count: Int
    public var firstStatement: String?
    public var lastStatement: String?
    /// Size of the statement section: a short file is reported as truncated, not as altered.
    public var statementsBytes: Int
    public var statementsSHA256: String

    func line() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}

/// One statement as it travels: its id and the exact bytes made at the event.
public struct BundledStatement: Sendable, Equatable {
    public var id: String
    public var json: Data

    public init(id: String, json: Data) {
        self.id = id
        self.json = json
    }
}
