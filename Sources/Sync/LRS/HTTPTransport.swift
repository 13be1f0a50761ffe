import CCurl
import Foundation

/// One HTTP request as the LRS client makes them.
struct HTTPRequest: Sendable {
    var method: String
    var url: URL
    /// Whole header lines, `Name: value`.
    var headers: [String]
    var body: Data?
}

/// Why a request brought no HTTP answer back.
enum HTTPFailure: Error, Equatable {
    /// libcurl could not be loaded; no request will ever go out, so retrying is pointless.
    case noLibrary(detail: String)
    /// The network or the server: worth trying again.
    case noAnswer(detail: String)
}

/// Sends requests through libcurl, loaded by CCurl the first time one is sent (not linked, so
/// that starting belajar never loads libcurl and the libraries behind it).
enum HTTPTransport {
    static func send(_ request: HTTPRequest, timeout: TimeInterval) -> Result<(status: Int, body: Data), HTTPFailure> {
        var response = ccurl_response()
        let lines: [UnsafePointer<CChar>?] = request.headers.map { UnsafePointer(strdup($0)) }
        defer { lines.forEach { free(UnsafeMutablePointer(mutating: $0)) } }
        let outcome = withBody(request.body) { body, length in
            ccurl_request(request.method, request.url.absoluteString, lines, lines.count, body, length,
                          max(1, Int(timeout.rounded(.up))), &response)
        }
        defer { free(response.body) }
        switch outcome {
        case CCURL_DONE:
            let body = response.body.map { Data(bytes: $0, count: response.body_length) } ?? Data()
            return .success((response.status, body))
        case CCURL_NO_LIBRARY: return .failure(.noLibrary(detail: errorText(response)))
        default: return .failure(.noAnswer(detail: errorText(response)))
        }
    }

    /// A body, even an empty one, is handed over as a non-null pointer: null means no body.
    private static func withBody<Result>(_ body: Data?, _ call: (UnsafeRawPointer?, Int) -> Result) -> Result {
        guard let body else { return call(nil, 0) }
        return (Array(body) + [0]).withUnsafeBytes { call($0.baseAddress, body.count) }
    }

    private static func errorText(_ response: ccurl_response) -> String {
        withUnsafeBytes(of: response.error) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }
}
