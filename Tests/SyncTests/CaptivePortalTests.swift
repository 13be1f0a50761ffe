import Foundation
import Localization
import Testing
@testable import Sync

/// Behind a hotel's login page, or with a wrong address that answers 200, nothing may pass for
/// "stored": each answer of `portal.py` ends the push within README's figures, says what came
/// back in both languages, and leaves every statement waiting.
@Suite struct CaptivePortalTests {
    let fixture: StoreFixture

    init() throws {
        fixture = try StoreFixture()
        try fixture.study(try fixture.learner("198609262015052001", "Ani Lestari"))
    }

    /// One attempt with the shipped request limits: what a single request may cost.
    func push(to mode: Portal.Mode, within seconds: Double) throws -> SyncError {
        let portal = try Portal(mode)
        let lrs = LRSClient(endpoint: try portal.endpoint(), retry: RetryPolicy(attempts: 1))
        let started = Date()
        var caught: SyncError?
        do {
            try Pusher.push(store: fixture.store, lrs: lrs)
        } catch let error as SyncError {
            caught = error
        }
        let elapsed = Date().timeIntervalSince(started)
        #expect(elapsed < seconds, "\(mode): \(elapsed) s")
        #expect(try fixture.outbox(.notSent).count == fixture.outbox().count, "\(mode) marked something sent")
        return try #require(caught, "\(mode): the push said it succeeded")
    }

    @Test func aLoginPageIsNamedAsOne() throws {
        let error = try push(to: .html, within: 5)
        guard case .lrsWebPage = error else { Issue.record("\(error)"); return }
        #expect(error.message(in: .indonesian).contains("LRS tidak menjawab: apakah ada halaman login di jaringan ini?"))
        #expect(error.message(in: .english).contains("An LRS did not answer: is there a login page on this network?"))
    }

    @Test func idsOfOtherStatementsAreNoAcknowledgement() throws {
        let error = try push(to: .wrongIDs, within: 5)
        guard case .lrsOtherIDs = error else { Issue.record("\(error)"); return }
        #expect(error.message(in: .indonesian).contains("bukan jawaban LRS"))
        #expect(error.message(in: .english).contains("that is no LRS's answer"))
    }

    @Test func oneIdForAWholeBatchIsChecked() throws {
        let error = try push(to: .oneID, within: 5)
        guard case .lrsNotHeld = error else { Issue.record("\(error)"); return }
        #expect(error.message(in: .indonesian).contains("tidak memiliki catatan"))
        #expect(error.message(in: .english).contains("it does not have it"))
    }

    @Test func noContentFromAServerThatHoldsNothingIsChecked() throws {
        let error = try push(to: .noContent, within: 5)
        guard case .lrsNotHeld = error else { Issue.record("\(error)"); return }
    }

    @Test func anEndlessAnswerIsCutAtItsLimit() throws {
        let error = try push(to: .endless, within: Double(RequestLimits().total) + 5)
        guard case .lrsAnswerTooLarge(_, 16) = error else { Issue.record("\(error)"); return }
        #expect(error.message(in: .indonesian).contains("lebih dari 16 MB"))
        #expect(error.message(in: .english).contains("grew past 16 MB"))
    }

    @Test func aServerThatNeverAnswersIsGivenUpOn() throws {
        let error = try push(to: .blackHole, within: Double(RequestLimits().stall) + 10)
        guard case .lrsSilent(_, 20, 64) = error else { Issue.record("\(error)"); return }
        #expect(error.message(in: .indonesian).contains("20 detik tanpa jawaban"))
        #expect(error.message(in: .english).contains("20 seconds without an answer"))
    }

    @Test func aDripOfTwoBytesASecondIsGivenUpOn() throws {
        let error = try push(to: .drip, within: Double(RequestLimits().stall) + 10)
        guard case .lrsSilent = error else { Issue.record("\(error)"); return }
    }

