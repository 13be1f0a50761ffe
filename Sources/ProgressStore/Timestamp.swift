import Foundation

/// Times as the store and xAPI write them: UTC, milliseconds, `2026-11-29T08:40:00.123Z`.
/// Text sorts in time order, and a statement's timestamp is the very string that was sent.
enum Timestamp {
    static func text(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    /// A statement's timestamp: the device's local time with its UTC offset,
    /// `2026-12-31T23:30:00.000+09:00`, so the office dates each event on the learner's calendar
    /// (docs/statements.md). The store's own columns stay in UTC, where text sorts in time order.
    static func statementText(_ date: Date, timeZone: TimeZone) -> String {
        let offset = timeZone.secondsFromGMT(for: date)
        let minutes = abs(offset) / 60
        let local = text(date.addingTimeInterval(TimeInterval(offset))).dropLast()
        return local + (offset < 0 ? "-" : "+") + String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }

    static func date(_ text: String) -> Date? {
        try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text)
    }

    /// The learner's calendar day, in the device's time zone: a course finished on the evening
    /// of 31 December in Jayapura counts for that year.
    static func localDay(_ date: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
