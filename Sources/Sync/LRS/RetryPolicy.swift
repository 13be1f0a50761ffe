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

    /// For a learner waiting at the progress screen: three tries within about two seconds, then
    /// the records wait for the next push. The default rides out an LRS restart, but would hold
    /// the screen for half a minute when the office network is simply down.
    public static let interactive = RetryPolicy(attempts: 3, firstDelay: 0.5, maximumDelay: 2)

    /// Seconds of waiting between the attempts, all told.
    public var totalDelay: TimeInterval { (1..<attempts).reduce(0) { $0 + delay(after: $1) } }

    /// Seconds to wait after failed attempt `attempt` (1-based): doubling, capped.
    func delay(after attempt: Int) -> TimeInterval {
        min(maximumDelay, firstDelay * pow(2, Double(attempt - 1)))
    }
}
