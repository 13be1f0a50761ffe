import Basics
import Domain
import FoundationEssentials

/// Talks xAPI 1.0.3 to an LRS: posts batches of statements as their exact stored bytes, and
/// reads statements back page by page. Blocking calls, so the CLI and the app's effect runner
/// can call it from any thread without an async context.
public final class LRSClient: Sendable {
    public static let defaultBatchSize = 100
    public let endpoint: LRSEndpoint
    let retry: RetryPolicy
    let limits: RequestLimits

    public init(endpoint: LRSEndpoint, retry: RetryPolicy = RetryPolicy(), limits: RequestLimits = RequestLimits()) {
        self.endpoint = endpoint
        self.retry = retry
        self.limits = limits
    }

    /// Returns once the LRS holds every statement of the batch, as its answer proves (their ids)
    /// or, for ids it left out, as it confirms when asked for each; throws otherwise, when it
    /// refuses one, or when it stays unreachable or failing through every retry.
    public func post(_ batch: [BundledStatement], cancellation: Cancellation? = nil) throws {
        var body = Data("[".utf8)
        for (index, statement) in batch.enumerated() {
            if index > 0 { body.append(UInt8(ascii: ",")) }
            body.append(statement.json)
        }
        body.append(UInt8(ascii: "]"))
        var request = request(endpoint.statements, method: "POST")
        request.headers.append("Content-Type: application/json")
        request.body = body
        let (status, answer) = try sendRetrying(request, cancellation)
        switch LRSAnswer(status: status, body: answer, batch: batch) {
        case .stored(let listed):
            for statement in batch where !listed.contains(statement.id.lowercased()) {
                try confirmHeld(statement.id, cancellation)
            }
        case .credentialsRefused: throw SyncError.lrsCredentials(url: endpoint.display)
        case .moved(let status): throw SyncError.lrsMoved(url: endpoint.display, status: status)
        case .rejected(let status, let reason, let statement):
            throw SyncError.lrsRejected(url: endpoint.display, status: status, reason: reason, statement: statement)
        case .retry(let detail): throw SyncError.lrsFailing(url: endpoint.display, detail: detail)
        case .notAnLRS(let answer): throw notAnLRS(answer)
        }
    }

    /// Posts `statements` in batches in their order; `acknowledged` hears of each batch the LRS
    /// holds before the next one goes, so a caller can record progress that survives a failure.
    public func post(_ statements: [BundledStatement], batchSize: Int, cancellation: Cancellation? = nil,
                     acknowledged: ([BundledStatement]) throws -> Void = { _ in }) throws {
        let size = max(1, batchSize)
        for start in stride(from: 0, to: statements.count, by: size) {
            if cancellation?.isCancelled == true { throw SyncError.pushCancelled(sent: 0) }
            let batch = Array(statements[start..<min(start + size, statements.count)])
            try post(batch, cancellation: cancellation)
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
            let (status, body) = try sendRetrying(request(url, method: "GET"), nil)
            guard status == 200 else { throw readFailure(status, body) }
            guard let found = try? JSONDecoder().decode(StatementPage<Statement>.self, from: body) else {
                throw readable(body)
            }
            try page(found.statements)
            next = found.more.flatMap { $0.isEmpty ? nil : URL(string: $0, relativeTo: endpoint.statements)?.absoluteURL }
        }
    }

    /// Percent-encoded by hand: URLComponents leaves `+` as is, and a timestamp's `+07:00` would
    /// reach the LRS as a space.
    static func url(_ base: URL, _ query: [(name: String, value: String)]) -> URL? {
        guard !query.isEmpty else { return base }
        let text = query.map { item in
            [item.name, item.value].map(\.percentEncoded).joined(separator: "=")
        }.joined(separator: "&")
        return URL(string: base.absoluteString + (base.query == nil ? "?" : "&") + text)
    }

    /// An LRS that stored a statement answers a GET by its id with that statement; anything else
    /// (404, a login page, another statement) means it is not held, and nothing is marked sent.
    private func confirmHeld(_ id: String, _ cancellation: Cancellation?) throws {
        var parts = URLComponents(url: endpoint.statements, resolvingAgainstBaseURL: false)
        parts?.queryItems = [URLQueryItem(name: "statementId", value: id)]
        guard let url = parts?.url else { throw SyncError.lrsAddress(endpoint.display) }
        let (status, body) = try sendRetrying(request(url, method: "GET"), cancellation)
        if status == 404 { throw SyncError.lrsNotHeld(url: endpoint.display, id: id) }
        guard status == 200 else { throw readFailure(status, body) }
        guard let held = Self.heldIDs(body) else { throw readable(body) }
        guard held.contains(id.lowercased()) else { throw SyncError.lrsNotHeld(url: endpoint.display, id: id) }
    }

