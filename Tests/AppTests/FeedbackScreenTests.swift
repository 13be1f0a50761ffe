@testable import App
import Canvas
import CourseKit
import Foundation
import Localization
import Testing

/// The learner's side of the office's answer: the library says what feedback is new and opens
/// it, the feedback list opens the reviewed attempt, whose review shows the mentor's grade and
/// comment under the essay, and courses a package installed show at once.
@Suite struct FeedbackScreenTests {
    static let grade = MentorGrade(percent: 80, mentor: "Dr. Sri Mentor", comment: "Rencana yang jelas.\nLanjutkan.",
                                   reviewedAt: "2026-11-30T20:00:00.000Z")
    static let item = FeedbackItem(course: Fixture.course.title, question: "Refleksi", grade: grade, isNew: true,
                                   answer: ReviewedAnswer(courseID: Fixture.course.id, moduleID: "pentingnya", attempt: "7"))

    static func library(_ language: Language = .indonesian, _ width: Int = 80, _ height: Int = 24) -> Session {
        var session = Session(Fixture.state(language, width, height))
        session.send(.started(Fixture.startup(learners: [Fixture.learner])))
        session.send(.learnerChosen(Fixture.learner, records: [:]))
        return session
    }

    @Test(arguments: [(Language.indonesian, 80, 24, "2 umpan balik baru", "f Umpan balik"),
                      (.english, 40, 12, "2 new feedback", "f Feedback")])
    func theLibrarySaysWhatIsNewAndOffersTheListOnlyWhenThereIsSome(language: Language, width: Int, height: Int,
                                                                     line: String, hint: String) {
        var session = Self.library(language, width, height)
        #expect(!session.screen.contains(line) && !session.screen.contains(hint))
        session.press(.character("f"))
        #expect(session.state.screen == .library)
        #expect(session.screen.contains(language == .english ? "No feedback from a mentor yet" : "Belum ada umpan balik"))
        session.send(.feedbackCounted(FeedbackCount(total: 3, unread: 2)))
        session.press(.down)
        let screen = session.screen
        #expect(screen.contains(line))
        #expect(screen.contains(hint))
        #expect(screen.contains(Fixture.course.title) && screen.contains(Fixture.second.title))
        session.press(.character("?"))
        #expect(session.screen.contains(language == .english ? "Feedback" : "Umpan balik"))
        session.press(.escape, .character("f"))
        #expect(session.state.screen == .feedback)
        #expect(session.effects.last == .loadFeedback(learner: Fixture.learner.nip, courses: session.state.courses))
        session.send(.feedbackLoaded([Self.item]))
        session.press(.escape)
        // Seen is read: back on the library nothing is new, and the key still opens the list.
        #expect(session.state.screen == .library && !session.screen.contains(line))
        #expect(session.state.feedbackCount == FeedbackCount(total: 1, unread: 0))
        #expect(session.effects.last == .loadFeedback(learner: Fixture.learner.nip, courses: session.state.courses))
    }

    @Test(arguments: [(Language.indonesian, "1 Desember 2026, 03.00"), (.english, "1 December 2026, 03:00")])
    func theFeedbackListShowsEveryFieldWithTheLearnersLocalDate(language: Language, date: String) {
        var session = Self.library(language)
        session.send(.feedbackCounted(FeedbackCount(total: 1, unread: 1)))
        session.press(.character("f"))
        session.send(.feedbackLoaded([Self.item]))
        let screen = session.screen
        // Reviewed at 20.00 UTC on 30 November: in Jakarta it is already 1 December.
        #expect(screen.contains(date) && !screen.contains("2026-11-30"))
        #expect(screen.contains("80%") && screen.contains("Refleksi") && screen.contains(Fixture.course.title))
        #expect(screen.contains("Dr. Sri Mentor: Rencana yang jelas. Lanjutkan."))
        #expect(screen.contains(language == .english ? "[new]" : "[baru]"))
    }

