import Foundation
import Testing
@testable import Sync

/// The report's reading of timestamps: the day on the learner's calendar, from the offset the
/// device wrote, or from the office's zone for a `Z`.
@Suite struct MomentTests {
    static let jakarta = TimeZone(identifier: "Asia/Jakarta")!

    @Test(arguments: [
        ("2026-12-31T23:59:00.000+07:00", "2026-12-31", 1_798_736_340.0),
        ("2027-01-01T00:01:00+09:00", "2027-01-01", 1_798_729_260.0),
        ("2026-12-31T16:59:00.5Z", "2026-12-31", 1_798_736_340.5),
        ("2026-12-31T17:01:00Z", "2027-01-01", 1_798_736_460.0),
        ("2026-06-01T08:00:00-0330", "2026-06-01", 1_780_313_400.0),
    ])
    func aTimestampHasItsInstantAndTheLearnersDay(text: String, day: String, instant: Double) throws {
        let moment = try #require(Moment(text, fallback: Self.jakarta))
        #expect(moment.day == day)
        #expect(moment.year == Int(day.prefix(4)))
        #expect(moment.instant == instant)
        let foundation = try #require(try? Date.ISO8601FormatStyle(includingFractionalSeconds: text.contains(".")).parse(
            text.replacingOccurrences(of: "-0330", with: "-03:30")))
        #expect(abs(foundation.timeIntervalSince1970 - instant) < 0.001)
    }

    @Test(arguments: ["", "2026-12-31", "2026-12-31T23:59:00", "2026-13-01T00:00:00Z", "2026-12-31T23:59:00+7",
                      "2026-12-31T23:59:00.Z", "2026-12-31T23:59:00Zjunk", "2026/12/31T23:59:00Z", "２０２６-12-31T23:59:00Z"])
    func anythingElseIsNotATimestamp(text: String) {
        #expect(Moment(text, fallback: Self.jakarta) == nil)
    }

    @Test func daysCountFrom1970BothWays() {
        #expect(Moment.days(year: 1970, month: 1, day: 1) == 0)
        #expect(Moment.days(year: 2000, month: 3, day: 1) == 11_017)
        #expect(Moment.days(year: 1969, month: 12, day: 31) == -1)
        #expect(Moment("1969-12-31T23:00:00Z", fallback: TimeZone(identifier: "UTC")!)?.day == "1969-12-31")
    }
}
