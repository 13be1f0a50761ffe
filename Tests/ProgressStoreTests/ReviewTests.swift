import CourseKit
import Foundation
import Quiz
import Testing
@testable import ProgressStore

/// A course on disk whose one quiz has three true/false questions and an essay: two right
/// answers score 66.67 and fail the pass mark of 70, until a mentor grades the essay.
struct EssayCourseFixture {
    let fixture: Fixture
    let course: Course
    let quiz: ModuleQuiz
    let attempt: QuizAttempt

    init() throws {
        fixture = try Fixture()
        let folder = fixture.folder.file("courses/esai")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("id: esai\ntitle: Esai\nversion: 1.0.0\nhours: 3\nmodules:\n  - file: 01-satu.md\n    quiz: 01-satu.gift\n".utf8)
            .write(to: URL(fileURLWithPath: folder + "/course.yaml"))
        try Data("# Satu\n\nIsi.\n".utf8).write(to: URL(fileURLWithPath: folder + "/01-satu.md"))
        try Data("::a:: Satu? {T}\n\n::b:: Dua? {T}\n\n::c:: Tiga? {T}\n\n::esai:: Ceritakan. {}\n".utf8)
            .write(to: URL(fileURLWithPath: folder + "/01-satu.gift"))
        course = try #require(CourseLibrary.load(folder: URL(fileURLWithPath: folder)).courses.first)
        quiz = try #require(try course.quiz(of: course.modules[0]))
        let recorder = try fixture.store.recorder(for: ani.nip, in: course)
        _ = try recorder.open(module: "satu")
        _ = try recorder.readToEnd(module: "satu")
        let started = try recorder.startAttempt(module: "satu")
        for (question, answer) in zip(quiz.questions.prefix(3), [true, true, false]) {
            try recorder.save(.truth(answer), to: question, in: started.id)
        }
        try recorder.save(.text("Saya menolak gratifikasi."), to: quiz.questions[3], in: started.id)
        attempt = try recorder.finish(started.id, quiz: quiz).attempt
    }

    var essayStatementID: String {
        get throws {
            try #require(try fixture.store.statements(.all, limit: 100).first {
                String(decoding: $0.json, as: UTF8.self).contains("/questions/esai")
                    && $0.verb.hasSuffix("/answered")
            }).id.uuidString.lowercased()
        }
    }

    func review(_ scaled: Double, id: String = UUID().uuidString.lowercased(),
                at time: String = "2026-12-01T08:00:00.000Z") throws -> EssayReview {
        EssayReview(id: id, essayStatementID: try essayStatementID, scaled: scaled, comment: "Catatan mentor.",
                    mentorNIP: "197001011995031001", mentorName: "Dr. Sri Mentor", reviewedAt: time)
    }

    func receive(_ reviews: [EssayReview], package: Int = 1) throws -> ReceivedReviews {
        try fixture.store.receive(reviews, package: package, courses: [course])
    }

    var recorder: CourseRecorder { get throws { try fixture.store.recorder(for: ani.nip, in: course) } }
}

@Suite struct ReviewTests {
    @Test func withoutItsEssayTheAttemptFails() throws {
        let essay = try EssayCourseFixture()
        #expect(essay.attempt.passed == false)
        #expect(abs((essay.attempt.scorePercent ?? 0) - 200.0 / 3) < 1e-9)
    }

    @Test(arguments: [(0.0, 50.0), (0.5, 62.5)])
    func anEssayGradedBelowWhatPassesCountsItsFraction(scaled: Double, percent: Double) throws {
        let essay = try EssayCourseFixture()
        let before = try essay.fixture.verbs()
        let received = try essay.receive([try essay.review(scaled)])
        #expect(received.recorded == 1 && received.passed.isEmpty && received.completions.isEmpty)
        let attempt = try #require(try essay.recorder.attempts(module: "satu").first)
        #expect(attempt.scorePercent == percent)
        #expect(attempt.passed == false)
        #expect(try essay.fixture.verbs() == before)
        #expect(try essay.fixture.store.setting(.lastOfficePackage) == "1")
    }