    /// xAPI answers the statement itself; Ralph 5.1.0 answers a page of statements with it in
    /// (and an empty page, not 404, for an id it does not hold). Nil when it is neither.
    private static func heldIDs(_ body: Data) -> Set<String>? {
        guard let object = JSONValue.parse(body), case .object = object else { return nil }
        if let id = object["id"]?.string { return [id.lowercased()] }
        guard let page = object["statements"]?.array else { return nil }
        return Set(page.compactMap { $0["id"]?.string?.lowercased() })
    }

    /// The error for a 200 whose body is not what xAPI answers.
    private func readable(_ body: Data) -> SyncError {
        let answer = NotAnLRS(body, status: 200)
        return answer == .webPage ? notAnLRS(answer) : .lrsAnswer(url: endpoint.display)
    }

    private func notAnLRS(_ answer: NotAnLRS) -> SyncError {
        switch answer {
        case .webPage: .lrsWebPage(url: endpoint.display)
        case .otherIDs: .lrsOtherIDs(url: endpoint.display)
        case .unexpected(let status, let sample): .lrsUnexpected(url: endpoint.display, status: status, sample: sample)
        }
    }

    private func readFailure(_ status: Int, _ body: Data) -> SyncError {
        if status == 401 || status == 403 { return .lrsCredentials(url: endpoint.display) }
        if (300...399).contains(status) { return .lrsMoved(url: endpoint.display, status: status) }
        if (200...299).contains(status) { return readable(body) }
        return .lrsRejected(url: endpoint.display, status: status,
                            reason: String(decoding: body.prefix(300), as: UTF8.self), statement: nil)
    }

    private func request(_ url: URL, method: String) -> HTTPRequest {
        HTTPRequest(method: method, url: url, headers: [
            "X-Experience-API-Version: 1.0.3", "Authorization: \(endpoint.authorization)",
        ])
    }

    /// Network errors, timeouts and 5xx answers are retried with a doubling pause until the
    /// policy's attempts or deadline run out; anything else is the LRS's final word and goes back
    /// to the caller. Without libcurl nothing can go out, so that is said at once.
    private func sendRetrying(_ request: HTTPRequest, _ cancellation: Cancellation?) throws -> (Int, Data) {
        let started = Date()
        var attempt = 1
        while true {
            let outcome = HTTPTransport.send(request, limits: limits, cancellation: cancellation)
            // No attempt starts after the deadline: the last one may only finish after it.
            let last = attempt >= retry.attempts
                || Date().timeIntervalSince(started) + retry.delay(after: attempt) >= retry.deadline
            switch outcome {
            case .success(let (status, body)):
                if !LRSAnswer.isRetryable(status: status) || last { return (status, body) }
            case .failure(.noLibrary(let detail)):
                throw SyncError.lrsLibraryMissing(url: endpoint.display, detail: detail)
            case .failure(.cancelled):
                throw SyncError.pushCancelled(sent: 0)
            case .failure(.tooLarge):
                throw SyncError.lrsAnswerTooLarge(url: endpoint.display, megabytes: limits.answerLimit >> 20)
            case .failure(.timedOut):
                if last { throw SyncError.lrsSilent(url: endpoint.display, seconds: limits.stall, rate: limits.minimumRate) }
            case .failure(.noAnswer(let detail)):
                if last { throw SyncError.lrsUnreachable(url: endpoint.display, detail: detail) }
            }
            guard cancellation?.pause(retry.delay(after: attempt)) ?? pause(retry.delay(after: attempt)) else {
                throw SyncError.pushCancelled(sent: 0)
            }
            attempt += 1
        }
    }

    private func pause(_ seconds: TimeInterval) -> Bool {
        Threads.sleep(seconds: seconds)
        return true
    }
}

private struct StatementPage<Statement: Decodable>: Decodable {
    var statements: [Statement]
    var more: String?
}
