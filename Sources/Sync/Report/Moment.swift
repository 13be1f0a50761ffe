import Domain
import FoundationEssentials

/// A statement's timestamp as the report needs it: the instant, to order statements, and the
/// learner's calendar day. belajar writes each timestamp with the device's UTC offset
/// (`2026-12-31T23:30:00.000+09:00`), so the day is the one written; a timestamp in `Z` (older
/// statements, other tools) is dated in the office's fallback time zone.
struct Moment: Comparable, Sendable {
    /// Seconds since 1970, UTC.
    var instant: Double
    /// The day on the learner's calendar.
    var date: Day

    /// `YYYY-MM-DD`.
    var day: String { date.text }
    var year: Int { Int(date.year) }

    static func < (left: Moment, right: Moment) -> Bool { left.instant < right.instant }
    static func == (left: Moment, right: Moment) -> Bool { left.instant == right.instant }

    /// `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM|±HHMM)`, the ISO 8601 profile xAPI asks for; nil
    /// for anything else. Hand-parsed: a million statements through Foundation's parser cost
    /// seconds.
    init?(_ text: String, fallback: TimeZone) {
        let bytes = Array(text.utf8)
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[start..<(start + count)] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard bytes.count >= 20, bytes[4] == 45, bytes[7] == 45, bytes[10] == 84 || bytes[10] == 116,
              bytes[13] == 58, bytes[16] == 58,
              let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
              let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        var index = 19
        var fraction = 0.0
        if bytes[index] == 46 {
            var scale = 0.1
            index += 1
            let digitsStart = index
            while index < bytes.count, (48...57).contains(bytes[index]) {
                fraction += Double(bytes[index] - 48) * scale
                scale /= 10
                index += 1
            }
            guard index > digitsStart else { return nil }
        }
        let local = Double(Self.days(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second)
            + fraction
        guard index < bytes.count else { return nil }
        if (bytes[index] == 90 || bytes[index] == 122), index + 1 == bytes.count {
            instant = local
            let offset = fallback.secondsFromGMT(for: Date(timeIntervalSince1970: local))
            date = Self.calendarDay(Int((local + Double(offset)).rounded(.down)))
            return
        }
        guard bytes[index] == 43 || bytes[index] == 45 else { return nil }
        let sign = bytes[index] == 43 ? 1 : -1
        let colon = bytes.count == index + 6 && bytes[index + 3] == 58
        guard colon || bytes.count == index + 5, let offsetHours = number(index + 1, 2),
              let offsetMinutes = number(index + (colon ? 4 : 3), 2), offsetHours <= 14, offsetMinutes < 60
        else { return nil }
        instant = local - Double(sign * (offsetHours * 3600 + offsetMinutes * 60))
        date = Day(year: year, month: month, day: day)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date of a count of seconds since 1970 (civil_from_days).
    private static func calendarDay(_ seconds: Int) -> Day {
        let total = (seconds >= 0 ? seconds : seconds - 86_399) / 86_400 + 719_468
        let era = (total >= 0 ? total : total - 146_096) / 146_097
        let dayOfEra = total - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return Day(year: year, month: month, day: day)
    }
}

/// A calendar day in four bytes: the report keeps two for each course of each learner, and a
/// string of ten characters would be sixteen.
struct Day: Sendable, Equatable {
    var year: Int16
    var month: UInt8
    var day: UInt8

    init(year: Int, month: Int, day: Int) {
        self.year = Int16(clamping: year)
        self.month = UInt8(month)
        self.day = UInt8(day)
    }

    var text: String { MachineFormat.day(year: Int(year), month: Int(month), day: Int(day)) }
}
