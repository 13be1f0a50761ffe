import CCurl
import FoundationEssentials
import Glibc

/// One HTTP request as the LRS client makes them.
struct HTTPRequest: Sendable {
    var method: String
    var url: URL
    /// Whole header lines, `Name: value`.
    var headers: [String]
    var body: Data?
}

/// How long a request may take and how much of an answer is read: together they bound the
/// wait on any server, whatever it does (README's "Over the network" states these figures).
public struct RequestLimits: Sendable, Equatable {
    /// To open the connection.
    public var connect: Int
    /// At less than `minimumRate` bytes a second for this long, waiting for the answer included.
    /// libcurl averages the rate over the last few seconds, so after a batch went out quickly a
    /// silent server is given up on about 7 s later than this (27 s measured for 20).
    public var stall: Int
    public var minimumRate: Int
    /// The whole request, however fast its bytes come.
    public var total: Int
    /// Bytes of an answer kept; xAPI's answer to 100 statements is about 4 KB.
    public var answerLimit: Int

    public init(connect: Int = 10, stall: Int = 20, minimumRate: Int = 64, total: Int = 60,
                answerLimit: Int = 16 << 20) {
        self.connect = connect
        self.stall = stall
        self.minimumRate = minimumRate
        self.total = total
        self.answerLimit = answerLimit
    }
}

/// Why a request brought no HTTP answer back.
enum HTTPFailure: Error, Equatable {
    /// libcurl could not be loaded; no request will ever go out, so retrying is pointless.
    case noLibrary(detail: String)
    /// The network or the server: worth trying again.
    case noAnswer(detail: String)
    /// A limit of `RequestLimits` in time or rate was reached: also worth another try.
    case timedOut(detail: String)
    /// The answer grew past `RequestLimits.answerLimit`: no LRS answers like that.
    case tooLarge
    case cancelled
}

/// Sends requests through libcurl, loaded by CCurl the first time one is sent (not linked, so
/// that starting belajar never loads libcurl and the libraries behind it).
enum HTTPTransport {
    static func send(_ request: HTTPRequest, limits: RequestLimits,
                     cancellation: Cancellation?) -> Result<(status: Int, body: Data), HTTPFailure> {
        var response = ccurl_response()
        let lines: [UnsafePointer<CChar>?] = request.headers.map { UnsafePointer(strdup($0)) }
        defer { lines.forEach { free(UnsafeMutablePointer(mutating: $0)) } }
        var settings = ccurl_limits(connect_seconds: limits.connect, stall_seconds: limits.stall,
                                    minimum_rate: limits.minimumRate, total_seconds: limits.total,
                                    answer_limit: limits.answerLimit, cancel: cancellation?.flag)
        let outcome = withBody(request.body) { body, length in
            ccurl_request(request.method, request.url.absoluteString, lines, lines.count, body, length, &settings, &response)
        }
        defer { free(response.body) }
        switch outcome {
        case CCURL_DONE:
            let body = response.body.map { Data(bytes: $0, count: response.body_length) } ?? Data()
            return .success((response.status, body))
        case CCURL_NO_LIBRARY: return .failure(.noLibrary(detail: errorText(response)))
        case CCURL_TIMED_OUT: return .failure(.timedOut(detail: errorText(response)))
        case CCURL_TOO_LARGE: return .failure(.tooLarge)
        case CCURL_CANCELLED: return .failure(.cancelled)
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
