import Foundation

/// Times as the store and xAPI write them (`MachineFormat.timestamp`): text sorts in time order,
/// and a statement's timestamp is the very string that was sent.
enum Timestamp {
    static func text(_ date: Date) -> String { MachineFormat.timestamp(date) }

    static func date(_ text: String) -> Date? { MachineFormat.date(fromTimestamp: text) }

    static func localDay(_ date: Date, timeZone: TimeZone) -> String { MachineFormat.day(date, timeZone: timeZone) }
}
