import Foundation
import Localization
import ProgressStore
import Testing
@testable import Sync

/// A scripted set of learners: the JP report, made from statements alone, must say what the
/// store says, whether the statements came through an LRS or on USB sticks.
@Suite struct ReportTests {
    let fixture: StoreFixture
    let learners: [Learner]

    init() throws {
        fixture = try StoreFixture()
        let ani = try fixture.learner("198609262015052001", "Ani Lestari")
        let budi = try fixture.learner("199001152014031002", "Budi, S.Kom.", agency: "Pemkab Merauke", unit: "BKPSDM")
        let citra = try fixture.learner("199203032019032003", "Citra Dewi", agency: nil, unit: nil)
        fixture.clock.set(ISO8601DateFormatter().date(from: "2025-06-02T01:00:00Z")!)
        try fixture.study(budi, sampleCourse)
        fixture.clock.set(ISO8601DateFormatter().date(from: "2026-03-10T01:00:00Z")!)
        try fixture.study(ani, sampleCourse)
        try fixture.study(ani, guideCourse)
        try fixture.study(budi, guideCourse)
        try fixture.study(citra, sampleCourse, right: false)
        learners = [ani, budi, citra]
    }

    func fromBundles() throws -> ReportTally {
        let stick = try TemporaryFolder()
        _ = try Exporter.export(store: fixture.store, to: stick.path)
        let found = try ReportSource.tally(bundlesIn: stick.path, trust: .firstUse, fallback: StoreFixture.timeZone)
        #expect(found.refused.isEmpty)
        #expect(found.tally.skipped == 0)
        return found.tally
    }

    func fromLRS(year: Int?) throws -> ReportTally {
        let lrs = LRSClient(endpoint: try Ralph.shared.get().tenant())
        try Pusher.push(store: fixture.store, lrs: lrs)
        return try ReportSource.tally(lrs: lrs, year: year, fallback: StoreFixture.timeZone)
    }

