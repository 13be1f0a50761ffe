import Foundation
import ProgressStore

/// What one export wrote.
public struct ExportResult: Sendable, Equatable {
    public var path: String
    public var manifest: BundleManifest
}

/// Writes the outbox to a signed bundle for the USB stick.
public enum Exporter {
    /// Writes the statements not exported before (or, with `all`, every one) to one bundle.
    /// `destination` is a folder (the bundle gets a name saying device, number and time) or a
    /// file path. Statements are marked exported only once the bundle is safely on disk.
    /// Returns nil, writing nothing, when there is nothing to export.
    public static func export(store: ProgressStore, to destination: String, all: Bool = false,
                              now: Date = Date()) throws -> ExportResult? {
        let identity = try DeviceIdentity.of(store)
        let statements = try store.allStatements(all ? .all : .notExported)
        guard !statements.isEmpty else { return nil }
        if !isFolder(destination) && FileManager.default.fileExists(atPath: destination) {
            throw SyncError.fileExists(path: destination)
        }
        let sequence = try BundleSequence.next(in: identity.folder)
        let path = bundlePath(destination, deviceID: identity.deviceID, sequence: sequence, now: now)
        let manifest = try BundleWriter.write(statements.map(BundledStatement.init), identity: identity,
                                              sequence: sequence, created: timestamp(now), to: path)
        try store.markExported(statements.map(\.id), bundle: (path as NSString).lastPathComponent)
        try SyncStatus.record(store) { $0.lastExport = SyncStatus.step(count: manifest.count, destination: path, at: now) }
        return ExportResult(path: path, manifest: manifest)
    }

    static func bundlePath(_ destination: String, deviceID: String, sequence: Int, now: Date) -> String {
        guard isFolder(destination) else { return destination }
        let time = now.formatted(Date.ISO8601FormatStyle().year().month().day().time(includingFractionalSeconds: false))
            .replacingOccurrences(of: ":", with: "")
        let name = "belajar-\(deviceID.prefix(8))-\(String(format: "%04d", sequence))-\(time)Z.bundle"
        return (destination as NSString).appendingPathComponent(name)
    }

    private static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
