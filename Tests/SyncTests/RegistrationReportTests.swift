import Foundation
import ProgressStore
import Testing
import TestSupport
import XAPI
@testable import Sync

/// A learner added on a device reaches the office by their `registered` statement: named, with
/// agency and unit and 0 JP, though they never opened anything; a later change shows instead.
@Suite struct RegistrationReportTests {
    let home: TemporaryFolder
    let stick: TemporaryFolder

    init() throws {
        home = try TemporaryFolder()
        stick = try TemporaryFolder()
    }

    /// The built binary on a fresh device, as the trainer and the office run it.
    func belajar(_ arguments: String...) throws -> Execution {
        let run = try Execution(CommandTests.binary, arguments + ["--store", home.file("progress.sqlite")],
                                environment: ["BELAJAR_HOME": home.path, "LANG": "C"])
        #expect(run.status == 0, "\(arguments.first ?? ""): \(run.errors)")
        return run
    }

    /// The year on the device's calendar when the learner was added: the binary uses the real clock.
    func yearOfRegistration() throws -> String {
        let store = try ProgressStore(path: home.file("progress.sqlite"))
        return String(try #require(try store.allStatements(.all).last).timestamp.prefix(4))
    }

    @Test func aLearnerWhoDidNothingIsInTheReportWithAgencyAndUnit() throws {
        _ = try belajar("learner", "add", "199505052020122004", "--name", "Dewi Anggraini",
                        "--agency", "Pemprov Papua", "--unit", "BPSDM")
        let export = try belajar("export", "--out", stick.path, "--lang", "en")
        #expect(export.output.contains("1 record"), "\(export.output)")
        let year = try yearOfRegistration()
        let report = try belajar("report", "--bundles", stick.path, "--trust-on-first-use", "--format", "csv", "--year", year)
        #expect(report.output.contains("199505052020122004,Dewi Anggraini,Pemprov Papua,BPSDM,,,,,,0,,,0,20,\(year)"),
                "\(report.output)")
    }

    @Test func aChangedNameReachesTheOfficeWithoutAnyLearning() throws {
        _ = try belajar("learner", "add", "199505052020122004", "--name", "Dewi Anggraini", "--agency", "Pemprov Papua")
        _ = try belajar("export", "--out", stick.path)
        _ = try belajar("learner", "remove", "199505052020122004")
        _ = try belajar("learner", "add", "199505052020122004", "--name", "Dewi Anggraini S.Sos.",
                        "--agency", "Pemkab Merauke", "--unit", "BKPSDM")
        _ = try belajar("export", "--out", stick.path)
        let report = try belajar("report", "--bundles", stick.path, "--trust-on-first-use", "--format", "csv")
        #expect(report.output.contains("199505052020122004,Dewi Anggraini S.Sos.,Pemkab Merauke,BKPSDM,"), "\(report.output)")
        #expect(!report.output.contains("Pemprov Papua"))
    }

    /// `report --lrs` asks the LRS only for the verbs it reads: `registered` is one of them.
    @Test func anLRSReportListsARegisteredLearner() throws {
        let fixture = try StoreFixture()
        let dewi = try fixture.learner("199505052020122004", "Dewi Anggraini", agency: "Pemprov Papua", unit: "BPSDM")
        let lrs = LRSClient(endpoint: try Ralph.shared.get().tenant())
        try Pusher.push(store: fixture.store, lrs: lrs)
        let record = try #require(JPReport(try ReportSource.tally(lrs: lrs, year: 2026, fallback: StoreFixture.timeZone),
                                           year: 2026).learners.first)
        #expect(record.nip == dewi.nip.digits && record.name == "Dewi Anggraini")
        #expect(record.agency == "Pemprov Papua" && record.unit == "BPSDM")
        #expect(record.courses.isEmpty && record.totalJP == 0 && record.years.map(\.year) == [2026])
    }

    /// A registration names the learner but is no learning: no course, no start date, no JP.
    @Test func aRegistrationIsNotLearning() throws {
        let fixture = try StoreFixture()
        let ani = try fixture.learner("198609262015052001", "Ani Lestari")
        try fixture.study(ani, guideCourse)
        var tally = ReportTally(fallback: StoreFixture.timeZone)
        try fixture.outbox().forEach { tally.add(json: $0.json) }
        let record = try #require(JPReport(tally, year: 2026).learners.first)
        #expect(record.courses.count == 1 && record.totalJP == guideCourse.hours)
        #expect(tally.learners.first?.value.courses.count == 1)
    }
}
