import FoundationEssentials
import Localization

/// The formats programs read: the same in every language and time zone. What a person reads
/// is written by `Readable` (in Localization); a CSV cell by `CSV` (in Canvas, as it sanitizes).
public enum MachineFormat {
    /// Numbers as numbers: `2`, not `2.0`; `1.5` stays `1.5`.
    public static func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// JSON for scripts and central systems: keys sorted, indented, slashes as written.
    public static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// UTC with milliseconds, `2026-11-29T08:40:00.123Z`: text sorts in time order.
    public static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    /// A timestamp with or without its fraction of a second.
    public static func date(fromTimestamp text: String) -> Date? {
        (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text))
            ?? (try? Date.ISO8601FormatStyle().parse(text))
    }

    /// The calendar day in `timeZone`, `2026-12-01`: a course finished on the evening of
    /// 31 December in Jayapura counts for that year.
    public static func day(_ date: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return day(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0)
    }

    /// `2026-12-01`.
    public static func day(year: Int, month: Int, day: Int) -> String {
        Readable.padded(year, digits: 4) + "-" + Readable.padded(month, digits: 2) + "-" + Readable.padded(day, digits: 2)
    }
}