    @Test func aQuizThatPassesOnlyWithItsEssayCompletesTheCourseOnce() throws {
        let essay = try EssayCourseFixture()
        let review = try essay.review(1)
        let received = try essay.receive([review])
        #expect(received.recorded == 1)
        #expect(received.passed.map(\.scorePercent) == [75])
        #expect(received.completions.map(\.hours) == [3])
        #expect(try essay.fixture.verbs().suffix(2) == ["passed", "completed"])
        #expect(try essay.fixture.store.completions(of: ani.nip).count == 1)
        // The same review in the next package changes nothing; nor does a newer, lower grade take the pass away.
        let again = try essay.receive([review], package: 2)
        #expect(again.recorded == 0 && again.completions.isEmpty)
        let lower = try essay.receive([try essay.review(0, at: "2026-12-02T08:00:00.000Z")], package: 3)
        #expect(lower.recorded == 1 && lower.passed.isEmpty && lower.completions.isEmpty)
        let attempt = try #require(try essay.recorder.attempts(module: "satu").first)
        #expect(attempt.passed == true && attempt.scorePercent == 50)
        #expect(try essay.fixture.verbs().filter { $0 == "completed" }.count == 2)  // module read, course
        #expect(try essay.fixture.store.completions(of: ani.nip).count == 1)
    }

    @Test func aReviewOfAnEssayNotOnThisDeviceIsCountedAndLeftOut() throws {
        let essay = try EssayCourseFixture()
        let stranger = EssayReview(id: "r1", essayStatementID: UUID().uuidString.lowercased(), scaled: 1, comment: "",
                                   mentorNIP: "197001011995031001", mentorName: "M", reviewedAt: "2026-12-01T08:00:00.000Z")
        let received = try essay.receive([stranger])
        #expect(received.recorded == 0 && received.notHere == 1)
    }

    @Test func aGradedEssayCountsItsFractionOfOneMark() {
        let questions = [
            Question(id: "a", text: "?", kind: .trueFalse(answer: true, whenWrong: nil, whenRight: nil), line: 1),
            Question(id: "e", text: "?", kind: .essay, line: 2),
            Question(id: "d", text: "", kind: .description, line: 3),
        ]
        let responses: [String: Response] = ["a": .truth(true), "e": .text("x")]
        #expect(QuizScore(questions: questions, responses: responses).percent == 100)
        #expect(QuizScore(questions: questions, responses: responses, manualGrades: ["e": 0.5]).percent == 75)
        #expect(QuizScore(questions: questions, responses: responses, manualGrades: ["d": 1]).possible == 1)
    }

    @Test func aReviewForARemovedLearnerOrACourseNoLongerHereIsRecordedWithoutRegrading() throws {
        let essay = try EssayCourseFixture()
        let gone = try essay.fixture.store.receive([try essay.review(1)], package: 1, courses: [])
        #expect(gone.recorded == 1 && gone.passed.isEmpty)
        try essay.fixture.store.removeLearner(ani.nip)
        let removed = try essay.receive([try essay.review(1, at: "2026-12-02T08:00:00.000Z")], package: 2)
        #expect(removed.recorded == 1 && removed.passed.isEmpty && removed.completions.isEmpty)
        #expect(try essay.fixture.store.setting(.lastOfficePackage) == "2")
    }

    @Test func feedbackIsListedNewestFirstAndNewUntilRead() throws {
        let essay = try EssayCourseFixture()
        _ = try essay.receive([try essay.review(0.5), try essay.review(1, at: "2026-12-02T08:00:00.000Z")])
        let store = essay.fixture.store
        #expect(try store.unreadFeedbackCount(of: ani.nip) == 2)
        let listed = try store.feedback(of: ani.nip)
        #expect(listed.map(\.scaled) == [1, 0.5])
        #expect(listed.allSatisfy { $0.courseId == "esai" && $0.moduleId == "satu" && $0.questionId == "esai" && !$0.isRead })
        try store.markFeedbackRead(of: ani.nip)
        #expect(try store.unreadFeedbackCount(of: ani.nip) == 0)
        #expect(try store.feedback(of: ani.nip).allSatisfy(\.isRead))
        #expect(try store.unreadFeedbackCount(of: budi.nip) == 0)
    }
}
