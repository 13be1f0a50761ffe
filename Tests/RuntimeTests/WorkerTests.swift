import App
import Foundation
@testable import Runtime
import Testing
import TestSupport

/// Effects run off the calling thread; their answers wait in order until taken.
@Suite struct WorkerTests {
    @Test func answersComeBackInTheOrderAsked() throws {
        let bench = try Bench().withLearner()
        let worker = Worker(performer: bench.performer)
        worker.submit(.openModule(bench.scope, moduleID: "nilai"))
        worker.submit(.savePosition(bench.scope, moduleID: "nilai", position: 0.5))
        worker.submit(.openModule(bench.scope, moduleID: "nilai"))
        worker.submit(.markRead(bench.scope, moduleID: "nilai"))
        worker.finish()
        let answers = Array(worker.take().dropFirst())
        #expect(answers.count == 2)
        guard case .moduleLoaded(_, _, .success(let text))? = answers.first else { Issue.record("\(answers)"); return }
        #expect(text.position == 0.5)
        guard case .recordsChanged? = answers.last else { Issue.record("\(answers)"); return }
        #expect(worker.take().isEmpty)
        #expect(!worker.isBusy)
    }

    /// A worker whose push waits on an LRS that never answers, with a record to send.
    static func pushing() throws -> (SilentServer, Bench, Worker) {
        let server = try SilentServer()
        let bench = try Bench(environment: server.environment).withLearner()
        _ = bench.performer.perform(.openModule(bench.scope, moduleID: "nilai"))
        let worker = Worker(performer: bench.performer)
        worker.submit(.push)
        return (server, bench, worker)
    }

    /// A push waits on the network on its own queue: records asked meanwhile are answered first.
    @Test func recordsGoOnWhileAPushWaits() throws {
        let (server, bench, worker) = try Self.pushing()
        worker.submit(.markRead(bench.scope, moduleID: "nilai"))
        worker.finish()
        let answers = worker.take()
        #expect(answers.contains { if case .recordsChanged = $0 { true } else { false } })
        #expect(!answers.contains { if case .pushed = $0 { true } else { false } })
        #expect(worker.isBusy)
        withExtendedLifetime(server) {}
    }

    /// Esc on the progress screen stops a push that waits: it ends within seconds, not at its timeout.
    @Test func aCancelledPushEndsSoon() throws {
        let (server, _, worker) = try Self.pushing()
        Thread.sleep(forTimeInterval: 0.3)
        worker.submit(.cancelPush)
        let deadline = Date().addingTimeInterval(5)
        var answers: [Msg] = []
        while Date() < deadline, !answers.contains(where: { $0.failureMessage != nil }) {
            answers += worker.take()
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(answers.contains { $0.failureMessage != nil }, "\(answers)")
        withExtendedLifetime(server) {}
    }
}
