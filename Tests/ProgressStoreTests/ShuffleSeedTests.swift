import CourseKit
import Foundation
import SQLite
import Quiz
import Testing
@testable import ProgressStore

@Suite struct ShuffleSeedTests {
    @Test func theStoreKeepsTheSeedSoAResumedAttemptShowsTheSameOrder() throws {
        let fixture = try Fixture()
        let attempt = try fixture.recorder.startAttempt(module: "kode-etik")
        let seed = try #require(attempt.shuffleSeed)
        try fixture.recorder.save(.truth(true), to: kodeEtikQuiz.questions[0], in: attempt.id)
        let reopened = try ProgressStore(path: fixture.folder.file()).recorder(for: ani.nip, in: course)
        let resumed = try reopened.startAttempt(module: "kode-etik")
        #expect(resumed.shuffleSeed == seed)
        #expect(AnswerOrder.of(kodeEtikQuiz.questions[1], seed: resumed.shuffleSeed)
                == AnswerOrder.of(kodeEtikQuiz.questions[1], seed: seed))
        let stored = try fixture.store.read { db in
            try Int64.fetchOne(db, sql: "SELECT shuffleSeed FROM attempt WHERE id = ?", arguments: [attempt.id])
        }
        #expect(stored.map { UInt64(bitPattern: $0) } == seed)
    }

    @Test func eachNewAttemptHasASeedOfItsOwn() throws {
        let fixture = try Fixture()
        let first = try fixture.recorder.startAttempt(module: "kode-etik")
        _ = try fixture.recorder.finish(first.id, quiz: kodeEtikQuiz)
        let second = try fixture.recorder.startAttempt(module: "kode-etik")
        #expect(second.id != first.id)
        #expect(second.shuffleSeed != nil && second.shuffleSeed != first.shuffleSeed)
    }

    @Test func aCourseThatTurnsShufflingOffKeepsNoSeed() throws {
        let fixture = try Fixture()
        var fixed = course
        fixed.completion.shuffle = false
        let recorder = try fixture.store.recorder(for: ani.nip, in: fixed)
        #expect(try recorder.startAttempt(module: "kode-etik").shuffleSeed == nil)
    }

    @Test func unfinishedAttemptsAreListedWithTheirAnswers() throws {
        let fixture = try Fixture()
        #expect(try fixture.store.unfinishedAttempts(of: ani.nip).isEmpty)
        let attempt = try fixture.recorder.startAttempt(module: "kode-etik")
        try fixture.recorder.save(.truth(true), to: kodeEtikQuiz.questions[0], in: attempt.id)
        try fixture.recorder.save(.choice(index: 0), to: kodeEtikQuiz.questions[1], in: attempt.id)
        #expect(try fixture.store.unfinishedAttempts(of: ani.nip)
                == [UnfinishedAttempt(courseId: "etika-asn", moduleId: "kode-etik", answered: 2)])
        #expect(try fixture.recorder.unfinishedAttempt(module: "kode-etik")?.id == attempt.id)
        _ = try fixture.recorder.finish(attempt.id, quiz: kodeEtikQuiz)
        #expect(try fixture.store.unfinishedAttempts(of: ani.nip).isEmpty)
        #expect(try fixture.recorder.unfinishedAttempt(module: "kode-etik") == nil)
    }
}
