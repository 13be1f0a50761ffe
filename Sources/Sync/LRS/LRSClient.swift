import Foundation

/// Talks xAPI 1.0.3 to an LRS: posts batches of statements as their exact stored bytes, and
/// reads statements back page by page. Blocking calls, so the CLI and the app's effect runner
/// can call it from any thread without an async context.
public final class LRSClient: Sendable {
    public static let defaultBatchSize = 100
    public let endpoint: LRSEndpoint
    let retry: RetryPolicy
    /// Seconds a request may go without progress before it counts as a network failure.
    private let timeout: TimeInterval

    public init(endpoint: LRSEndpoint, retry: RetryPolicy = RetryPolicy(), timeout: TimeInterval = 60) {
        self.endpoint = endpoint
        self.retry = retry
        self.timeout = timeout
    }

    /// Returns once the LRS holds every statement of the batch; throws when it refuses one, or
    /// when it stays unreachable or failing through every retry.
    public func post(_ batch: [BundledStatement]) throws {
        var body = Data("[".utf8)
        for (index, statement) in batch.enumerated() {
            if index > 0 { body.append(UInt8(ascii: ",")) }
            body.append(statement.json)
        }
        body.append(UInt8(ascii: "]"))
        var request = request(endpoint.statements, method: "POST")
        request.headers.append("Content-Type: application/json")
        request.body = body
        let (status, answer) = try sendRetrying(request)
        switch LRSAnswer(status: status, body: answer, batch: batch) {
        case .stored: return
        case .credentialsRefused: throw SyncError.lrsCredentials(url: endpoint.display)
        case .moved(let status): throw SyncError.lrsMoved(url: endpoint.display, status: status)
        case .rejected(let status, let reason, let statement):
            throw SyncError.lrsRejected(url: endpoint.display, status: status, reason: reason, statement: statement)
        case .retry(let detail): throw SyncError.lrsFailing(url: endpoint.display, detail: detail)
        }
    }

    /// Posts `statements` in batches in their order; `acknowledged` hears of each batch the LRS
    /// holds before the next one goes, so a caller can record progress that survives a failure.
    public func post(_ statements: [BundledStatement], batchSize: Int,
                     acknowledged: ([BundledStatement]) throws -> Void = { _ in }) throws {
        let size = max(1, batchSize)
        for start in stride(from: 0, to: statements.count, by: size) {
            let batch = Array(statements[start..<min(start + size, statements.count)])
            try post(batch)
            try acknowledged(batch)
        }
    }

    /// Every statement the LRS shows these credentials, following its `more` links.
    public func statements<Statement: Decodable & Sendable>(as type: Statement.Type) throws -> [Statement] {
        var found: [Statement] = []
        try statements(matching: [], as: type) { found += $0 }
        return found
    }

    /// The statements matching xAPI's query parameters (`verb`, `since`, `until`, `limit`…),
    /// handed to `page` one page at a time as the LRS sends them, following its `more` links:
    /// memory holds one page, however many statements match.
    public func statements<Statement: Decodable & Sendable>(matching query: [(name: String, value: String)],
                                                          as type: Statement.Type,
                                                          page: ([Statement]) throws -> Void) throws {
        var next: URL? = Self.url(endpoint.statements, query)
        while let url = next {
            let (status, body) = try sendRetrying(request(url, method: "GET"))
            guard status == 200 else { throw readFailure(status, body) }
            guard let found = try? JSONDecoder().decode(StatementPage<Statement>.self, from: body) else {
                throw SyncError.lrsAnswer(url: endpoint.display)
            }
            try page(found.statements)
            next = found.more.flatMap { $0.isEmpty ? nil : URL(string: $0, relativeTo: endpoint.statements)?.absoluteURL }
        }
    }

    /// Percent-encoded by hand: URLComponents leaves `+` as is, and a timestamp's `+07:00` would
    /// reach the LRS as a space.
    static func url(_ base: URL, _ query: [(name: String, value: String)]) -> URL? {
        guard !query.isEmpty else { return base }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        let text = query.map { item in
            [item.name, item.value].map { $0.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0 }
                .joined(separator: "=")
        }.joined(separator: "&")
        return URL(string: base.absoluteString + (base.query == nil ? "?" : "&") + text)
    }

    private func readFailure(_ status: Int, _ body: Data) -> SyncError {
        if status == 401 || status == 403 { return .lrsCredentials(url: endpoint.display) }
        if (300...399).contains(status) { return .lrsMoved(url: endpoint.display, status: status) }
        return .lrsRejected(url: endpoint.display, status: status,
                            reason: String(decoding: body.prefix(300), as: UTF8.self), statement: nil)
    }

    private func request(_ url: URL, method: String) -> HTTPRequest {
        HTTPRequest(method: method, url: url, headers: [
            "X-Experience-API-Version: 1.0.3", "Authorization: \(endpoint.authorization)",
        ])
    }

    /// Network errors and 5xx answers are retried with a doubling pause; anything else is the
    /// LRS's final word and goes back to the caller. Without libcurl nothing can go out, so
    /// that is said at once.
    private func sendRetrying(_ request: HTTPRequest) throws -> (Int, Data) {
        var attempt = 1
        while true {
            let last = attempt >= retry.attempts
            switch HTTPTransport.send(request, timeout: timeout) {
            case .success(let (status, body)):
                let retryable = if case .retry = LRSAnswer(status: status, body: body, batch: []) { true } else { false }
                if !retryable || last { return (status, body) }
            case .failure(.noLibrary(let detail)):
                throw SyncError.lrsLibraryMissing(url: endpoint.display, detail: detail)
            case .failure(.noAnswer(let detail)):
                if last { throw SyncError.lrsUnreachable(url: endpoint.display, detail: detail) }
            }
            Thread.sleep(forTimeInterval: retry.delay(after: attempt))
            attempt += 1
        }
    }
}

private struct StatementPage<Statement: Decodable>: Decodable {
    var statements: [Statement]
    var more: String?
}