    @Test(arguments: [Language.indonesian, .english])
    func aReviewOpensItsAttemptWithTheGradeAndCommentUnderTheEssay(language: Language) throws {
        var session = Self.library(language)
        session.send(.feedbackCounted(FeedbackCount(total: 1, unread: 1)))
        session.press(.character("f"))
        session.send(.feedbackLoaded([Self.item]))
        session.press(.enter)
        #expect(session.state.screen == .quiz)
        #expect(session.effects.last == .openPastAttempt(Fixture.scope, moduleID: "pentingnya", attempt: "7"))
        let refleksi = try #require(Fixture.quiz.questions.last)
        let session7 = QuizSession(courseID: Fixture.course.id, moduleID: "pentingnya", quiz: Fixture.quiz, attempt: "7",
                                   saved: ["jp": .choice(index: 1), refleksi.id: .text("Belajar tiap Jumat")])
        session.send(.pastAttemptLoaded(PastAttempt(session: session7, score: 90, passed: true,
                                                    grades: [refleksi.id: Self.grade])))
        session.press(.pageDown, .pageDown, .pageDown)
        let screen = session.screen
        let english = language == .english
        #expect(screen.contains(english ? "Graded by Dr. Sri Mentor: 80%, 1 December 2026, 03:00"
                                        : "Nilai dari Dr. Sri Mentor: 80%, 1 Desember 2026, 03.00"))
        #expect(screen.contains(english ? "Comment: Rencana yang jelas." : "Komentar: Rencana yang jelas."))
        #expect(screen.contains("Lanjutkan."))
        #expect(!screen.contains(english ? "Waiting for the trainer's grade" : "Menunggu penilaian pengajar"))
        session.press(.escape)
        #expect(session.state.screen == .feedback)
    }

    @Test func anEssayNotGradedYetSaysItWaits() {
        var session = Self.library(.english)
        session.send(.feedbackCounted(FeedbackCount(total: 1, unread: 0)))
        session.press(.character("f"))
        session.send(.feedbackLoaded([Self.item]))
        session.press(.enter)
        let session7 = QuizSession(courseID: Fixture.course.id, moduleID: "pentingnya", quiz: Fixture.quiz, attempt: "7",
                                   saved: ["refleksi": .text("Belajar tiap Jumat")])
        session.send(.pastAttemptLoaded(PastAttempt(session: session7, score: 0, passed: false, grades: [:])))
        session.press(.pageDown, .pageDown, .pageDown)
        #expect(session.screen.contains("Waiting for the trainer's grade."))
        #expect(!session.screen.contains("Graded by"))
    }

    @Test func aPastAttemptOfACompletedCourseSaysItIsCompleted() {
        var session = Self.library(.english)
        session.send(.recordsChanged([Fixture.course.id: CourseRecord(percent: 100, status: .completed)]))
        session.send(.feedbackCounted(FeedbackCount(total: 1, unread: 1)))
        session.press(.character("f"))
        session.send(.feedbackLoaded([Self.item]))
        session.press(.enter)
        let session7 = QuizSession(courseID: Fixture.course.id, moduleID: "pentingnya", quiz: Fixture.quiz, attempt: "7")
        session.send(.pastAttemptLoaded(PastAttempt(session: session7, score: 90, passed: true, grades: [:])))
        #expect(session.screen.contains("Course completed: 2 JP recorded."))
    }

    @Test func aReviewWhoseCourseIsGoneSaysSoInsteadOfOpening() {
        var session = Self.library(.english)
        session.send(.feedbackCounted(FeedbackCount(total: 1, unread: 1)))
        session.press(.character("f"))
        var gone = Self.item
        gone.answer = nil
        session.send(.feedbackLoaded([gone]))
        #expect(!session.screen.contains("Open answer"))
        session.press(.enter)
        #expect(session.state.screen == .feedback)
        #expect(session.screen.contains("That answer is no longer on this device"))
    }

    @Test func coursesReloadedShowAtOnceAndAnAttemptUnderWayFinishesOnItsVersion() throws {
        var session = Self.library()
        session.press(.enter)
        session.send(.courseOpened(Fixture.course, titled: true))
        session.press(.down, .character("u"), .enter)
        session.send(.quizStarted(QuizSession(courseID: Fixture.course.id, moduleID: "pentingnya",
                                              quiz: ModuleQuiz(file: "", questions: [Fixture.quiz.questions[2]]), attempt: "9")))
        var newer = Fixture.course
        newer.version = "2.0.0"
        newer.title = "Pengembangan Kualitas ASN (baru)"
        var third = Fixture.second
        third.id = "kursus-baru"
        third.title = "Kursus Baru dari Kantor"
        session.send(.coursesReloaded([third, newer, Fixture.second], failures: []))
        #expect(session.state.titledCourses.isEmpty)
        session.press(.character("1"), .enter, .enter)
        guard case .finishAttempt(let scope, "9", _)? = session.effects.last else {
            Issue.record("no finish: \(session.effects)")
            return
        }
        #expect(scope.course.version == "1.0.0")
        // The outline under it is on a module a later version no longer has: it moves to a row there is.
        var emptied = newer
        emptied.version = "3.0.0"
        emptied.modules = []
        session.send(.coursesReloaded([third, emptied, Fixture.second], failures: []))
        #expect(session.state.outline.selected == 0)
        session.send(.coursesReloaded([third, newer, Fixture.second], failures: []))
        session.press(.escape, .escape)
        #expect(session.state.screen == .library)
        #expect(session.screen.contains("Kursus Baru dari Kantor") && session.screen.contains("(baru)"))
        // The selection stays on the course the learner was in, though a new one sorts before it.
        #expect(session.state.visibleCourses[session.state.library.selected].id == Fixture.course.id)
        #expect(!session.screen.contains(Fixture.failure.message))
    }
}
