import Foundation
import SQLite
import ProgressStore
import Testing
@testable import Sync

/// Push against a real Ralph: what the LRS holds is counted with GET, never taken on trust.
@Suite struct PushTests {
    @Test func aPushStoresEveryStatementAndASecondPushAddsNothing() throws {
        let fixture = try StoreFixture()
        try fixture.study(try fixture.learner("198609262015052001", "Ani Lestari"))
        let lrs = LRSClient(endpoint: try Ralph.shared.get().tenant())
        let outbox = try fixture.outbox()
        #expect(try Pusher.push(store: fixture.store, lrs: lrs, batchSize: 25) == outbox.count)
        #expect(try fixture.outbox(.notSent).isEmpty)
        #expect(try SyncStatus.of(fixture.store).lastPush?.count == outbox.count)
        #expect(try Pusher.push(store: fixture.store, lrs: lrs) == 0)
        let stored = try lrs.statements(as: Identified.self).map(\.id)
        #expect(stored.count == outbox.count)
        #expect(Set(stored) == Set(outbox.map { $0.id.uuidString.lowercased() }))
    }

    @Test func resendingWhatTheLRSAlreadyHoldsCountsOnce() throws {
        let fixture = try StoreFixture()
        try fixture.study(try fixture.learner("198609262015052001", "Ani Lestari"))
        let lrs = LRSClient(endpoint: try Ralph.shared.get().tenant())
        try Pusher.push(store: fixture.store, lrs: lrs)
        // As if the power went after the LRS answered and before the store recorded it.
        try DatabaseQueue(path: fixture.store.path).write { try $0.execute(sql: "UPDATE statement SET sentTo = NULL") }
        #expect(try Pusher.push(store: fixture.store, lrs: lrs, batchSize: 7) == fixture.outbox().count)
        #expect(try lrs.statements(as: Identified.self).count == fixture.outbox().count)
    }

    @Test func aPushCutByTheLRSDyingResumesWithNothingLostOrTwice() throws {
        let fixture = try StoreFixture()
        for (index, name) in ["Ani", "Budi", "Citra"].enumerated() {
            try fixture.study(try fixture.learner("19860926201505100\(index + 1)", name))
        }
        let total = try fixture.outbox().count
        let ralph = try Ralph.start()
        defer { ralph.remove() }
        // Tries go on as long as the restart takes on a loaded machine (the default stops starting
        // them after 30 s): this test is about resuming, not about giving up.
        let lrs = LRSClient(endpoint: try ralph.tenant(),
                            retry: RetryPolicy(attempts: 200, firstDelay: 0.2, maximumDelay: 1, deadline: 180))
        let store = fixture.store
        let killedWith = Locked<Int?>(nil)
        let crash = Thread {
            while ((try? store.allStatements(.notSent).count) ?? total) == total { usleep(2_000) }
            try? ralph.kill()
            killedWith.set(try? store.allStatements(.notSent).count)
            sleep(1)
            try? ralph.restart()
        }
        crash.start()
        #expect(try Pusher.push(store: fixture.store, lrs: lrs, batchSize: 5) > 0)
        let waiting = try #require(killedWith.value, "the LRS was never killed")
        #expect(waiting > 0 && waiting < total, "killed with \(waiting) of \(total) waiting: not mid-push")
        #expect(try fixture.outbox(.notSent).isEmpty)
        let stored = try lrs.statements(as: Identified.self).map(\.id)
        #expect(stored.count == total)
        #expect(Set(stored).count == total)
    }

