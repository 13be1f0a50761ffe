import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A port that takes connections and never answers: a push to it waits until its timeout.
public final class SilentServer {
    public let port: UInt16
    private let socket: Int32

    public init() throws {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.socket = socket
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(socket, 8) == 0 else { throw ExecutionFailure(program: "listen on 127.0.0.1", code: errno) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let socketForName = socket
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socketForName, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
    }

    deinit { close(socket) }

    /// The variables that point belajar at it as its LRS.
    public var environment: [String: String] {
        ["BELAJAR_LRS_URL": "http://127.0.0.1:\(port)/xAPI/", "BELAJAR_LRS_USER": "u", "BELAJAR_LRS_PASSWORD": "p"]
    }
}
