import CourseKit
import Foundation
import ProgressStore
import Quiz
import Testing
import TestSupport

/// A quiz cut off by a power cut (the app killed) goes on after a restart with the same order.
@Suite(.serialized) struct QuizResumeTests {
    @Test func aKilledAttemptResumesWithTheSameOrderAndIsShownAsUnfinished() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let course = try workspace.course()
        let quiz = try #require(try course.quiz(of: course.modules[0]))
        let arguments = ["--courses", workspace.courses.path, "--store", workspace.store]
        var app = try Tmux(arguments: arguments)
        try app.wait(for: "Profil peserta")
        try app.type(LearnerJourneyTests.nip)
        try app.press("Tab")
        try app.type("Siti Rahayu")
        try app.press("Enter")
        try app.wait(for: "Hak Pengembangan Kompetensi")
        try app.press("Enter")
        try app.wait(for: "Lanjutkan")
        try app.press("Down", "u")
        var taker = QuizTaker(app: app)
        try app.wait(for: "1/7")
        try taker.answer(quiz.questions[0])
        try app.press("Enter")
        try app.wait(for: "Tekan Enter untuk lanjut")
        try app.press("Enter")
        let before = Self.choices(try app.wait(for: "the second question") { $0.contains("2/7") && Self.choices($0).count == 3 })
        try app.killApp()
        try app.wait(for: "EXIT=137")
        // The order shown is the one the stored seed gives, not the file's by chance.
        let store = try ProgressStore(path: workspace.store)
        let attempt = try #require(try store.recorder(for: try NIP(validating: LearnerJourneyTests.nip), in: course)
            .unfinishedAttempt(module: course.modules[0].id))
        guard case .multipleAnswer(let choices) = quiz.questions[1].kind else { throw Tmux.Failure(description: "not multiple answer") }
        let seeded = AnswerOrder.of(quiz.questions[1], seed: try #require(attempt.shuffleSeed)).map { choices[$0].text }
        #expect(before.map { $0.trimmingCharacters(in: .whitespaces) } == seeded)

        app = try Tmux(arguments: arguments)
        try app.wait(for: "Pilih peserta")
        try app.press("Enter")
        try app.wait(for: "Kuis sedang dikerjakan 1/7")
        try app.press("Enter")
        try app.wait(for: "Lanjutkan: Kuis:")
        try app.press("Enter")
        let resumed = try app.wait(for: "the resumed question") { $0.contains("2/7") && Self.choices($0).count == 3 }
        #expect(resumed.contains("Melanjutkan kuis (1/7 dijawab)"))
        #expect(Self.choices(resumed) == before)
        taker = QuizTaker(app: app)
        try taker.take(quiz, from: 1)
        let result = try app.wait(for: "Lulus")
        #expect(result.contains("Benar 6, salah 0, menunggu penilaian 1"))
        try app.press("C-c")
        try app.wait(for: "EXIT=0")
    }

    /// The choice lines of a multiple-answer question, in the order shown.
    static func choices(_ screen: String) -> [String] {
        screen.split(separator: "\n").filter { $0.contains(". [ ] ") }.map { String($0.split(separator: "]").last ?? "") }
    }
}
