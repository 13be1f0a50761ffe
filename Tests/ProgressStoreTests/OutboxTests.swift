import Foundation
import Testing
import XAPI
@testable import ProgressStore

@Suite struct OutboxTests {
    func fill(_ store: ProgressStore, count: Int) throws -> [UUID] {
        let builder = StatementBuilder(actorHomePage: "https://siasn.bkn.go.id", activityBase: "https://x.test/xapi")
        let ids = (0..<count).map { _ in UUID() }
        try store.write { db in
            for (index, id) in ids.enumerated() {
                let event = StatementBuilder.Event(id: id, timestamp: "2026-11-29T08:00:0\(index % 10).000Z",
                                                   nip: ani.nip.digits, name: ani.name)
                try ProgressStore.enqueue(builder.moduleOpened(event, module: course.modules[0], course: course),
                                          learner: ani.nip, db)
            }
        }
        return ids
    }

    /// Ani's registration already delivered: these tests are about the statements they fill in.
    func storeWithAni() throws -> ProgressStore {
        let store = try TempFolder().store()
        try store.addLearner(ani)
        let registration = try store.statements(.all, limit: 10).map(\.id)
        #expect(registration.count == 1)
        try store.markExported(registration, bundle: "earlier")
        try store.markSent(registration, lrs: "earlier")
        return store
    }

    @Test func keepsTheExactBytesInRecordingOrder() throws {
        let store = try storeWithAni()
        let ids = try fill(store, count: 3)
        let pending = try store.pendingStatements(limit: 10)
        #expect(pending.map(\.id) == ids)
        let first = try JSONSerialization.jsonObject(with: pending[0].json) as? [String: Any]
        #expect(first?["id"] as? String == ids[0].uuidString.lowercased())
        #expect(first?["timestamp"] as? String == "2026-11-29T08:00:00.000Z")
        #expect(pending[0].timestamp == "2026-11-29T08:00:00.000Z")
        #expect(pending[0].verb == "http://adlnet.gov/expapi/verbs/experienced")
        #expect(try store.pendingStatements(limit: 2).count == 2)
    }

    @Test func marksExportedAndSentSeparately() throws {
        let store = try storeWithAni()
        let ids = try fill(store, count: 4)
        try store.markExported([ids[0], ids[1]], bundle: "bundle-1")
        try store.markSent([ids[1], ids[2]], lrs: "https://lrs.test")
        #expect(try store.pendingStatements(limit: 10).map(\.id) == [ids[3]])
        #expect(try store.statements(.notExported, limit: 10).map(\.id) == [ids[2], ids[3]])
        #expect(try store.statements(.notSent, limit: 10).map(\.id) == [ids[0], ids[3]])
        #expect(try store.pendingStatementCount() == 1)
        #expect(try store.pendingStatementCount(learner: ani.nip) == 1)
        #expect(try store.pendingStatementCount(learner: budi.nip) == 0)
        let marked = try #require(try store.statements(.all, limit: 10).first { $0.id == ids[1] })
        #expect(marked.exportedBundle == "bundle-1")
        #expect(marked.sentTo == "https://lrs.test")
    }

    @Test func keepsTheFirstBundleAStatementLeftIn() throws {
        let store = try storeWithAni()
        let ids = try fill(store, count: 1)
        try store.markExported(ids, bundle: "first")
        try store.markExported(ids, bundle: "second")
        #expect(try store.statements(.all, limit: 10).first { $0.id == ids[0] }?.exportedBundle == "first")
    }

    @Test func resumesAfterTheLastStatementDone() throws {
        let store = try storeWithAni()
        let ids = try fill(store, count: 5)
        let firstBatch = try store.statements(.notSent, limit: 2)
        let next = try store.statements(.notSent, after: firstBatch.last!.seq, limit: 10)
        #expect(next.map(\.id) == Array(ids[2...]))
    }

    @Test func marksLargeBatches() throws {
        let store = try storeWithAni()
        let ids = try fill(store, count: 1200)
        try store.markSent(ids, lrs: "lrs")
        #expect(try store.pendingStatementCount() == 0)
    }

    @Test func aStatementNeedsAKnownLearner() throws {
        let store = try TempFolder().store()
        #expect(throws: StoreError.self) { _ = try fill(store, count: 1) }
        #expect(try store.pendingStatementCount() == 0)
    }
}
