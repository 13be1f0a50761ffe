import FoundationEssentials
import Glibc
import SQLite

/// Checks made before SQLite writes a byte, so that a wrong path, a foreign file or a store from
/// a newer belajar is refused and left exactly as it was.
enum StoreFile {
    static let header = Array("SQLite format 3\u{0}".utf8)

    static func prepare(_ location: StoreLocation) throws {
        let files = FileManager.default
        let folder = location.folder
        if !files.fileExists(atPath: folder) {
            guard location.createsFolder else { throw StoreError.folderMissing(path: folder) }
            do {
                try files.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                          attributes: [.posixPermissions: 0o700])
            } catch {
                throw StoreError.folderNotWritable(path: folder)
            }
        }
        // SQLite needs the folder for its -wal and -shm files, even when the store exists.
        guard access(folder, W_OK | X_OK) == 0 else { throw StoreError.folderNotWritable(path: folder) }
        if files.fileExists(atPath: location.path) {
            guard access(location.path, R_OK | W_OK) == 0 else {
                throw StoreError.fileNotWritable(path: location.path)
            }
        } else {
            try createPrivately(location.path)
        }
    }

    /// Learners' records are personal: only the owner may read the file. SQLite gives its
    /// -wal and -shm files the permissions of the store file.
    private static func createPrivately(_ path: String) throws {
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        if descriptor >= 0 {
            close(descriptor)
        } else if errno != EEXIST {
            throw StoreError.folderNotWritable(path: StorePath.folder(of: path))
        }
    }

    /// The OS account that owns the store file: the one an office uses to look after the device.
    static func owner(path: String) throws -> uid_t {
        var info = stat()
        guard stat(path, &info) == 0 else { throw StoreError.fileNotWritable(path: path) }
        return info.st_uid
    }

    /// An exclusive `flock` on the store's folder (no file is added beside the store), or nil
    /// when the folder cannot be opened.
    static func takeOpeningTurn(path: String) -> Int32? {
        let descriptor = open(StorePath.folder(of: path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        guard flock(descriptor, LOCK_EX) == 0 else { close(descriptor); return nil }
        return descriptor
    }

    static func endOpeningTurn(_ descriptor: Int32?) {
        guard let descriptor else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// Reads the file without changing it: an empty file becomes a new store; anything that is
    /// not a belajar store, or one migrated by a newer belajar, is refused.
    static func inspect(path: String) throws {
        guard let start = StorePath.firstBytes(path, count: 100) else { throw StoreError.fileNotWritable(path: path) }
        if start.isEmpty { return }
        guard start.count == 100, Array(start.prefix(header.count)) == header else {
            throw StoreError.notAStore(path: path)
        }
        let queue = try DatabaseQueue(path: path, options: Database.Options(readOnly: true, busyTimeout: ProgressStore.busyTimeout))
        defer { queue.close() }
        try queue.read { db in
            let tables = try String.fetchSet(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            if tables.isEmpty { return }
            guard tables.contains(Migrator.table) else { throw StoreError.notAStore(path: path) }
            if try Schema.migrator.hasBeenSuperseded(db) { throw StoreError.newerVersion(path: path) }
        }
    }
}
