import Domain
import Foundation
import Localization
import Testing

/// What people read, in their language and zone; what programs read, the same everywhere.
@Suite struct FormatTests {
    let jakarta = TimeZone(identifier: "Asia/Jakarta")!
    let jayapura = TimeZone(identifier: "Asia/Jayapura")!
    /// 2026-11-30T22:35:00Z: 1 December in Jakarta (UTC+7) and Jayapura (UTC+9).
    let moment = Date(timeIntervalSince1970: 1_796_078_100)

    @Test func datesAndTimesInTheLearnersWordsAndZone() {
        #expect(Readable.dateTime(moment, .indonesian, timeZone: jakarta) == "1 Desember 2026, 05.35")
        #expect(Readable.dateTime(moment, .english, timeZone: jayapura) == "1 December 2026, 07:35")
        #expect(Readable.date(moment, .indonesian, timeZone: TimeZone(identifier: "UTC")!) == "30 November 2026")
    }

    @Test func hoursAndNumbersOneWayEverywhere() {
        #expect(Readable.hours(2, .indonesian) == "2 JP")
        #expect(Readable.hours(1.5, .indonesian) == "1,5 JP")
        #expect(Readable.number(0.125, .english) == "0.13")
        #expect(Readable.number(66.666, .indonesian) == "66,67")
        #expect(Readable.percent(49.6) == "50%")
    }

    @Test func fileSizesInTheLargestUnitThatFits() {
        #expect(Readable.fileSize(512, .indonesian) == "512 B")
        #expect(Readable.fileSize(1_536, .indonesian) == "1,5 KB")
        #expect(Readable.fileSize(36_490_000, .english) == "34.8 MB")
    }

    @Test func machineFormatsIgnoreLanguageAndZone() throws {
        #expect(MachineFormat.timestamp(moment) == "2026-11-30T22:35:00.000Z")
        #expect(MachineFormat.date(fromTimestamp: "2026-11-30T22:35:00Z") == moment)
        #expect(MachineFormat.day(moment, timeZone: jayapura) == "2026-12-01")
        #expect(MachineFormat.number(1.5) == "1.5")
        #expect(MachineFormat.number(2) == "2")
        #expect(try MachineFormat.json(["b": 1, "a": 2]) == "{\n  \"a\" : 2,\n  \"b\" : 1\n}")
    }
}
