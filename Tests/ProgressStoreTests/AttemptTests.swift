import CourseKit
import Foundation
import Quiz
import Testing
@testable import ProgressStore

@Suite struct AttemptTests {
    func answerAll(_ fixture: Fixture, right: Bool) throws -> AttemptOutcome {
        let attempt = try fixture.recorder.startAttempt(module: "kode-etik")
        let questions = kodeEtikQuiz.questions
        try fixture.recorder.save(.truth(right), to: questions[0], in: attempt.id)
        try fixture.recorder.save(.choice(index: right ? 0 : 1), to: questions[1], in: attempt.id)
        try fixture.recorder.save(.text("Saya menolak hadiah."), to: questions[2], in: attempt.id)
        fixture.clock.advance(95)
        return try fixture.recorder.finish(attempt.id, quiz: kodeEtikQuiz)
    }

    @Test func eachAnswerIsSavedAsGivenAndAnUnfinishedAttemptResumes() throws {
        let fixture = try Fixture()
        let attempt = try fixture.recorder.startAttempt(module: "kode-etik")
        try fixture.recorder.save(.truth(false), to: kodeEtikQuiz.questions[0], in: attempt.id)
        try fixture.recorder.save(.truth(true), to: kodeEtikQuiz.questions[0], in: attempt.id)
        // A new process after a power cut finds the attempt where it was.
        let reopened = try ProgressStore(path: fixture.folder.file()).recorder(for: ani.nip, in: course)
        let resumed = try reopened.startAttempt(module: "kode-etik")
        #expect(resumed.id == attempt.id)
        #expect(resumed.registration == attempt.registration)
        #expect(resumed.answers == ["netral": .truth(true)])
        #expect(!resumed.isFinished)
        #expect(try fixture.verbs() == ["attempted", "answered", "answered"])
    }

    @Test func finishingScoresPassesAndRecordsTheOutcome() throws {
        let fixture = try Fixture()
        let outcome = try answerAll(fixture, right: true)
        #expect(outcome.score.percent == 100)
        #expect(outcome.score.possible == 2)
        #expect(outcome.attempt.passed == true)
        #expect(outcome.attempt.scorePercent == 100)
        #expect(outcome.attempt.courseVersion == "1.2.0")
        #expect(outcome.completion == nil, "the first module is not read yet")
        #expect(try fixture.verbs() == ["attempted", "answered", "answered", "answered", "passed"])
    }

    @Test func aFailedAttemptIsRecordedAsFailed() throws {
        let fixture = try Fixture()
        let outcome = try answerAll(fixture, right: false)
        #expect(outcome.score.percent == 0)
        #expect(outcome.attempt.passed == false)
        #expect(try fixture.verbs().last == "failed")
        #expect(try fixture.recorder.progress().quizzesPassed == 0)
    }

    @Test func maxAttemptsIsEnforced() throws {
        let fixture = try Fixture()
        _ = try answerAll(fixture, right: false)
        _ = try answerAll(fixture, right: false)
        #expect(throws: StoreError.attemptLimit(max: 2)) { try fixture.recorder.startAttempt(module: "kode-etik") }
        #expect(try fixture.recorder.attempts(module: "kode-etik").count == 2)
    }

    @Test func aFinishedAttemptTakesNoMoreAnswers() throws {
        let fixture = try Fixture()
        let outcome = try answerAll(fixture, right: true)
        #expect(throws: StoreError.attemptFinished) {
            try fixture.recorder.save(.truth(false), to: kodeEtikQuiz.questions[0], in: outcome.attempt.id)
        }
        #expect(throws: StoreError.attemptFinished) { _ = try fixture.recorder.finish(outcome.attempt.id, quiz: kodeEtikQuiz) }
    }

    @Test func anotherLearnersAttemptIsUnknown() throws {
        let fixture = try Fixture()
        let attempt = try fixture.recorder.startAttempt(module: "kode-etik")
        try fixture.store.addLearner(budi)
        let other = try fixture.store.recorder(for: budi.nip, in: course)
        #expect(throws: StoreError.attemptUnknown(attempt.id)) {
            try other.save(.truth(true), to: kodeEtikQuiz.questions[0], in: attempt.id)
        }
    }

    @Test func theLastStepCompletesTheCourseOnce() throws {
        let fixture = try Fixture()
        try fixture.recorder.readToEnd(module: "nilai-dasar")
        try fixture.recorder.readToEnd(module: "kode-etik")
        #expect(try fixture.recorder.progress().percent == 66)
        let outcome = try answerAll(fixture, right: true)
        let completion = try #require(outcome.completion)
        #expect(completion.courseVersion == "1.2.0")
        #expect(completion.hours == 2)
        #expect(completion.completedAt == fixture.clock.now)
        #expect(try fixture.recorder.progress().percent == 100)
        #expect(try fixture.verbs().suffix(2) == ["passed", "completed"])
        // Passing again credits nothing more.
        #expect(try answerAll(fixture, right: true).completion == nil)
        #expect(try fixture.store.completions(of: ani.nip).count == 1)
    }
}
