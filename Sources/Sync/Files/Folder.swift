import Basics
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum Folder {
    /// `mkdir -p`, owner only, with the failing folder and its errno in the error.
    static func make(_ path: String) throws {
        guard !path.isEmpty else { return }
        var isFolder = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            if isFolder { return }
            throw SyncError.file(errno: ENOTDIR, path: path)
        }
        try make(Path.parent(path))
        guard mkdir(path, 0o700) == 0 || errno == EEXIST else { throw SyncError.file(errno: errno, path: path) }
    }
}
