import Basics
import FoundationEssentials
import Glibc

/// The office's memory of imported bundles: per device, its key and each bundle number with the
/// digest of its signed manifest. It makes a second import of the same bundle a no-op, refuses a
/// number reused for other content, and shows which numbers never arrived.
public struct ImportLedger: Codable, Sendable, Equatable {
    public struct Device: Codable, Sendable, Equatable {
        public var publicKey: String
        /// Bundles the LRS holds in full.
        public var bundles: [Int: String]
        /// Bundles whose forwarding began and may not have finished: written before the first
        /// statement goes, so an import cut short is finished by the next one, never forgotten.
        public var pending: [Int: String]?
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

    /// Makes the ledger's folder on an office PC where belajar never ran as a learner.
    public func save(path: String) throws {
        try Folder.make(Path.parent(path))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try AtomicFile.write(try encoder.encode(self), to: path)
    }

    /// Refuses a bundle this ledger already holds, one that contradicts it, or one whose number
    /// no device writes (they count from 1). Under trust on first use the first key seen for a
    /// device is the one its later bundles must carry.
    func check(_ header: BundleHeader) throws {
        let manifest = header.manifest
        guard manifest.sequence >= 1 else { throw BundleProblem.sequenceInvalid(manifest.sequence) }
        guard let device = devices[manifest.deviceID] else { return }
        guard device.publicKey == manifest.publicKey else {
            throw BundleProblem.keyMismatch(deviceID: manifest.deviceID)
        }
        let reused = BundleProblem.sequenceReused(deviceID: manifest.deviceID, sequence: manifest.sequence)
        switch (device.bundles[manifest.sequence], device.pending?[manifest.sequence]) {
        case (nil, nil), (nil, header.manifestDigest?): return
        case (header.manifestDigest?, _):
            throw BundleProblem.alreadyImported(deviceID: manifest.deviceID, sequence: manifest.sequence)
        default: throw reused
        }
    }

    mutating func begin(_ header: BundleHeader) {
        update(header) { $0.pending = ($0.pending ?? [:]).merging([$1: header.manifestDigest]) { _, new in new } }
    }

    mutating func record(_ header: BundleHeader) {
        update(header) { device, sequence in
            device.bundles[sequence] = header.manifestDigest
            device.pending?[sequence] = nil
            if device.pending?.isEmpty == true { device.pending = nil }
        }
    }

    private mutating func update(_ header: BundleHeader, _ change: (inout Device, Int) -> Void) {
        let manifest = header.manifest
        var device = devices[manifest.deviceID] ?? Device(publicKey: manifest.publicKey, bundles: [:])
        change(&device, manifest.sequence)
        devices[manifest.deviceID] = device
    }

    /// Bundle numbers of `deviceID` below its highest imported one that never arrived.
    public func gaps(deviceID: String) -> [Int] {
        guard let numbers = devices[deviceID]?.bundles.keys, let highest = numbers.max(), highest >= 1 else { return [] }
        return (1...highest).filter { devices[deviceID]?.bundles[$0] == nil }
    }
}
