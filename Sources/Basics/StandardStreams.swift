#if canImport(Glibc)
import Glibc
#endif

/// Standard error and standard input as bytes, as FileHandle's were.
public enum StandardStreams {
    /// Writes all of `text` to standard error, unbuffered.
    public static func error(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Everything on standard input until its end.
    public static func readInput() -> [UInt8] {
        FileBytes.readAll(descriptor: STDIN_FILENO)
    }
}

/// Reading a file descriptor or the start of a file, with read(2).
public enum FileBytes {
    public static func readAll(descriptor: Int32) -> [UInt8] {
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return result }
            result += buffer[..<count]
        }
    }

    /// An open file read in pieces; nil when it cannot be opened.
    public final class Reader {
        private let descriptor: Int32

        public init?(path: String) {
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { return nil }
        }

        deinit { close(descriptor) }

        /// Up to `count` bytes; empty at the end of the file or on an error.
        public func read(upTo count: Int) -> [UInt8] {
            var buffer = [UInt8](repeating: 0, count: count)
            var filled = 0
            while filled < count {
                let got = buffer.withUnsafeMutableBytes { bytes in
                    Glibc.read(descriptor, bytes.baseAddress! + filled, count - filled)
                }
                if got < 0 && errno == EINTR { continue }
                guard got > 0 else { break }
                filled += got
            }
            return Array(buffer[..<filled])
        }
    }
}
