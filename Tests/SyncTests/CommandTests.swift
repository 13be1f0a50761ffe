import Foundation
import Testing
@testable import Sync

/// The built `belajar` binary, as a person or a cron job at the office runs it.
@Suite struct CommandTests {
    let fixture: StoreFixture
    static let binary = Ralph.root.appendingPathComponent(".build/debug/belajar").path

    init() throws {
        fixture = try StoreFixture()
        try fixture.study(try fixture.learner("198609262015052001", "Ani Lestari"), guideCourse)
    }

    func belajar(_ arguments: String..., environment: [String: String] = [:]) throws -> Execution {
        try Execution(Self.binary, arguments + ["--store", fixture.store.path],
                      environment: environment.merging(["BELAJAR_HOME": fixture.folder.path, "LANG": "C"]) { $1 })
    }

    @Test func pushingToAnUnreachableLRSSaysSoAndFails() throws {
        let run = try belajar("push", "--lrs", "http://127.0.0.1:9", "--user", "kantor", "--password", "rahasia-sekali")
        #expect(run.status == 1)
        #expect(run.errors.contains("LRS http://127.0.0.1:9/xAPI/statements tidak bisa dihubungi"))
        #expect(!(run.output + run.errors).contains("rahasia-sekali"))
        #expect(try fixture.outbox(.notSent).count == fixture.outbox().count)
    }

    /// libcurl is loaded by the first push, not linked: a machine without it still runs belajar,
    /// and its push says what is missing and what still works. `BELAJAR_LIBCURL` points the
    /// binary at a library file that is not there.
    @Test func withoutLibcurlAPushSaysSoAndNothingIsLost() throws {
        let lrs = try Ralph.shared.get().tenant()
        let missing = fixture.folder.file("no-such-libcurl.so.4")
        let run = try belajar("push", "--lrs", lrs.display, "--user", lrs.user, "--password", lrs.password,
                              environment: ["BELAJAR_LIBCURL": missing])
        #expect(run.status == 1)
        #expect(run.errors.contains("LRS \(lrs.display) tidak bisa dihubungi karena libcurl"))
        #expect(run.errors.contains(missing))
        #expect(run.errors.contains("`belajar export`"))
        #expect(try fixture.outbox(.notSent).count == fixture.outbox().count)
        #expect(try LRSClient(endpoint: lrs).statements(as: Identified.self).isEmpty)
    }

    @Test func pushThenReportThroughTheCommands() throws {
        let lrs = try Ralph.shared.get().tenant()
        let push = try belajar("push", "--lrs", lrs.display, "--user", lrs.user, "--password", lrs.password, "--lang", "en")
        #expect(push.status == 0, "\(push.errors)")
        #expect(push.output.contains("\(try fixture.outbox().count) records sent"))
        let report = try belajar("report", "--lrs", lrs.display, "--user", lrs.user, "--password", lrs.password,
                                 "--format", "csv", "--time-zone", "Asia/Jayapura")
        #expect(report.status == 0, "\(report.errors)")
        #expect(report.output.contains("198609262015052001,Ani Lestari,BKN,Kanreg XIV,Panduan Singkat Menulis Kursus"))
    }

    @Test func exportThenImportThroughTheCommands() throws {
        let export = try belajar("export", "--out", fixture.folder.path)
        #expect(export.status == 0, "\(export.errors)")
        let bundle = fixture.folder.file(try #require(try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path)
            .first { $0.hasSuffix(".bundle") }))
        let device = try belajar("device")
        let trusted = fixture.folder.file("trusted-keys")
        try Data((device.output.split(separator: "\n").last ?? "").utf8).write(to: URL(fileURLWithPath: trusted))
        let lrs = try Ralph.shared.get().tenant()
        let arguments = ["import", bundle, "--trusted-keys", trusted, "--lrs", lrs.display, "--user", lrs.user, "--password", lrs.password]
        #expect(try Execution(Self.binary, arguments, environment: ["BELAJAR_HOME": fixture.folder.path]).status == 0)
        let again = try Execution(Self.binary, arguments, environment: ["BELAJAR_HOME": fixture.folder.path])
        #expect(again.status == 0)
        #expect(again.errors.contains("sudah pernah diimpor"))
        #expect(try LRSClient(endpoint: lrs).statements(as: Identified.self).count == fixture.outbox().count)
    }

    @Test func aDamagedBundleFailsTheImport() throws {
        let path = fixture.folder.file("damaged.bundle")
        try Data("BELAJAR-BUNDLE 1\n{\"format\":".utf8).write(to: URL(fileURLWithPath: path))
        let run = try belajar("import", path, "--trust-on-first-use", "--lrs", "http://127.0.0.1:9", "--user", "u", "--password", "p", "--lang", "en")
        #expect(run.status == 1)
        #expect(run.errors.contains("is cut short"))
    }

    /// An office PC where belajar never ran: the import makes the folder of its ledger, and
    /// records the bundle there.
    @Test func aFirstImportOnAMachineWithNoBelajarFolder() throws {
        let export = try belajar("export", "--out", fixture.folder.path)
        #expect(export.status == 0, "\(export.errors)")
        let bundle = fixture.folder.file(try #require(try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path)
            .first { $0.hasSuffix(".bundle") }))
        let office = try TemporaryFolder()
        let home = office.file("home/.local/share/belajar")
        let lrs = try Ralph.shared.get().tenant()
        let run = try Execution(Self.binary, ["import", bundle, "--trust-on-first-use", "--lrs", lrs.display, "--user", lrs.user,
                                              "--password", lrs.password], environment: ["BELAJAR_HOME": home, "LANG": "C"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(FileManager.default.fileExists(atPath: (home as NSString).appendingPathComponent("imported-bundles.json")))
        #expect(try LRSClient(endpoint: lrs).statements(as: Identified.self).count == fixture.outbox().count)
    }

    @Test func withoutATrustFileOrTrustOnFirstUseNothingIsRead() throws {
        let export = try belajar("export", "--out", fixture.folder.path)
        #expect(export.status == 0, "\(export.errors)")
        let report = try belajar("report", "--bundles", fixture.folder.path, "--lang", "en")
        #expect(report.status == 1)
        #expect(report.errors.contains("--trust-on-first-use"))
        #expect(report.output.isEmpty)
        let bundle = fixture.folder.file(try #require(try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path)
            .first { $0.hasSuffix(".bundle") }))
        let run = try belajar("import", bundle, "--lrs", "http://127.0.0.1:9", "--user", "u", "--password", "p")
        #expect(run.status == 1)
        #expect(run.errors.contains("Belum ada kunci perangkat tepercaya"))
        let trusted = try belajar("report", "--bundles", fixture.folder.path, "--trust-on-first-use", "--format", "csv")
        #expect(trusted.status == 0, "\(trusted.errors)")
        #expect(trusted.output.contains("198609262015052001,Ani Lestari,BKN,Kanreg XIV,Panduan Singkat Menulis Kursus"))
    }
}
