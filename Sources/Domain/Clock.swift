import FoundationEssentials

/// The moment and the place a person is in: what `update` and `view` read instead of the
/// system clock and time zone, so the same state always gives the same screen.
public struct Clock: Sendable, Hashable {
    public var now: Date
    public var timeZone: TimeZone

    public init(now: Date, timeZone: TimeZone) {
        self.now = now
        self.timeZone = timeZone
    }

    /// The device's clock and zone at this moment (`LocalTime`: the C library's, not ICU's).
    public static func system() -> Clock {
        let now = Date()
        return Clock(now: now, timeZone: LocalTime.currentZone(at: now))
    }

    /// Gregorian in the person's zone: the calendar of NIPs and of yearly JP.
    public var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    public var year: Int { calendar.component(.year, from: now) }
}
