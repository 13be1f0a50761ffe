import FoundationEssentials
import Glibc

/// How long a push keeps trying through network errors, timeouts and 5xx answers before it gives
/// up and leaves the rest for the next run. The defaults ride out an LRS restart of about half a
/// minute; no new attempt starts once `deadline` seconds have passed since the first began, so
/// a server that never answers costs at most `deadline` plus one request (`RequestLimits`).
public struct RetryPolicy: Sendable, Equatable {
    public var attempts: Int
    public var firstDelay: TimeInterval
    public var maximumDelay: TimeInterval
    public var deadline: TimeInterval

    public init(attempts: Int = 7, firstDelay: TimeInterval = 0.5, maximumDelay: TimeInterval = 10,
                deadline: TimeInterval = 30) {
        self.attempts = max(1, attempts)
        self.firstDelay = firstDelay
        self.maximumDelay = maximumDelay
        self.deadline = deadline
    }

    /// For a learner waiting at the progress screen: three tries within about two seconds and
    /// none started after 20 s, then the records wait for the next push. The default rides out
    /// an LRS restart, but would hold the screen for a minute when the office network is down.
    public static let interactive = RetryPolicy(attempts: 3, firstDelay: 0.5, maximumDelay: 2, deadline: 20)

    /// Seconds of waiting between the attempts, all told.
    public var totalDelay: TimeInterval { (1..<attempts).reduce(0) { $0 + delay(after: $1) } }

    /// The longest a request can keep a push waiting, all its attempts told: the last attempt
    /// starts before the deadline (or after every pause) and lasts at most `limits.total`.
    public func longestWait(_ limits: RequestLimits) -> TimeInterval {
        min(Double(attempts * limits.total) + totalDelay, deadline + Double(limits.total))
    }

    /// Seconds to wait after failed attempt `attempt` (1-based): doubling, capped.
    func delay(after attempt: Int) -> TimeInterval {
        min(maximumDelay, firstDelay * pow(2, Double(attempt - 1)))
    }
}
