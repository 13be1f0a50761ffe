import Foundation

/// How long a push keeps trying through network errors and 5xx answers before it gives up and
/// leaves the rest for the next run. The defaults ride out an LRS restart of about half a minute.
public struct RetryPolicy: Sendable, Equatable {
    public var attempts: Int
    public var firstDelay: TimeInterval
    public var maximumDelay: TimeInterval

    public init(attempts: Int = 7, firstDelay: TimeInterval = 0.5, maximumDelay: TimeInterval = 10) {
        self.attempts = max(1, attempts)
        self.firstDelay = firstDelay
        self.maximumDelay = maximumDelay
    }

    /// Seconds to wait after failed attempt `attempt` (1-based): doubling, capped.
    func delay(after attempt: Int) -> TimeInterval {
        min(maximumDelay, firstDelay * pow(2, Double(attempt - 1)))
    }
}
