import Basics
import Crypto
import FoundationEssentials
import Glibc

/// Who made a bundle: a device id and the Ed25519 key that signs its bundles. The office
/// registers the public key once (`belajar device` prints the line for its trust file) and can
/// then tell a bundle from this device from anything else on a USB stick.
public struct DeviceIdentity: Sendable {
    public let deviceID: String
    /// Where the key lives; the bundle numbers are kept beside it.
    public let folder: String
    /// Raw bytes rather than swift-crypto's key type, which is not Sendable.
    private let privateKey: Data
    public let publicKey: String

    public static let fileName = "device.key"

    /// The line the office adds to its trusted-keys file.
    public var trustLine: String { TrustedKeys.line(deviceID: deviceID, publicKey: publicKey) }

    init(deviceID: String, folder: String, privateKey: Curve25519.Signing.PrivateKey) {
        self.deviceID = deviceID
        self.folder = folder
        self.privateKey = privateKey.rawRepresentation
        publicKey = privateKey.publicKey.rawRepresentation.base64EncodedString()
    }

    func sign(_ data: Data) throws -> Data {
        try Curve25519.Signing.PrivateKey(rawRepresentation: privateKey).signature(for: data)
    }

    /// Reads the key in `folder`, or on first use makes one for `newDeviceID` and writes it
    /// readable by its owner only. A key file others can read is tightened back to 0600.
    public static func loadOrCreate(in folder: String, fileName: String = fileName,
                                    newDeviceID: () throws -> String) throws -> DeviceIdentity {
        let path = Path.join(folder, fileName)
        if FileManager.default.fileExists(atPath: path) { return try load(path: path, folder: folder) }
        let identity = DeviceIdentity(deviceID: try newDeviceID(), folder: folder,
                                      privateKey: Curve25519.Signing.PrivateKey())
        try AtomicFile.write(try identity.fileContents(), to: path, mode: 0o600)
        return identity
    }

    static func load(path: String, folder: String) throws -> DeviceIdentity {
        if chmod(path, 0o600) != 0 { throw SyncError.file(errno: errno, path: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SyncError.filePermission(path: path)
        }
        guard let stored = try? JSONDecoder().decode(StoredKey.self, from: data),
              let raw = Data(base64Encoded: stored.privateKey),
              let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw),
              !stored.deviceID.isEmpty
        else { throw SyncError.deviceKeyDamaged(path: path) }
        return DeviceIdentity(deviceID: stored.deviceID, folder: folder, privateKey: key)
    }

    private func fileContents() throws -> Data {
        let stored = StoredKey(deviceID: deviceID, privateKey: privateKey.base64EncodedString())
        return try JSONEncoder().encode(stored)
    }

    private struct StoredKey: Codable {
        var deviceID: String
        var privateKey: String
    }
}
