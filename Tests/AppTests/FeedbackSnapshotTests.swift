@testable import App
import Canvas
import Foundation
import Localization
import Testing

/// What the learner sees when the office's answer came back: the library saying so, the
/// feedback list, and the reviewed attempt with the grade and comment under the essay, compared
/// with `Snapshots/feedback-*.txt` (BELAJAR_RECORD_SNAPSHOTS=1 rewrites them; read the diff).
@Suite struct FeedbackSnapshotTests {
    @Test(arguments: [Language.indonesian, .english], [0, 1])
    func feedback(language: Language, size: Int) throws {
        let (width, height) = JourneySnapshotTests.sizes[size]
        var session = FeedbackScreenTests.library(language, width, height)
        var frames = ""
        func frame(_ name: String) { frames += "=== \(name)\n\(session.styledScreen)\n" }
        session.send(.feedbackCounted(FeedbackCount(total: 2, unread: 1)))
        frame("library with new feedback")
        session.press(.character("f"))
        var older = FeedbackScreenTests.item
        older.question = "Esai 2"
        older.isNew = false
        older.grade = MentorGrade(percent: 50, mentor: "Drs. Budi", comment: "Cukup; tambahkan contoh dari unit kerja Anda.",
                                  reviewedAt: "2026-11-28T03:15:00.000Z")
        session.send(.feedbackLoaded([FeedbackScreenTests.item, older]))
        frame("feedback list")
        session.press(.character("?"))
        frame("help on the feedback list")
        session.press(.escape, .enter)
        let refleksi = Fixture.quiz.questions[6]
        let attempt = QuizSession(courseID: Fixture.course.id, moduleID: "pentingnya", quiz: Fixture.quiz, attempt: "7",
                                  saved: ["jp": .choice(index: 1), refleksi.id: .text("Belajar tiap Jumat bersama mentor.")])
        session.send(.pastAttemptLoaded(PastAttempt(session: attempt, score: 50, passed: false,
                                                    grades: [refleksi.id: FeedbackScreenTests.grade])))
        for _ in 0..<12 { session.press(.pageDown) }
        frame("attempt review, the essay graded")
        try Snapshot.match(frames, named: "feedback-\(language.rawValue)-\(width)x\(height)")
    }
}
