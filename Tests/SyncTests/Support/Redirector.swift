import Foundation

/// An HTTP server on 127.0.0.1 that answers every request with a redirect to `location`, as a
/// web server in front of an LRS does when it moves `http://` to `https://`.
final class Redirector: Sendable {
    let port: Int
    private let socket: Int32

    init(status: Int, location: String) throws {
        let listener = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, length) == 0 && listen(listener, 8) == 0 && getsockname(listener, $0, &length) == 0
            }
        }
        socket = listener
        guard bound else { throw RalphFailure(output: "the redirecting server could not listen") }
        port = Int(UInt16(bigEndian: address.sin_port))
        let answer = "HTTP/1.1 \(status) Moved\r\nLocation: \(location)\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        Thread { Self.serve(listener, answer) }.start()
    }

    var base: String { "http://127.0.0.1:\(port)" }

    /// Reads each request to the end of its body, so the client never sees a reset, then answers.
    private static func serve(_ socket: Int32, _ answer: String) {
        while case let client = accept(socket, nil, nil), client >= 0 {
            var request = [UInt8]()
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while !isComplete(request), case let count = read(client, &buffer, buffer.count), count > 0 {
                request += buffer[..<count]
            }
            _ = answer.utf8CString.withUnsafeBufferPointer { write(client, $0.baseAddress, $0.count - 1) }
            close(client)
        }
    }

    private static func isComplete(_ request: [UInt8]) -> Bool {
        let text = String(decoding: request, as: UTF8.self)
        guard let end = text.range(of: "\r\n\r\n") else { return false }
        let length = text[..<end.lowerBound].split(separator: "\r\n")
            .first { $0.lowercased().hasPrefix("content-length:") }
            .flatMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) } ?? 0
        return text.utf8.distance(from: end.upperBound, to: text.utf8.endIndex) >= length
    }

    deinit { shutdown(socket, Int32(SHUT_RDWR)); close(socket) }
}
