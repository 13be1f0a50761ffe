import Foundation
import SQLite
import Testing
import TestSupport
@testable import ProgressStore

/// A small tmpfs of our own: a real full disk and a real read-only folder. Mounting needs root
/// (the test machines run as root; elsewhere `sudo -n` must be allowed).
final class SmallDisk {
    let path: String

    init(kilobytes: Int) throws {
        path = TempFolder().path
        try Self.mount(["-t", "tmpfs", "-o", "size=\(kilobytes)k,mode=0700", "tmpfs", path])
    }

    func makeReadOnly() throws { try Self.mount(["-o", "remount,ro", path]) }

    deinit { _ = try? Self.command("umount", ["-l", path]) }

    private static func mount(_ arguments: [String]) throws {
        let status = try command("mount", arguments)
        guard status == 0 else { throw CocoaError(.fileWriteNoPermission) }
    }

    private static func command(_ name: String, _ arguments: [String]) throws -> Int32 {
        let root = getuid() == 0
        return try Execution(root ? "/usr/bin/env" : "/usr/bin/sudo", (root ? [] : ["-n"]) + [name] + arguments).status
    }
}

@Suite(.serialized) struct FaultTests {
    @Test func aFullDiskRollsBackTellsAndKeepsEverySavedRecord() throws {
        let disk = try SmallDisk(kilobytes: 1024)
        let path = (disk.path as NSString).appendingPathComponent("progress.sqlite")
        let filler = (disk.path as NSString).appendingPathComponent("filler")
        #expect(FileManager.default.createFile(atPath: filler, contents: Data(count: 256 * 1024)))
        var saved = 0
        var failure: StoreError?
        do {
            let store = try ProgressStore(path: path)
            try store.addLearner(ani)
            let recorder = try store.recorder(for: ani.nip, in: course)
            while failure == nil && saved < 5_000 {
                do {
                    try recorder.open(module: "nilai-dasar")
                    saved += 1
                } catch let error as StoreError {
                    failure = error
                }
            }
            #expect(failure == .diskFull(path: path))
            #expect(failure?.message(in: .indonesian).hasPrefix("Disk penuh") == true)
            #expect(try store.pendingStatementCount() == saved + 1, "every opening and Ani's registration")
            // Once there is room again, recording goes on where it stopped.
            try FileManager.default.removeItem(atPath: filler)
            try recorder.open(module: "nilai-dasar")
            saved += 1
        }
        #expect(saved > 5)
        #expect(try Audit.problems(store: path, log: "/nonexistent").isEmpty)
        #expect(try inspect(path) { try Int.fetchOne($0, sql: "SELECT count(*) FROM statement") } == saved + 1)
    }

    @Test func aReadOnlyFolderIsNamedAndItsStoreLeftUntouched() throws {
        let disk = try SmallDisk(kilobytes: 1024)
        let path = (disk.path as NSString).appendingPathComponent("progress.sqlite")
        do {
            let store = try ProgressStore(path: path)
            try store.addLearner(ani)
        }
        try disk.makeReadOnly()
        let before = bytes(path)
        #expect(throws: StoreError.folderNotWritable(path: disk.path)) { try ProgressStore(path: path) }
        let finished = try belajar("learner", "list", "--store", path, "--lang", "en")
        #expect(finished.status == 1)
        #expect(finished.errors.contains("The folder \(disk.path) cannot be written to"))
        #expect(bytes(path) == before)
        let fresh = (disk.path as NSString).appendingPathComponent("other.sqlite")
        #expect(throws: StoreError.folderNotWritable(path: disk.path)) { try ProgressStore(path: fresh) }
    }

    @Test func aCorruptStoreIsRefusedByTheCommandAndLeftUntouched() throws {
        let folder = TempFolder()
        let path = folder.file()
        do {
            let store = try ProgressStore(path: path)
            try store.addLearner(ani)
        }
        var damaged = try #require(bytes(path))
        damaged.replaceSubrange(100..<2000, with: Data(repeating: 0x5A, count: 1900))
        try damaged.write(to: URL(fileURLWithPath: path))
        let finished = try belajar("learner", "list", "--store", path)
        #expect(finished.status == 1)
        #expect(finished.errors.contains("rusak"))
        #expect(bytes(path) == damaged)
    }

    @Test func aNewerStoreIsRefusedByTheCommandAndLeftUntouched() throws {
        let folder = TempFolder()
        let path = folder.file()
        _ = try ProgressStore(path: path)
        try DatabaseQueue(path: path).write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9 future')") }
        let before = bytes(path)
        let finished = try belajar("progress", "--store", path, "--lang", "en")
        #expect(finished.status == 1)
        #expect(finished.errors.contains("made by a newer version of belajar"))
        #expect(bytes(path) == before)
    }
}
