import FoundationEssentials

/// Times as the store and xAPI write them (`MachineFormat.timestamp`): text sorts in time order,
/// and a statement's timestamp is the very string that was sent.
enum Timestamp {
    static func text(_ date: Date) -> String { MachineFormat.timestamp(date) }

    /// A statement's timestamp: the device's local time with its UTC offset,
    /// `2026-12-31T23:30:00.000+09:00`, so the office dates each event on the learner's calendar
    /// (docs/statements.md). The store's own columns stay in UTC, where text sorts in time order.
    static func statementText(_ date: Date, timeZone: TimeZone) -> String {
        let offset = timeZone.secondsFromGMT(for: date)
        let minutes = abs(offset) / 60
        let local = text(date.addingTimeInterval(TimeInterval(offset))).dropLast()
        return local + (offset < 0 ? "-" : "+") + zeroPadded(minutes / 60, 2) + ":" + zeroPadded(minutes % 60, 2)
    }

    static func date(_ text: String) -> Date? { MachineFormat.date(fromTimestamp: text) }

    /// `n` (not negative) with leading zeros to `width` digits, as `%0Nd` writes it
    /// (`String(format:)` is Foundation's).
    static func zeroPadded(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    static func localDay(_ date: Date, timeZone: TimeZone) -> String { MachineFormat.day(date, timeZone: timeZone) }
}
