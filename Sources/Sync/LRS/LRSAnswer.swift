import Basics
import Domain
import FoundationEssentials

/// What an LRS's answer to a batch of statements means for the statements in it.
enum LRSAnswer: Equatable {
    /// 200 with a JSON array of ids, all of the batch's (`listed` is those the array named; an
    /// LRS may leave out the ones it held before), or 204: nothing listed. Ids left out are only
    /// taken as stored once the LRS confirms holding them.
    case stored(listed: Set<String>)
    /// Worth trying again: the LRS or the network is having trouble, not the statements.
    case retry(detail: String)
    case credentialsRefused
    /// A redirect: the address is not the LRS's own. Not followed, because a POST redirected
    /// with 301-303 becomes a GET whose 200 would pass for "stored".
    case moved(status: Int)
    /// The LRS says no to what we sent; `statement` is the one it named, when it named one.
    case rejected(status: Int, reason: String, statement: String?)
    /// A 2xx that no LRS gives: a web page, ids of other statements, anything but the ids.
    case notAnLRS(NotAnLRS)

    init(status: Int, body: Data, batch: [BundledStatement]) {
        switch status {
        case 200: self = Self.listing(body, batch: batch)
        case 204: self = .stored(listed: [])
        case 401, 403: self = .credentialsRefused
        case 300...399: self = .moved(status: status)
        case _ where Self.isRetryable(status: status): self = .retry(detail: "HTTP \(status) \(Self.reason(body))")
        case 200...299: self = .notAnLRS(.unexpected(status: status, sample: Self.reason(body)))
        default:
            let (reason, index) = Self.explain(body)
            let named = index.flatMap { batch.indices.contains($0) ? batch[$0].id : nil }
                ?? batch.first { reason.contains($0.id) }?.id
            self = .rejected(status: status, reason: reason, statement: named)
        }
    }

    /// Told by the status alone, so that a page of statements need not be read as an answer to
    /// a batch to know it is not worth another try (reading it so cost 50 MB for a page of 1000).
    static func isRetryable(status: Int) -> Bool {
        [408, 429].contains(status) || (500...599).contains(status)
    }

    /// xAPI answers a POST with the array of the ids it stored; ids of statements not sent
    /// mean the answer is about something else.
    private static func listing(_ body: Data, batch: [BundledStatement]) -> LRSAnswer {
        guard let ids = try? JSONDecoder().decode([String].self, from: body) else {
            return .notAnLRS(NotAnLRS(body, status: 200))
        }
        let listed = Set(ids.map { $0.lowercased() })
        let sent = Set(batch.map { $0.id.lowercased() })
        guard listed.isSubset(of: sent) else { return .notAnLRS(.otherIDs) }
        return .stored(listed: listed)
    }

    /// Ralph answers `{"detail": "…"}` or, for a statement that fails validation, a list of
    /// `{"loc": ["body", index, field…], "msg": "…"}`; other LRSs say `message` or `error`.
    private static func explain(_ body: Data) -> (reason: String, index: Int?) {
        guard let object = JSONValue.parse(body), case .object = object else {
            return (reason(body), nil)
        }
        if let problems = object["detail"]?.array, !problems.isEmpty, case .object = problems[0] {
            let location = problems[0]["loc"]?.array ?? []
            let index = location.dropFirst().first?.integer
            let text = problems.prefix(3).map(describe).joined(separator: "; ")
            return (text, index)
        }
        for key in ["detail", "message", "error"] {
            if let text = object[key]?.string { return (text, nil) }
        }
        return (reason(body), nil)
    }

    private static func describe(_ problem: JSONValue) -> String {
        let location = (problem["loc"]?.array ?? []).dropFirst(2).map(\.text).joined(separator: ".")
        let message = problem["msg"]?.string ?? ""
        return location.isEmpty ? message : "\(location): \(message)"
    }

    static func reason(_ body: Data) -> String {
        String(decoding: body.prefix(500), as: UTF8.self).trimmed
    }
}

/// What came back instead of an LRS's answer.
enum NotAnLRS: Equatable, Sendable {
    /// An HTML page: a hotel's or office's login page (captive portal), or a web site.
    case webPage
    /// Ids, but of statements that were not sent.
    case otherIDs
    /// Anything else, with its first bytes to name it.
    case unexpected(status: Int, sample: String)

    init(_ body: Data, status: Int) {
        let text = LRSAnswer.reason(body)
        self = text.hasPrefix("<") ? .webPage : .unexpected(status: status, sample: String(text.prefix(80)))
    }
}