    @Test func aStatementTheLRSRefusesIsReportedAndNothingIsMarkedSent() throws {
        let fixture = try StoreFixture()
        let ani = try fixture.learner("198609262015052001", "Ani Lestari")
        let recorder = try fixture.store.recorder(for: ani.nip, in: sampleCourse)
        _ = try recorder.open(module: sampleCourse.modules[0].id)
        let bad = "0e0e0e0e-0000-4000-8000-00000000bad1"
        try DatabaseQueue(path: fixture.store.path).write { db in
            try db.execute(sql: "INSERT INTO statement (id, learnerNIP, verb, timestamp, json) VALUES (?, ?, ?, ?, ?)",
                           arguments: [bad, ani.nip.digits, "http://adlnet.gov/expapi/verbs/experienced",
                                       "2026-09-21T00:00:00.000Z", Data(#"{"id":"\#(bad)","actor":{"account":{"homePage":"https://siasn.bkn.go.id","name":"x"}}}"#.utf8)])
        }
        _ = try recorder.readToEnd(module: sampleCourse.modules[0].id)
        let lrs = LRSClient(endpoint: try Ralph.shared.get().tenant())
        #expect {
            try Pusher.push(store: fixture.store, lrs: lrs)
        } throws: { error in
            guard case SyncError.lrsRejected(_, let status, let reason, bad?) = error else { return false }
            return (400..<500).contains(status) && !reason.isEmpty
        }
        #expect(try fixture.outbox(.notSent).count == fixture.outbox().count)
        #expect(try lrs.statements(as: Identified.self).isEmpty)
    }

    @Test func aLaterPushResumesWhereTheLastOneStopped() throws {
        let fixture = try StoreFixture()
        try fixture.study(try fixture.learner("198609262015052001", "Ani Lestari"), guideCourse)
        let outbox = try fixture.outbox()
        // The middle statement is damaged, so the first push stops at its batch.
        let middle = outbox[outbox.count / 2].id.uuidString.lowercased()
        let queue = try DatabaseQueue(path: fixture.store.path)
        try queue.write { try $0.execute(sql: "UPDATE statement SET json = CAST('{}' AS BLOB) WHERE id = ?", arguments: [middle]) }
        let lrs = LRSClient(endpoint: try Ralph.shared.get().tenant())
        #expect(throws: SyncError.self) { try Pusher.push(store: fixture.store, lrs: lrs, batchSize: 2) }
        let waiting = try fixture.outbox(.notSent).map(\.id)
        #expect(waiting.first == outbox[outbox.count / 2 / 2 * 2].id, "every batch before the damaged one was sent")
        try queue.write { try $0.execute(sql: "DELETE FROM statement WHERE id = ?", arguments: [middle]) }
        #expect(try Pusher.push(store: fixture.store, lrs: lrs, batchSize: 2) == waiting.count - 1)
        #expect(try lrs.statements(as: Identified.self).count == outbox.count - 1)
    }

    @Test func anUnreachableLRSLeavesEveryStatementWaiting() throws {
        let fixture = try StoreFixture()
        try fixture.study(try fixture.learner("198609262015052001", "Ani Lestari"))
        let lrs = LRSClient(endpoint: try LRSEndpoint(url: "http://127.0.0.1:9", user: "u", password: "p"),
                            retry: RetryPolicy(attempts: 2, firstDelay: 0.01))
        #expect(throws: SyncError.self) { try Pusher.push(store: fixture.store, lrs: lrs) }
        #expect(try fixture.outbox(.notSent).count == fixture.outbox().count)
        let status = try SyncStatus.of(fixture.store)
        #expect(status.lastPush == nil)
        #expect(try status.waiting == fixture.outbox().count)
    }
}

@Suite struct ConfiguredLRSTests {
    @Test func theAppPushesOnlyWhenAnLRSIsConfigured() throws {
        let fixture = try StoreFixture()
        #expect(try LRSClient.configured(for: fixture.store, environment: [:]) == nil)
        try Data("# kantor\nurl = http://127.0.0.1:8100\nuser = perangkat-7\n".utf8)
            .write(to: URL(fileURLWithPath: fixture.folder.file(LRSSettings.fileName)))
        #expect(try LRSClient.configured(for: fixture.store, environment: [:]) == nil)
        let client = try #require(try LRSClient.configured(for: fixture.store, environment: ["BELAJAR_LRS_PASSWORD": "p"]))
        #expect(client.endpoint == (try LRSEndpoint(url: "http://127.0.0.1:8100", user: "perangkat-7", password: "p")))
    }

    @Test func aConfigLineItCannotReadIsNamedWithoutItsValue() throws {
        let folder = try TemporaryFolder()
        let path = folder.file(LRSSettings.fileName)
        try Data("url = http://x\npassword: rahasia\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: SyncError.configLine(path: path, line: 2, detail: "password")) {
            try LRSSettings.resolve(flags: LRSSettings(), environment: [:], configPath: path)
        }
    }
}
