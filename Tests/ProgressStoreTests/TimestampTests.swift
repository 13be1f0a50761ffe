import Foundation
import Testing
@testable import ProgressStore

/// A statement's timestamp is the device's wall clock with its UTC offset, the same instant as
/// the store's UTC text.
@Suite struct TimestampTests {
    static let instant = ISO8601DateFormatter().date(from: "2026-12-31T16:59:00Z")!.addingTimeInterval(0.25)

    @Test(arguments: [("Asia/Jakarta", "2026-12-31T23:59:00.250+07:00"), ("Asia/Makassar", "2027-01-01T00:59:00.250+08:00"),
                      ("Asia/Jayapura", "2027-01-01T01:59:00.250+09:00"), ("UTC", "2026-12-31T16:59:00.250+00:00"),
                      ("America/St_Johns", "2026-12-31T13:29:00.250-03:30"), ("Asia/Kolkata", "2026-12-31T22:29:00.250+05:30")])
    func theOffsetIsTheDevicesAtThatMoment(zone: String, expected: String) throws {
        let text = Timestamp.statementText(Self.instant, timeZone: try #require(TimeZone(identifier: zone)))
        #expect(text == expected)
        let parsed = try #require(try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text))
        #expect(abs(parsed.timeIntervalSince(Self.instant)) < 0.001)
    }
}
