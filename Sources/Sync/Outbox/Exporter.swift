import Basics
import FoundationEssentials
import Glibc
import Localization
import ProgressStore

/// What one export wrote.
public struct ExportResult: Sendable, Equatable {
    public var path: String
    public var manifest: BundleManifest
    /// Set when the bundle was written but the store could not note its records as exported
    /// (its own disk full, say): the bundle is valid, and the next export carries them again.
    public var notMarked: StoreError?
}

/// Writes the outbox to a signed bundle for the USB stick.
public enum Exporter {
    /// Writes the statements not exported before (or, with `all`, every one) to one bundle.
    /// `destination` is a folder that exists (the bundle gets a name saying device, number and
    /// time) or a new file ending in `.bundle` in one. Statements are marked exported only once
    /// the bundle is safely on disk, and a bundle number is used up only by a bundle written.
    /// Returns nil, writing nothing, when there is nothing to export.
    public static func export(store: ProgressStore, to destination: String, all: Bool = false,
                              now: Date = Date()) throws -> ExportResult? {
        let identity = try DeviceIdentity.of(store)
        let statements = try store.allStatements(all ? .all : .notExported)
        guard !statements.isEmpty else { return nil }
        let target = try Target(destination)
        let sequence = try BundleSequence.next(in: identity.folder)
        let path = target.path(deviceID: identity.deviceID, sequence: sequence, now: now)
        let manifest: BundleManifest
        do {
            manifest = try BundleWriter.write(statements.map(BundledStatement.init), identity: identity,
                                              sequence: sequence, created: timestamp(now), to: path)
        } catch {
            try? BundleSequence.release(sequence, in: identity.folder)
            throw error
        }
        var result = ExportResult(path: path, manifest: manifest)
        do {
            try store.markExported(statements.map(\.id), bundle: Path.name(path))
        } catch let error as StoreError {
            result.notMarked = error
            return result
        }
        // Only what the progress screen shows as the last export: not worth failing an export for.
        try? SyncStatus.record(store) { $0.lastExport = SyncStatus.step(count: manifest.count, destination: path, at: now) }
        return result
    }

    /// Where a bundle goes: into a folder that exists, or to a new `.bundle` file in one. Any
    /// other name that does not exist is a folder that is missing: a USB stick not mounted
    /// leaves `/media/NAME/STICK` absent, and a file of that name would be lost with the stick.
    enum Target {
        case folder(String)
        case file(String)

        init(_ destination: String) throws {
            var info = stat()
            if stat(destination, &info) == 0 {
                switch info.st_mode & S_IFMT {
                case S_IFDIR: self = .folder(destination)
                case S_IFREG: throw SyncError.fileExists(path: destination)
                default: throw SyncError.notAFileOrFolder(path: destination)
                }
                return
            }
            guard errno == ENOENT || errno == ENOTDIR else { throw SyncError.file(errno: errno, path: destination) }
            let parent = Path.parent(destination).nonEmpty ?? "."
            guard destination.hasSuffix(".bundle"), Self.isFolder(parent) else {
                throw SyncError.folderMissing(path: destination.hasSuffix(".bundle") ? parent : destination)
            }
            self = .file(destination)
        }

        func path(deviceID: String, sequence: Int, now: Date) -> String {
            switch self {
            case .file(let path): return path
            case .folder(let folder):
                let time = now.formatted(Date.ISO8601FormatStyle().year().month().day().time(includingFractionalSeconds: false))
                    .replacingEvery(":", with: "")
                let name = "belajar-\(deviceID.prefix(8))-\(Readable.padded(sequence, digits: 4))-\(time)Z.bundle"
                return Path.join(folder, name)
            }
        }

        private static func isFolder(_ path: String) -> Bool {
            var isFolder = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder
        }
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
