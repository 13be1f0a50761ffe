import Foundation
import SQLite
import Localization
import Testing
@testable import Sync

/// An export says what happened: a stick not mounted, a device, a full or read-only stick are
/// refused in the learner's words, nothing is marked exported, and no bundle number is used up.
@Suite struct ExportTruthTests {
    let fixture: StoreFixture
    let stick: TemporaryFolder

    init() throws {
        fixture = try StoreFixture()
        stick = try TemporaryFolder()
        for (index, name) in ["Ani", "Budi", "Citra"].enumerated() {
            let learner = try fixture.learner("19860926201505100\(index + 1)", name)
            try fixture.study(learner)
            try fixture.study(learner, guideCourse)
        }
    }

    func expectNothingExported() throws {
        #expect(try fixture.outbox(.notExported).count == fixture.outbox().count)
        let first = try #require(try Exporter.export(store: fixture.store, to: stick.path))
        #expect(first.manifest.sequence == 1, "a failed export used up a bundle number")
    }

    @Test func aFolderThatIsNotThereIsAStickNotMounted() throws {
        let missing = stick.file("KINGSTON")
        #expect(throws: SyncError.folderMissing(path: missing)) { try Exporter.export(store: fixture.store, to: missing) }
        #expect(!FileManager.default.fileExists(atPath: missing))
        #expect(SyncError.folderMissing(path: missing).message(in: .indonesian).contains("Apakah flashdisk sudah terpasang"))
        #expect(SyncError.folderMissing(path: missing).message(in: .english).contains("Is the USB stick mounted?"))
        let inMissing = stick.file("KINGSTON/a.bundle")
        #expect(throws: SyncError.folderMissing(path: missing)) { try Exporter.export(store: fixture.store, to: inMissing) }
        try expectNothingExported()
    }

    @Test func aNewBundleFileInAFolderIsWritten() throws {
        let result = try #require(try Exporter.export(store: fixture.store, to: stick.file("kantor.bundle")))
        #expect(result.path == stick.file("kantor.bundle"))
        #expect(result.notMarked == nil)
        #expect(try fixture.outbox(.notExported).isEmpty)
    }

    @Test(arguments: ["fifo", "/dev/null"])
    func aDeviceOrPipeIsRefused(_ kind: String) throws {
        let path = kind == "fifo" ? stick.file("pipe") : kind
        if kind == "fifo" { #expect(mkfifo(path, 0o600) == 0) }
        #expect(throws: SyncError.notAFileOrFolder(path: path)) { try Exporter.export(store: fixture.store, to: path) }
        try expectNothingExported()
    }

    @Test func aFullStickIsSaidAsSuchAndLeavesNoHalfBundle() throws {
        let disk = try SmallDisk(kilobytes: 64)
        #expect(try fixture.outbox().reduce(0) { $0 + $1.json.count } > 64 * 1024, "the records fit: no full disk")
        do {
            _ = try Exporter.export(store: fixture.store, to: disk.path)
            Issue.record("an export to a full disk succeeded")
        } catch let error as SyncError {
            guard case .diskFull(let path) = error else { Issue.record("\(error)"); return }
            #expect(path.hasPrefix(disk.path))
            #expect(error.message(in: .indonesian).contains("penuh"))
            #expect(error.message(in: .english).contains("filled up"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path).isEmpty)
        try expectNothingExported()
    }

    @Test func aReadOnlyStickIsSaidAsSuch() throws {
        let disk = try SmallDisk(readOnly: true)
        #expect {
            try Exporter.export(store: fixture.store, to: disk.path)
        } throws: { error in
            guard case SyncError.readOnly = error else { return false }
            return true
        }
        try expectNothingExported()
    }
}

/// A bundle written while the store cannot note it (here another copy holds the store's write
/// lock past its 10 s wait; a full store disk ends the same way) is reported as written.
@Suite struct ExportNotNotedTests {
    @Test func aWrittenBundleIsReportedAndItsRecordsGoAgainNextTime() throws {
        let fixture = try StoreFixture()
        let stick = try TemporaryFolder()
        try fixture.study(try fixture.learner("198609262015052001", "Ani Lestari"), guideCourse)
        let other = try DatabaseQueue(path: fixture.store.path)
        let holding = Locked(false), done = Locked(false)
        Thread {
            // An IMMEDIATE transaction that writes nothing: it only holds the write lock.
            try? other.write { _ in
                holding.set(true)
                for _ in 0..<600 where !done.value { usleep(50_000) }   // at most 30 s
            }
        }.start()
        for _ in 0..<200 where !holding.value { usleep(25_000) }
        let result = try #require(try Exporter.export(store: fixture.store, to: stick.path))
        done.set(true)
        #expect(result.notMarked == .busy(path: fixture.store.path))
        #expect(try BundleReader.read(path: result.path).statements.count == fixture.outbox().count)
        let again = try #require(try Exporter.export(store: fixture.store, to: stick.path))
        #expect(again.manifest.sequence == result.manifest.sequence + 1)
        #expect(again.manifest.count == result.manifest.count)
        #expect(again.notMarked == nil)
    }
}
