import Foundation

/// The office's memory of imported bundles: per device, its key and each bundle number with the
/// digest of its signed manifest. It makes a second import of the same bundle a no-op, refuses a
/// number reused for other content, and shows which numbers never arrived.
public struct ImportLedger: Codable, Sendable, Equatable {
    public struct Device: Codable, Sendable, Equatable {
        public var publicKey: String
        public var bundles: [Int: String]
    }

    public var devices: [String: Device] = [:]

    public init() {}

    public static func load(path: String) throws -> ImportLedger {
        guard FileManager.default.fileExists(atPath: path) else { return ImportLedger() }
        guard let data = FileManager.default.contents(atPath: path) else { throw SyncError.filePermission(path: path) }
        guard let ledger = try? JSONDecoder().decode(ImportLedger.self, from: data) else {
            throw SyncError.fileFailure(path: path, detail: "JSON")
        }
        return ledger
    }

    public func save(path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try AtomicFile.write(try encoder.encode(self), to: path)
    }

    /// Refuses a bundle this ledger already holds, or one that contradicts it. Without a trust
    /// file the first key seen for a device is the one its later bundles must carry.
    func check(_ bundle: VerifiedBundle) throws {
        let manifest = bundle.manifest
        guard let device = devices[manifest.deviceID] else { return }
        guard device.publicKey == manifest.publicKey else {
            throw BundleProblem.keyMismatch(deviceID: manifest.deviceID)
        }
        switch device.bundles[manifest.sequence] {
        case nil: return
        case bundle.manifestDigest?: throw BundleProblem.alreadyImported(deviceID: manifest.deviceID, sequence: manifest.sequence)
        default: throw BundleProblem.sequenceReused(deviceID: manifest.deviceID, sequence: manifest.sequence)
        }
    }

    mutating func record(_ bundle: VerifiedBundle) {
        let manifest = bundle.manifest
        devices[manifest.deviceID, default: Device(publicKey: manifest.publicKey, bundles: [:])]
            .bundles[manifest.sequence] = bundle.manifestDigest
    }

    /// Bundle numbers of `deviceID` below its highest imported one that never arrived.
    public func gaps(deviceID: String) -> [Int] {
        guard let numbers = devices[deviceID]?.bundles.keys, let highest = numbers.max() else { return [] }
        return (1...highest).filter { devices[deviceID]?.bundles[$0] == nil }
    }
}
