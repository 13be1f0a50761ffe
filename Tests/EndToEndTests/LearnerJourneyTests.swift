import CourseKit
import Foundation
import ProgressStore
import Testing
import TestSupport

/// The built binary under tmux, used as a new learner would. Serialized: each test starts its own
/// tmux server, and the machine running the suite is small.
@Suite(.serialized) struct LearnerJourneyTests {
    static let nip = "198609262015051001"
    /// Only the reader shows these: its footer, and the module's first paragraph.
    static let readerFooter = "Spasi Halaman berikut"
    static let firstParagraph = "Setiap ASN wajib belajar"

    @Test func aNewLearnerFinishesACourseAndComesBackWhereTheyLeftOff() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let arguments = ["--courses", workspace.courses.path, "--store", workspace.store]
        var app = try Tmux(arguments: arguments)
        try app.wait(for: "Profil peserta")
        try app.type("19860926 201505 1 001")
        try app.wait(for: "NIP benar.")
        try app.press("Tab")
        try app.type("Siti Rahayu")
        try app.press("Tab")
        try app.type("BKN")
        try app.press("Enter")
        try app.wait(for: "Hak Pengembangan Kompetensi")
        try app.press("Enter")
        try app.wait(for: "Lanjutkan")
        try app.press("Enter")
        try app.wait(for: Self.readerFooter)
        try app.press("End")
        try app.wait(for: "Tekan Enter untuk mengerjakan kuis")
        try app.press("Enter")
        try answerEveryQuestion(of: try workspace.course(), in: app)
        try app.wait(for: "Lulus")
        try app.press("Enter")
        try app.press("]")
        try app.wait(for: "Modul ditandai sudah dibaca")
        try app.press("Escape")
        try app.wait(for: "100%")
        try app.press("p")
        try app.wait(for: "2 dari 20 JP")
        try app.press("Escape")
        try app.wait(for: "Lanjutkan")
        try app.press("Enter")
        // The module was read to the end, and opens where it was left: at the end.
        try app.wait(for: "Tekan Enter untuk mengerjakan kuis")
        try app.press("Home", "NPage", "NPage")
        let reading = try app.wait(for: "the third page") { $0.contains("Bagian 5") && !$0.contains(Self.firstParagraph) }
        try app.press("q", "q", "q")
        try app.wait(for: "EXIT=0")

        app = try Tmux(arguments: arguments)
        try app.wait(for: "Pilih peserta")
        try app.press("Enter")
        try app.wait(for: "Selesai")
        try app.press("Enter")
        try app.wait(for: "Lanjutkan")
        try app.press("Enter")
        let resumed = try app.wait(for: "the same page") { $0.contains(Self.readerFooter) }
        #expect(resumed == reading)
        try app.press("C-c")
        try app.wait(for: "EXIT=0")

        try expectRecords(in: workspace)
    }

    @Test func theSampleCourseCanBeReadAndItsFirstQuizPassed() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let bundled = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("courses")
        let library = CourseLibrary.load(folder: bundled)
        // Module titles as the outline shows them: their first headings.
        let course = try #require(library.courses.first { $0.id == "pengembangan-kualitas-asn" }).withModuleTitles().course
        let app = try Tmux(arguments: ["--courses", bundled.path, "--store", workspace.store, "--lang", "en"])
        try app.wait(for: "Learner profile")
        try app.type(Self.nip)
        try app.press("Tab")
        try app.type("Siti Rahayu")
        try app.press("Enter")
        try app.wait(for: course.title)
        let row = try #require(library.courses.firstIndex { $0.id == course.id })
        for _ in 0..<row { try app.press("Down") }
        try app.press("Enter")
        try app.wait(for: "Continue: \(course.modules[0].title)")
        try app.press("Enter")
        try app.wait(for: "Space Next page")
        try app.press("End")
        try app.wait(for: "Press Enter to take the quiz")
        try app.press("Enter")
        try answerEveryQuestion(of: course, in: app, truth: ("True", "False"))
        let result = try app.wait(for: "Score: 100%")
        #expect(result.contains("Passed"))
        try app.press("C-c")
        try app.wait(for: "EXIT=0")
    }

    private func answerEveryQuestion(of course: Course, in app: Tmux, truth: (String, String) = ("Benar", "Salah")) throws {
        let quiz = try #require(try course.quiz(of: course.modules[0]))
        try QuizTaker(app: app, truth: truth).take(quiz)
    }

    private func expectRecords(in workspace: Workspace) throws {
        let store = try ProgressStore(path: workspace.store)
        let nip = try NIP(validating: Self.nip)
        let progress = try store.progress(of: nip, in: [try workspace.course()])
        #expect(progress.first?.percent == 100)
        #expect(progress.first?.completion?.hours == 2)
        let year = Calendar.current.component(.year, from: Date())
        let earned = try store.yearlyHours(of: nip, year: year).earned
        let pending = try store.pendingStatementCount(learner: nip)
        #expect(earned == 2)
        #expect(pending > 10)
    }
}
