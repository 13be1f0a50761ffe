import Foundation

/// What an LRS's answer to a batch of statements means for the statements in it.
enum LRSAnswer: Equatable {
    /// 200 with the ids it stored, or 204 when it already had every one: both mean stored.
    case stored
    /// Worth trying again: the LRS or the network is having trouble, not the statements.
    case retry(detail: String)
    case credentialsRefused
    /// A redirect: the address is not the LRS's own. Not followed, because a POST redirected
    /// with 301-303 becomes a GET whose 200 would pass for "stored".
    case moved(status: Int)
    /// The LRS says no to what we sent; `statement` is the one it named, when it named one.
    case rejected(status: Int, reason: String, statement: String?)

    init(status: Int, body: Data, batch: [BundledStatement]) {
        switch status {
        case 200, 204: self = .stored
        case 401, 403: self = .credentialsRefused
        case 300...399: self = .moved(status: status)
        case 408, 429, 500...599: self = .retry(detail: "HTTP \(status) \(Self.reason(body))")
        default:
            let (reason, index) = Self.explain(body)
            let named = index.flatMap { batch.indices.contains($0) ? batch[$0].id : nil }
                ?? batch.first { reason.contains($0.id) }?.id
            self = .rejected(status: status, reason: reason, statement: named)
        }
    }

    /// Ralph answers `{"detail": "…"}` or, for a statement that fails validation, a list of
    /// `{"loc": ["body", index, field…], "msg": "…"}`; other LRSs say `message` or `error`.
    private static func explain(_ body: Data) -> (reason: String, index: Int?) {
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            return (reason(body), nil)
        }
        if let problems = object["detail"] as? [[String: Any]], !problems.isEmpty {
            let location = problems[0]["loc"] as? [Any] ?? []
            let index = location.dropFirst().first as? Int
            let text = problems.prefix(3).map(describe).joined(separator: "; ")
            return (text, index)
        }
        for key in ["detail", "message", "error"] {
            if let text = object[key] as? String { return (text, nil) }
        }
        return (reason(body), nil)
    }

    private static func describe(_ problem: [String: Any]) -> String {
        let location = (problem["loc"] as? [Any] ?? []).dropFirst(2).map { "\($0)" }.joined(separator: ".")
        let message = problem["msg"] as? String ?? ""
        return location.isEmpty ? message : "\(location): \(message)"
    }

    private static func reason(_ body: Data) -> String {
        String(decoding: body.prefix(500), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
