import Domain
import Foundation
import Testing

/// Zones through the C library and tzdata's files give the offsets ICU gives.
@Suite struct LocalTimeTests {
    static let instants = [Date(timeIntervalSince1970: 1_796_078_100), Date(timeIntervalSince1970: 1_782_000_000),
                           Date(timeIntervalSince1970: 0)]

    @Test(arguments: ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "UTC", "Asia/Kolkata", "America/St_Johns",
                      "Europe/Berlin", "Australia/Sydney"])
    func aNamedZoneHasICUsOffsetAtEachMoment(_ name: String) throws {
        let icu = try #require(TimeZone(identifier: name))
        for instant in Self.instants {
            let zone = try LocalTime.zone(named: name, at: instant).get()
            #expect(zone.secondsFromGMT(for: instant) == icu.secondsFromGMT(for: instant), "\(name) at \(instant)")
        }
    }

    @Test(arguments: ["Asia/Jakartaa", "../../etc/passwd", "/etc/localtime", "", "Asia/", "Mars/Olympus"])
    func aNameThatIsNoZoneIsUnknown(_ name: String) {
        #expect(LocalTime.zone(named: name) == .failure(.unknown))
    }

    @Test func fixedOffsetsNeedNoZoneFiles() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("belajar-zones-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let environment = ["TZDIR": empty.path]
        #expect(LocalTime.zone(named: "Asia/Jakarta", environment: environment) == .failure(.noZoneData(folder: empty.path)))
        #expect(try LocalTime.zone(named: "GMT+0700", environment: environment).get().secondsFromGMT() == 7 * 3600)
    }

    @Test func theDeviceZoneIsTheCLibrarys() {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        let instant = Date(timeIntervalSince1970: TimeInterval(now))
        #expect(LocalTime.currentZone(at: instant).secondsFromGMT(for: instant) == parts.tm_gmtoff)
    }
}
