import Foundation

/// Times as the store and xAPI write them: UTC, milliseconds, `2026-11-29T08:40:00.123Z`.
/// Text sorts in time order, and a statement's timestamp is the very string that was sent.
enum Timestamp {
    static func text(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
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
