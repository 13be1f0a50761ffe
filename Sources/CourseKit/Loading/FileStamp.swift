import FoundationEssentials
import Glibc

/// What the file system says about a file without reading it: enough to tell that it changed.
struct FileStamp: Hashable, Sendable {
    var size: Int64
    var inode: UInt64
    /// Nanoseconds since 1970.
    var modified: Int64
    /// When the file or its metadata last changed (ctime), in nanoseconds: a program may set the
    /// modification time back (`cp -p`, `touch -d`), but not this.
    var changed: Int64

    init(size: Int64, inode: UInt64, modified: Int64, changed: Int64) {
        self.size = size
        self.inode = inode
        self.modified = modified
        self.changed = changed
    }

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int64(info.st_size)
        inode = UInt64(info.st_ino)
        #if canImport(Darwin)
        modified = Self.nanoseconds(info.st_mtimespec)
        changed = Self.nanoseconds(info.st_ctimespec)
        #else
        modified = Self.nanoseconds(info.st_mtim)
        changed = Self.nanoseconds(info.st_ctim)
        #endif
    }

    /// The running program's own file.
    static var program: FileStamp? {
        #if os(Linux)
        FileStamp(path: "/proc/self/exe")
        #else
        Bundle.main.executablePath.flatMap(FileStamp.init(path:))
        #endif
    }

    /// False when the file changed so recently that another change within the same clock tick
    /// could leave every field as it is now (as git treats "racily clean" files).
    func isSettled(now: Date) -> Bool {
        Double(changed) / 1e9 < now.timeIntervalSince1970 - 2
    }

    private static func nanoseconds(_ time: timespec) -> Int64 {
        Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}

/// What is at a path, following symbolic links as opening it would: one `stat`, where
/// `FileManager` costs several calls per file on a library of thousands.
enum PathKind {
    case file, folder

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self = (info.st_mode & S_IFMT) == S_IFDIR ? .folder : .file
    }
}
