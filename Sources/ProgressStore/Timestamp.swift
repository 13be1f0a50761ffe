import Foundation

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
        return local + (offset < 0 ? "-" : "+") + String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }

    static func date(_ text: String) -> Date? { MachineFormat.date(fromTimestamp: text) }

    static func localDay(_ date: Date, timeZone: TimeZone) -> String { MachineFormat.day(date, timeZone: timeZone) }
}
