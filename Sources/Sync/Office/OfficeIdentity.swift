import Basics
import FoundationEssentials
import Glibc

/// The office's signing identity: an id and an Ed25519 key, kept as a device keeps its own (the
/// same file format, readable by its owner only), in `office.key` in the office's data folder.
public struct OfficeIdentity: Sendable {
    let signer: DeviceIdentity

    public static let fileName = "office.key"

    public var officeID: String { signer.deviceID }
    public var publicKey: String { signer.publicKey }
    /// The line a device trusts with `belajar office trust`.
    public var trustLine: String { signer.trustLine }

    /// Makes the key on first use; later calls return the key already made, so an office never
    /// loses the key its devices trust by running `office init` twice.
    public static func create(in folder: String, officeID: String) throws -> (identity: OfficeIdentity, made: Bool) {
        let existed = FileManager.default.fileExists(atPath: path(in: folder))
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw SyncError.filePermission(path: folder)
        }
        let signer = try DeviceIdentity.loadOrCreate(in: folder, fileName: fileName) { officeID }
        return (OfficeIdentity(signer: signer), !existed)
    }

    public static func load(in folder: String) throws -> OfficeIdentity {
        guard FileManager.default.fileExists(atPath: path(in: folder)) else {
            throw SyncError.officeKeyMissing(path: path(in: folder))
        }
        return OfficeIdentity(signer: try DeviceIdentity.load(path: path(in: folder), folder: folder))
    }

    func sign(_ data: Data) throws -> Data { try signer.sign(data) }

    static func path(in folder: String) -> String { Path.join(folder, fileName) }
}

/// The one office a device takes packages from: `office.trust` beside the store, one line as
/// `belajar office init` printed it.
public struct TrustedOffice: Sendable, Equatable {
    public var officeID: String
    public var publicKey: String

    public static let fileName = "office.trust"

    /// Reads a trust line; the error names `source` (the file, or "LINE" on the command line).
    public static func parse(_ line: String, source: String) throws -> TrustedOffice {
        guard let keys = try? TrustedKeys.parse(Data(line.utf8), path: source),
              keys.keys.count == 1, let (officeID, publicKey) = keys.keys.first else {
            throw SyncError.officeTrustLine(source: source, detail: line.trimmed)
        }
        return TrustedOffice(officeID: officeID, publicKey: publicKey)
    }

    /// nil when this device trusts no office yet.
    public static func load(folder: String) throws -> TrustedOffice? {
        let path = Path.join(folder, fileName)
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try parse(String(decoding: data, as: UTF8.self), source: path)
    }

    /// Replaces the office trusted before: a device answers to one office.
    public func save(folder: String) throws {
        let path = Path.join(folder, Self.fileName)
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try AtomicFile.write(Data((TrustedKeys.line(deviceID: officeID, publicKey: publicKey) + "\n").utf8), to: path)
    }
}
