import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file a megabyte at a time and hands out its lines, so a bundle of any size is read
/// in the memory of one chunk and its longest line.
final class LineReader {
    private let descriptor: Int32
    private let path: String
    private var buffer = Data()
    private var start = 0
    private var ended = false
    private static let chunk = 1 << 20
    /// A longer line is no statement belajar wrote; it is not buffered without end.
    static let longestLine = 16 << 20

    init(path: String) throws {
        var status = stat()
        guard stat(path, &status) == 0 else { throw SyncError.file(errno: errno, path: path) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { throw SyncError.notAFile(path: path) }
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw SyncError.file(errno: errno, path: path) }
        self.path = path
    }

    /// A whole file already in memory, as the tests and small callers have it.
    init(data: Data) {
        descriptor = -1
        path = ""
        buffer = data
        ended = true
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    enum Line {
        /// A line without its newline.
        case complete(Data)
        /// The bytes after the last newline, at the end of the file.
        case unterminated(Data)
        case tooLong
    }

    func next() throws -> Line? {
        while true {
            if let end = buffer[(buffer.startIndex + start)...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[(buffer.startIndex + start)..<end]
                start = end + 1 - buffer.startIndex
                return .complete(Data(line))
            }
            if buffer.count - start > Self.longestLine { return .tooLong }
            if ended {
                guard start < buffer.count else { return nil }
                defer { start = buffer.count }
                return .unterminated(Data(buffer[(buffer.startIndex + start)...]))
            }
            try fill()
        }
    }

    private func fill() throws {
        buffer = Data(buffer[(buffer.startIndex + start)...])
        start = 0
        var chunk = Data(count: Self.chunk)
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, Self.chunk) }
        guard count >= 0 else { throw SyncError.file(errno: errno, path: path) }
        if count == 0 { ended = true } else { buffer.append(chunk.prefix(count)) }
    }
}