    @Test(arguments: [2025, 2026])
    func theReportSaysWhatTheStoreHolds(year: Int) throws {
        let report = JPReport(try fromBundles(), year: year, targetJP: 20)
        #expect(report.learners.map(\.nip) == learners.map(\.nip.digits).sorted())
        for learner in learners {
            let record = try #require(report.learners.first { $0.nip == learner.nip.digits })
            let stored = try fixture.store.yearlyHours(of: learner.nip, year: year)
            #expect(record.totalJP == stored.earned, "\(learner.name) \(year)")
            #expect(record.courses.map(\.endDate).sorted() == stored.completions.map(\.completedOn).sorted())
            #expect(record.courses.map { $0.courseID.components(separatedBy: "/").last ?? "" }.sorted()
                    == stored.completions.map(\.courseId).sorted())
            #expect(record.name == learner.name)
            #expect(record.agency == learner.agency && record.unit == learner.unit)
        }
    }

    @Test func anLRSAndTheBundlesGiveTheSameReport() throws {
        let viaLRS = JPReport(try fromLRS(year: 2026), year: 2026)
        let viaBundles = JPReport(try fromBundles(), year: 2026)
        #expect(viaLRS == viaBundles)
        #expect(viaLRS.learners.flatMap(\.courses).count == 3)
    }

    @Test func aCompletedCourseHasItsRecordFilledIn() throws {
        let report = JPReport(try fromBundles(), year: 2026)
        let ani = try #require(report.learners.first { $0.name == "Ani Lestari" })
        let course = try #require(ani.courses.first { $0.courseID.hasSuffix("/pengembangan-kualitas-asn") })
        #expect(course.name == sampleCourse.title)
        #expect(course.type == JPReport.elearning)
        #expect(course.startDate == "2026-03-10")
        #expect(course.jp == sampleCourse.hours)
        #expect((course.score ?? 0) >= sampleCourse.completion.passMark)
        #expect(course.certificate.wholeMatch(of: /BLJ-2026-[0-9A-F]{8}/) != nil)
        #expect(ani.totalJP == 3)
        #expect(!ani.targetMet)
    }

    @Test func theCSVHasTheNationalColumnsAndNumbersAsNumbers() throws {
        let report = JPReport(try fromBundles(), year: 2026, targetJP: 20)
        let rows = report.rendered(as: .csv, language: .indonesian).split(separator: "\n").map(String.init)
        #expect(rows.first == JPReport.csvColumns.joined(separator: ","))
        #expect(rows.count == 1 + 2 + 1 + 1, "Ani's two courses, Budi's one, Citra's empty row")
        let budi = try #require(rows.first { $0.hasPrefix("199001152014031002,") })
        #expect(budi.hasPrefix("199001152014031002,\"Budi, S.Kom.\",Pemkab Merauke,BKPSDM,Panduan Singkat Menulis Kursus,E-Learning,,2026-03-10,2026-03-10,1,"))
        #expect(budi.hasSuffix(",1,20,2026"))
        let citra = try #require(rows.first { $0.hasPrefix("199203032019032003,") })
        #expect(citra == "199203032019032003,Citra Dewi,,,,,,,,0,,,0,20,2026")
    }

    @Test func theJSONReadsBackAsTheReport() throws {
        let report = JPReport(try fromBundles(), year: nil)
        let text = report.rendered(as: .json, language: .english)
        #expect(try JSONDecoder().decode(JPReport.self, from: Data(text.utf8)) == report)
        let budi = try #require(report.learners.first { $0.name.hasPrefix("Budi") })
        #expect(budi.totalJP == 3)
        #expect(budi.years.map(\.year) == [2025, 2026] && budi.years.map(\.totalJP) == [2, 1])
    }

    @Test func theTableSpeaksTheUsersLanguage() throws {
        let report = JPReport(try fromBundles(), year: 2026)
        let indonesian = report.rendered(as: .table, language: .indonesian)
        let english = report.rendered(as: .table, language: .english)
        #expect(indonesian.contains("Jumlah 3 JP dari target 20 JP: kurang 17 JP"))
        #expect(english.contains("Total 3 JP of the 20 JP target: 17 JP short"))
    }

    /// `belajar report` writes one learner at a time as it goes; the text is the report's.
    @Test(arguments: [2026, nil] as [Int?])
    func whatIsWrittenAsItGoesIsTheReport(year: Int?) throws {
        let tally = try fromBundles()
        for format in ReportFormat.allCases {
            var written: [String] = []
            JPReport.write(tally, year: year, targetJP: 20, as: format, language: .indonesian) { written.append($0) }
            #expect(written.joined() == JPReport(tally, year: year).rendered(as: format, language: .indonesian), "\(format)")
            #expect(format == .json || written.count > learners.count, "\(format) is written line by line")
        }
        var empty = ""
        JPReport.write(ReportTally(), year: 2026, as: .table, language: .english) { empty += $0 }
        #expect(empty == JPReport(ReportTally(), year: 2026).rendered(as: .table, language: .english))
        #expect(empty.hasSuffix("\n") && empty.split(separator: "\n").count == 2)
    }

    /// What learners share is kept once: one more learner in the same courses and place adds
    /// only their name to the tally's strings, whether the statements are read in one piece or
    /// from two bundles, each read with its own strings first.
    @Test func learnersShareTheirCoursesAndPlaceInTheTally() throws {
        let stick = try TemporaryFolder()
        _ = try Exporter.export(store: fixture.store, to: stick.file("1.bundle"))
        let dedi = try fixture.learner("199404042020121005", "Dedi Saputra", agency: "Pemkab Merauke", unit: "BKPSDM")
        try fixture.study(dedi, sampleCourse)
        try fixture.study(dedi, guideCourse)
        _ = try Exporter.export(store: fixture.store, to: stick.file("2.bundle"))
        func tally(_ statements: [OutboxStatement]) -> ReportTally {
            var tally = ReportTally(fallback: StoreFixture.timeZone)
            statements.forEach { tally.add(json: $0.json) }
            return tally
        }
        let all = try fixture.outbox()
        let others = tally(all.filter { $0.learnerNIP != dedi.nip.digits }).strings.strings.count
        let whole = tally(all)
        let merged = try ReportSource.tally(bundlesIn: stick.path, trust: .firstUse, fallback: StoreFixture.timeZone).tally
        #expect(whole.strings.strings.count == others + 1 && merged.strings.strings.count == others + 1)
        #expect(JPReport(merged, year: nil) == JPReport(whole, year: nil))
        let record = try #require(JPReport(merged, year: 2026).learners.first { $0.name == "Dedi Saputra" })
        #expect(record.agency == "Pemkab Merauke" && record.unit == "BKPSDM" && record.courses.count == 2)
        #expect(record.courses.allSatisfy { $0.score != nil && $0.certificate.hasPrefix("BLJ-2026-") })
    }
}
