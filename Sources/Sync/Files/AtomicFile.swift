import Basics
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that after a power cut it is either the old one or the complete new one:
/// a temporary file beside it, synced, renamed over it, and the folder synced so the rename lasts.
enum AtomicFile {
    static func write(_ data: Data, to path: String, mode: mode_t = 0o644) throws {
        try write(to: path, mode: mode) { try $0.append(data) }
    }

    static func write(to path: String, mode: mode_t = 0o644, _ body: (FileSink) throws -> Void) throws {
        let folder = Path.parent(path).nonEmpty ?? "."
        let name = Path.name(path)
        let temporary = Path.join(folder, ".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard descriptor >= 0 else { throw SyncError.file(errno: errno, path: path) }
        let sink = FileSink(descriptor: descriptor, path: path)
        do {
            try body(sink)
            try sink.flush()
            guard fsync(descriptor) == 0 else { throw SyncError.file(errno: errno, path: path) }
            close(descriptor)
            guard rename(temporary, path) == 0 else { throw SyncError.file(errno: errno, path: path) }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        syncFolder(folder)
    }

    /// Without this a rename can be lost on power loss even though the file's bytes were synced.
    private static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}

/// Buffered writes to a file descriptor: a bundle of 100,000 statements is one write per megabyte.
final class FileSink {
    private let descriptor: Int32
    private let path: String
    private var buffer = Data()
    private static let capacity = 1 << 20

    init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    func append(_ data: Data) throws {
        buffer.append(data)
        if buffer.count >= Self.capacity { try flush() }
    }

    func append(_ text: String) throws { try append(Data(text.utf8)) }

    func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { bytes in
                write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            }
            guard written > 0 else { throw SyncError.file(errno: errno, path: path) }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
