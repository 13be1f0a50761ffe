import Canvas
import Foundation
import ProgressStore
import Testing
@testable import Sync

/// The office's side at the edges issue 15 names: learners with nothing completed, foreign
/// statements in the LRS, the learner's own calendar, hostile names, and who is trusted.
@Suite struct OfficeTests {
    static func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    /// A learner who only opened a module is in the report with their agency and unit.
    @Test func aLearnerWithNoCompletionHasAgencyAndUnit() throws {
        let fixture = try StoreFixture()
        let dewi = try fixture.learner("199505052020122004", "Dewi Anggraini", agency: "Pemprov Papua", unit: "BPSDM")
        _ = try fixture.store.recorder(for: dewi.nip, in: sampleCourse).open(module: sampleCourse.modules[0].id)
        let stick = try TemporaryFolder()
        _ = try Exporter.export(store: fixture.store, to: stick.path)
        let found = try ReportSource.tally(bundlesIn: stick.path, trust: .firstUse, fallback: .current)
        let record = try #require(JPReport(found.tally, year: 2026).learners.first)
        #expect(record.courses.isEmpty)
        #expect(record.name == "Dewi Anggraini" && record.agency == "Pemprov Papua" && record.unit == "BPSDM")
        let csv = JPReport(found.tally, year: 2026).rendered(as: .csv, language: .indonesian)
        #expect(csv.contains("199505052020122004,Dewi Anggraini,Pemprov Papua,BPSDM,,,,,,0,,,0,20,2026"))
    }

    /// Statements other tools keep in the same LRS (an account that is no NIP, an mbox actor, a
    /// group) are skipped and counted, never fatal.
    @Test func aReportOverAnLRSWithForeignStatements() throws {
        let fixture = try StoreFixture()
        try fixture.study(try fixture.learner("198609262015052001", "Ani Lestari"), guideCourse)
        let lrs = LRSClient(endpoint: try Ralph.shared.get().tenant())
        try Pusher.push(store: fixture.store, lrs: lrs)
        // Valid xAPI that Ralph stores: another system's account, an mbox actor, a group.
        let foreign = [
            #"{"id":"%@","actor":{"objectType":"Agent","account":{"homePage":"https://moodle.example.org","name":"admin"}},"verb":{"id":"http://adlnet.gov/expapi/verbs/experienced"},"object":{"objectType":"Activity","id":"https://moodle.example.org/course/7"},"timestamp":"2026-09-21T10:00:00+07:00"}"#,
            #"{"id":"%@","actor":{"objectType":"Agent","mbox":"mailto:someone@example.org"},"verb":{"id":"http://adlnet.gov/expapi/verbs/completed"},"object":{"objectType":"Activity","id":"https://moodle.example.org/course/7","definition":{"type":"http://adlnet.gov/expapi/activities/course"}},"timestamp":"2026-09-21T10:00:00Z"}"#,
            #"{"id":"%@","actor":{"objectType":"Group","name":"Tim","member":[{"objectType":"Agent","mbox":"mailto:a@example.org"}]},"verb":{"id":"http://adlnet.gov/expapi/verbs/passed"},"object":{"objectType":"Activity","id":"https://moodle.example.org/quiz/1"},"timestamp":"2026-09-21T10:00:00Z"}"#,
        ].map { template -> BundledStatement in
            let id = UUID().uuidString.lowercased()
            return BundledStatement(id: id, json: Data(template.replacingOccurrences(of: "%@", with: id).utf8))
        }
        try lrs.post(foreign)
        let tally = try ReportSource.tally(lrs: lrs, year: 2026, fallback: StoreFixture.timeZone)
        #expect(tally.skipped == 3)
        let report = JPReport(tally, year: 2026)
        #expect(report.learners.map(\.nip) == ["198609262015052001"])
        #expect(report.learners.first?.totalJP == guideCourse.hours)
    }

