import Foundation
import Testing
@testable import Sync

/// What a person at the office terminal reads from `push`, `export`, `progress` and `learner`:
/// the truth, in their language, with nothing a name or an answer could make the terminal do.
@Suite struct CommandTruthTests {
    let fixture: StoreFixture

    init() throws {
        fixture = try StoreFixture()
        try fixture.study(try fixture.learner("198609262015052001", "Ani Lestari"), guideCourse)
    }

    func belajar(_ arguments: String..., interruptAfter: Double? = nil) throws -> Execution {
        try Execution(CommandTests.binary, arguments + ["--store", fixture.store.path],
                      environment: ["BELAJAR_HOME": fixture.folder.path, "LANG": "C"], interruptAfter: interruptAfter)
    }

    @Test func aLoginPageIsSaidInBothLanguagesAndNothingIsSent() throws {
        let portal = try Portal(.html)
        let indonesian = try belajar("push", "--lrs", portal.base, "--user", "u", "--password", "p")
        #expect(indonesian.status == 1)
        #expect(indonesian.errors.contains("LRS tidak menjawab: apakah ada halaman login di jaringan ini?"))
        let english = try belajar("push", "--lrs", portal.base, "--user", "u", "--password", "p", "--lang", "en")
        #expect(english.errors.contains("An LRS did not answer: is there a login page on this network?"))
        #expect(!(indonesian.errors + english.errors).contains("Usage"))
        #expect(try fixture.outbox(.notSent).count == fixture.outbox().count)
    }

    /// The whole command, with its shipped retries, against a server that never answers.
    @Test func aPushToAServerThatNeverAnswersEndsWithinTheDocumentedTime() throws {
        let portal = try Portal(.blackHole)
        let started = Date()
        let run = try belajar("push", "--lrs", portal.base, "--user", "u", "--password", "p", "--lang", "en")
        let elapsed = Date().timeIntervalSince(started)
        #expect(run.status == 1)
        #expect(run.errors.contains("did not answer (20 seconds without an answer"))
        #expect(elapsed <= RetryPolicy().longestWait(RequestLimits()), "\(elapsed) s")
        #expect(try fixture.outbox(.notSent).count == fixture.outbox().count)
    }

    @Test func ctrlCStopsAPushAndSaysWhatIsKept() throws {
        let portal = try Portal(.blackHole)
        let started = Date()
        let run = try belajar("push", "--lrs", portal.base, "--user", "u", "--password", "p", interruptAfter: 1)
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(run.status == 130)
        #expect(run.errors.contains("Pengiriman dihentikan. 0 catatan"))
        #expect(try fixture.outbox(.notSent).count == fixture.outbox().count)
    }

    @Test func anExportToAStickNotMountedIsRefused() throws {
        let missing = fixture.folder.file("media/ani/KINGSTON")
        let indonesian = try belajar("export", "--out", missing)
        #expect(indonesian.status == 1)
        #expect(indonesian.errors.contains("Apakah flashdisk sudah terpasang"))
        let english = try belajar("export", "--out", missing, "--lang", "en")
        #expect(english.errors.contains("Is the USB stick mounted?"))
        #expect(!FileManager.default.fileExists(atPath: missing))
        #expect(try fixture.outbox(.notExported).count == fixture.outbox().count)
    }

    @Test func aFullStickIsSaidInBothLanguages() throws {
        let disk = try SmallDisk(kilobytes: 4)
        #expect(try fixture.outbox().reduce(0) { $0 + $1.json.count } > 4096, "the records fit: no full disk")
        let indonesian = try belajar("export", "--out", disk.path)
        #expect(indonesian.status == 1)
        #expect(indonesian.errors.contains("Disk atau flashdisk penuh"))
        let english = try belajar("export", "--out", disk.path, "--lang", "en")
        #expect(english.errors.contains("The disk or USB stick filled up"))
        #expect(!(indonesian.errors + english.errors).contains("I/O error"))
        #expect(!(indonesian.errors + english.errors).contains("Usage"))
        #expect(try fixture.outbox(.notExported).count == fixture.outbox().count)
        let done = try belajar("export", "--out", fixture.folder.path)
        #expect(done.output.contains("paket nomor 1"), "\(done.output)")
    }

    @Test func namesReachTheTerminalAndTheSpreadsheetDefused() throws {
        let add = try belajar("learner", "add", "199001152014031002", "--name", "=HYPERLINK(\"http://x\")\u{1B}]0;T\u{07}\u{202E}")
        #expect(add.status == 0, "\(add.errors)")
        try fixture.study(try fixture.store.learner(try .init(validating: "199001152014031002")), guideCourse)
        let courses = Ralph.root.appendingPathComponent("courses").path
        for run in [add, try belajar("learner", "list"), try belajar("progress", "--courses", courses),
                    try belajar("progress", "--courses", courses, "--format", "json"),
                    try belajar("progress", "--courses", courses, "--format", "csv")] {
            #expect(!run.output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" }, "\(run.output)")
        }
        let csv = try belajar("progress", "--courses", courses, "--format", "csv").output
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")"))
        let json = try belajar("progress", "--courses", courses, "--format", "json").output
        #expect(json.contains("\\u202E"))
    }
}