    /// Esc in the app, Ctrl-C at the command line: a push waiting on a server that never
    /// answers stops within about a second.
    @Test func aPushIsCancelledMidRequest() throws {
        let portal = try Portal(.blackHole)
        let lrs = LRSClient(endpoint: try portal.endpoint())
        let cancellation = Cancellation()
        Thread { usleep(500_000); cancellation.cancel() }.start()
        let started = Date()
        #expect(throws: SyncError.pushCancelled(sent: 0)) {
            try Pusher.push(store: fixture.store, lrs: lrs, cancellation: cancellation)
        }
        #expect(Date().timeIntervalSince(started) < 3)
        #expect(try fixture.outbox(.notSent).count == fixture.outbox().count)
    }

    /// A cancel between batches keeps every batch Ralph acknowledged marked sent.
    @Test func aCancelledPushKeepsWhatWasAcknowledged() throws {
        let lrs = LRSClient(endpoint: try Ralph.shared.get().tenant())
        let cancellation = Cancellation()
        var batches = 0
        #expect(throws: SyncError.pushCancelled(sent: 10)) {
            try Pusher.push(store: fixture.store, lrs: lrs, batchSize: 5, cancellation: cancellation, progress: { progress in
                batches += 1
                if progress.sent == 10 { cancellation.cancel() }
            })
        }
        #expect(batches == 3)
        #expect(try fixture.outbox().count - fixture.outbox(.notSent).count == 10)
        #expect(try lrs.statements(as: Identified.self).count == 10)
    }

    /// README states the figures a push waits by; they must be the ones it uses.
    @Test func theDocumentedWaitsHold() throws {
        let readme = try String(contentsOf: Ralph.root.appendingPathComponent("README.md"), encoding: .utf8)
            .replacingOccurrences(of: "\n", with: " ")
        let limits = RequestLimits(), policy = RetryPolicy(), app = RetryPolicy.interactive
        for figure in ["after \(limits.connect) s without a connection",
                       "after \(limits.stall) s at less than \(limits.minimumRate) bytes a second",
                       "after \(limits.total) s in all", "up to \(policy.attempts) tries",
                       "no try starts after \(Int(policy.deadline)) s",
                       "a push waits at most \(Int(policy.longestWait(limits))) s",
                       "tries \(app.attempts) times, none after \(Int(app.deadline)) s",
                       "\(Int(app.longestWait(limits))) s at most", "an answer over \(limits.answerLimit >> 20) MB"] {
            #expect(readme.contains(figure), "README does not say \"\(figure)\"")
        }
    }
}

/// What each kind of 2xx means for a batch, without a network.
@Suite struct LRSAnswerTests {
    let batch = [sampleStatement(), sampleStatement()]

    @Test func theIdsOfTheBatchAreStoredAndOnlyThose() throws {
        let ids = try JSONSerialization.data(withJSONObject: [batch[0].id.uppercased()])
        #expect(LRSAnswer(status: 200, body: ids, batch: batch) == .stored(listed: [batch[0].id]))
        #expect(LRSAnswer(status: 204, body: Data(), batch: batch) == .stored(listed: []))
        let other = try JSONSerialization.data(withJSONObject: [UUID().uuidString])
        #expect(LRSAnswer(status: 200, body: other, batch: batch) == .notAnLRS(.otherIDs))
    }

    @Test func anythingElseIsNamed() {
        #expect(LRSAnswer(status: 200, body: Data("  <html><body>Login</body></html>".utf8), batch: batch) == .notAnLRS(.webPage))
        #expect(LRSAnswer(status: 200, body: Data("OK".utf8), batch: batch) == .notAnLRS(.unexpected(status: 200, sample: "OK")))
        #expect(LRSAnswer(status: 202, body: Data("{}".utf8), batch: batch) == .notAnLRS(.unexpected(status: 202, sample: "{}")))
    }

    /// Whether to try again is told by the status alone (a page of statements is never read as
    /// the answer to a batch for it), and agrees with what the answer to a batch says.
    @Test(arguments: [200, 204, 302, 400, 401, 404, 408, 413, 429, 500, 503, 599])
    func theStatusAloneSaysWhetherToTryAgain(status: Int) {
        let retried = if case .retry = LRSAnswer(status: status, body: Data("{}".utf8), batch: batch) { true } else { false }
        #expect(LRSAnswer.isRetryable(status: status) == retried)
        #expect(retried == [408, 429, 500, 503, 599].contains(status))
    }
}