    /// An Agent as object, which Ralph's own model refuses but xAPI allows: one such statement
    /// in a page leaves the rest of the page read.
    @Test func anAgentAsObjectIsSkippedNotFatal() throws {
        let page = Data(#"[{"id":"a","actor":{"account":{"homePage":"h","name":"198609262015052001"}},"verb":{"id":"v"},"object":{"objectType":"Agent","mbox":"mailto:x@example.org"},"timestamp":"2026-01-01T00:00:00Z"},{"id":"b","actor":{"account":{"homePage":"h","name":"198609262015052001"},"name":"Ani"},"verb":{"id":"v"},"object":{"id":"https://x.example/a"},"timestamp":"2026-01-01T00:00:00+07:00"}]"#.utf8)
        var tally = ReportTally(fallback: .current)
        try JSONDecoder().decode([Lenient<RecordedStatement>].self, from: page).forEach { tally.add($0.value) }
        #expect(tally.skipped == 1)
        #expect(JPReport(tally, year: 2026).learners.map(\.name) == ["Ani"])
    }

    /// 23:59 on 31 December and 00:01 on 1 January, in Jakarta (UTC+7) and in Jayapura (UTC+9):
    /// each completion counts in the year on the learner's own calendar, whatever zone the
    /// office is in.
    @Test(arguments: [("Asia/Jakarta", "2026-12-31T16:59:00Z", "2026-12-31T17:01:00Z"),
                      ("Asia/Jayapura", "2026-12-31T14:59:00Z", "2026-12-31T15:01:00Z")])
    func completionsAroundMidnightCountOnTheLearnersCalendar(zone: String, before: String, after: String) throws {
        let fixture = try StoreFixture(timeZone: TimeZone(identifier: zone)!)
        let ani = try fixture.learner("198609262015052001", "Ani Lestari")
        let budi = try fixture.learner("199001152014031002", "Budi Santoso")
        fixture.clock.set(Self.date(before).addingTimeInterval(-1200))
        try fixture.study(ani, guideCourse)
        #expect(fixture.clock.value <= Self.date(before))
        fixture.clock.set(Self.date(after).addingTimeInterval(-1))
        try fixture.study(budi, guideCourse)
        let stick = try TemporaryFolder()
        _ = try Exporter.export(store: fixture.store, to: stick.path)
        let tally = try ReportSource.tally(bundlesIn: stick.path, trust: .firstUse, fallback: TimeZone(identifier: "UTC")!).tally
        let all = JPReport(tally, year: nil)
        let aniRecord = try #require(all.learners.first { $0.nip == ani.nip.digits })
        let budiRecord = try #require(all.learners.first { $0.nip == budi.nip.digits })
        #expect(aniRecord.courses.map(\.endDate) == ["2026-12-31"])
        #expect(budiRecord.courses.map(\.endDate) == ["2027-01-01"])
        #expect(JPReport(tally, year: 2026).learners.first { $0.nip == ani.nip.digits }?.totalJP == guideCourse.hours)
        #expect(JPReport(tally, year: 2027).learners.first { $0.nip == budi.nip.digits }?.totalJP == guideCourse.hours)
        #expect(JPReport(tally, year: 2026).learners.first { $0.nip == budi.nip.digits }?.totalJP == 0)
        let table = all.rendered(as: .table, language: .indonesian)
        #expect(table.contains("2027: Jumlah 1 JP dari target 20 JP: kurang 19 JP"), "a report over years says each year")
    }

    /// A learner's latest name, agency and unit win, whichever bundle carried them first.
    @Test func theLatestNameAndPlaceAreShown() throws {
        let fixture = try StoreFixture()
        var ani = try fixture.learner("198609262015052001", "Ani Lestari", agency: "BKN", unit: "Kanreg XIV")
        try fixture.study(ani, guideCourse)
        let stick = try TemporaryFolder()
        _ = try Exporter.export(store: fixture.store, to: stick.file("2.bundle"))
        try fixture.store.removeLearner(ani.nip)
        ani = Learner(nip: ani.nip, name: "Ani Lestari, S.E.", agency: "Pemkot Jayapura", unit: "BKPSDM")
        try fixture.store.addLearner(ani)
        fixture.clock.set(fixture.clock.value + 86_400)
        _ = try fixture.store.recorder(for: ani.nip, in: sampleCourse).open(module: sampleCourse.modules[0].id)
        _ = try Exporter.export(store: fixture.store, to: stick.file("1.bundle"))
        let record = try #require(JPReport(try ReportSource.tally(bundlesIn: stick.path, trust: .firstUse,
                                                                  fallback: .current).tally, year: 2026).learners.first)
        #expect(record.name == "Ani Lestari, S.E." && record.agency == "Pemkot Jayapura" && record.unit == "BKPSDM")
    }

    /// An escape sequence in a name never reaches the terminal, and a formula never reaches a
    /// spreadsheet as one.
    @Test func hostileNamesAreNeutralisedInTheTableAndTheCSV() throws {
        let fixture = try StoreFixture()
        let learner = try fixture.learner("198609262015052001", "Ani\u{1B}]0;T\u{07}\u{202E}", agency: "=HYPERLINK(\"http://x\")",
                                          unit: "@SUM(1)")
        try fixture.study(learner, guideCourse)
        let stick = try TemporaryFolder()
        _ = try Exporter.export(store: fixture.store, to: stick.path)
        let report = JPReport(try ReportSource.tally(bundlesIn: stick.path, trust: .firstUse, fallback: .current).tally,
                              year: 2026)
        let table = report.rendered(as: .table, language: .english)
        #expect(!table.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(table.contains("Ani\u{FFFD}"))
        let csv = report.rendered(as: .csv, language: .english)
        #expect(!csv.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(csv.contains(#","'=HYPERLINK(""http://x"")","'@SUM(1)","#))
        let cell = { CSV.cell(Sanitizer.cleanLine($0)) }
        #expect(cell("-1+2") == "\"'-1+2\"" && cell("+62") == "\"'+62\"" && cell("\tx") == " x")
        #expect(cell("Budi, S.Kom.") == "\"Budi, S.Kom.\"" && cell("BKN") == "BKN")
    }

    /// Without a trust file or trust on first use, `report --bundles` and `import` refuse to
    /// start; a device the trust file does not name is refused, and so is one whose key changed
    /// within a folder read on first use.
    @Test func unknownKeysAreRefused() throws {
        let fixture = try StoreFixture()
        try fixture.study(try fixture.learner("198609262015052001", "Ani Lestari"), guideCourse)
        let stick = try TemporaryFolder()
        let bundle = try #require(try Exporter.export(store: fixture.store, to: stick.file("a.bundle")))
        let trusted = TrustPolicy(keys: TrustedKeys(keys: ["another-device": bundle.manifest.publicKey]), firstUse: false)
        let found = try ReportSource.tally(bundlesIn: stick.path, trust: trusted, fallback: .current)
        #expect(found.refused == [.bundle(path: stick.file("a.bundle"), .unknownDevice(deviceID: bundle.manifest.deviceID))])
        #expect(found.tally.learners.isEmpty)
        let listed = TrustPolicy(keys: TrustedKeys(keys: [bundle.manifest.deviceID: bundle.manifest.publicKey]), firstUse: false)
        #expect(try ReportSource.tally(bundlesIn: stick.path, trust: listed, fallback: .current).refused.isEmpty)

        let impostor = try StoreFixture()
        let forged = try DeviceIdentity.loadOrCreate(in: impostor.folder.path) { bundle.manifest.deviceID }
        try impostor.study(try impostor.learner("199001152014031002", "Budi Santoso"), guideCourse)
        _ = try BundleWriter.write(try impostor.outbox().map { BundledStatement(id: $0.id.uuidString.lowercased(), json: $0.json) }, identity: forged,
                                   sequence: 2, created: "2026-09-21T00:00:00.000Z", to: stick.file("b.bundle"))
        let firstUse = try ReportSource.tally(bundlesIn: stick.path, trust: .firstUse, fallback: .current)
        #expect(firstUse.refused == [.bundle(path: stick.file("b.bundle"), .keyMismatch(deviceID: bundle.manifest.deviceID))])
    }

    /// A re-signed bundle numbered -1 or 0 is refused by the ledger before anything is forwarded.
    @Test(arguments: [-1, 0])
    func aBundleNumberBelowOneIsRefused(sequence: Int) throws {
        let bundles = try BundleFixture()
        let bundle = try BundleReader.read(path: try bundles.write(sequence: sequence))
        #expect(throws: BundleProblem.sequenceInvalid(sequence)) { try ImportLedger().check(bundle.header) }
    }

    /// What `report --lrs --year 2026 --stored-until …` asks: one verb, a page size, `since` the
    /// year before in the earliest zone, `until`; a `+` of an offset is sent as `%2B`, not as a space.
    @Test func theLRSIsAskedOnlyForWhatTheReportUses() throws {
        let query = ReportSource.query(verb: JPReport.completed, year: 2026, storedUntil: "2027-01-31T23:59:59.999-12:00")
        #expect(query.map(\.name) == ["verb", "limit", "since", "until"])
        #expect(query.map(\.value) == [JPReport.completed, "1000", "2025-01-01T00:00:00+14:00", "2027-01-31T23:59:59.999-12:00"])
        let url = try #require(LRSClient.url(URL(string: "http://lrs.example/xAPI/statements")!, query))
        #expect(url.absoluteString == "http://lrs.example/xAPI/statements?verb=http%3A%2F%2Fadlnet.gov%2Fexpapi%2Fverbs%2Fcompleted"
                + "&limit=1000&since=2025-01-01T00%3A00%3A00%2B14%3A00&until=2027-01-31T23%3A59%3A59.999-12%3A00")
        #expect(ReportSource.query(verb: JPReport.passed, year: nil, storedUntil: nil).map(\.name) == ["verb", "limit"])
    }
}
