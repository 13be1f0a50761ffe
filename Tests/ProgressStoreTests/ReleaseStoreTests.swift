import CourseKit
import Foundation
import Quiz
import SQLite
import Testing
@testable import ProgressStore

/// `Fixtures/store-0.9.0.sqlite` was written by belajar 0.9.0, the release that kept the store
/// with GRDB: `belajar learner add` twice (Budi with PIN 1234), `belajar setting
/// jp.yearlyTarget 24`, and 0.9.0's store-stress recording two attempts at its `stress` course
/// (a reading, three answers each, the first failed, the second passed). A device updated to
/// this version must find all of it and go on recording in the same file.
@Suite struct ReleaseStoreTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/store-0.9.0.sqlite").path

    /// store-stress's course and quiz, as 0.9.0 recorded them.
    static let module = Module(id: "kuis", title: "Kuis", file: "kuis.md", quiz: "kuis.gift")
    static let stress = Course(id: "stress", title: "Stress", version: "1.0.0", hours: 1, modules: [module],
                               completion: CompletionRule(passMark: 50, maxAttempts: 0), folder: URL(fileURLWithPath: "/stress"))
    static let quiz = ModuleQuiz(file: "kuis.gift", questions: ["a", "b", "c"].map { id in
        Question(id: id, text: "Soal \(id)", kind: .trueFalse(answer: true, whenWrong: nil, whenRight: nil), line: 1)
    })

    static let ani = nip("198609262015052001")
    static let budi = nip("199001152014031002")

    /// A copy: the fixture itself stays as 0.9.0 wrote it.
    func copy() throws -> String {
        let path = TempFolder().file()
        try FileManager.default.copyItem(atPath: Self.fixture, toPath: path)
        return path
    }

    @Test func everyRecordOfTheReleaseIsThere() throws {
        let store = try ProgressStore(path: try copy())
        #expect(try store.learners() == [
            Learner(nip: Self.ani, name: "Ani Lestari", agency: "BKN", unit: "Kanreg XIV"),
            Learner(nip: Self.budi, name: "Budi Santoso"),
        ])
        #expect(try store.setting(.yearlyTargetJP) == "24")
        #expect(try store.setting(.deviceID) == "cf193617-d00f-49fa-b2dd-06a59a9d3c41")
        let recorder = try store.recorder(for: Self.ani, in: Self.stress)
        let attempts = try recorder.attempts(module: "kuis")
        #expect(attempts.map(\.scorePercent) == [0, 100])
        #expect(attempts.map(\.passed) == [false, true])
        #expect(attempts.map(\.answers.count) == [3, 3])
        #expect(attempts[1].answers["a"] == .truth(true))
        #expect(attempts.map(\.registration.uuidString) == ["7AC0C62F-255D-4420-9F91-E66295B3B940",
                                                            "4F197C77-A0B5-4246-BAB7-22D263B066AD"])
        #expect(attempts.allSatisfy { $0.shuffleSeed != nil && $0.isFinished })
        #expect(try recorder.reading(module: "kuis")?.firstOpenedAt == MachineFormat.date(fromTimestamp: "2026-12-02T01:07:59.300Z"))
        #expect(try store.pendingStatementCount() == 12)
        #expect(try store.statements(.all, limit: 20).map(\.seq) == Array(1...12))
    }

    @Test func itIsMigratedInPlaceNotMadeAgain() throws {
        let path = try copy()
        _ = try ProgressStore(path: path)
        let applied = try inspect(path) { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid") }
        #expect(applied == Schema.migrator.identifiers)
        #expect(applied.count == 5)
    }

    @Test func recordingGoesOnInTheSameFile() throws {
        let path = try copy()
        let store = try ProgressStore(path: path)
        #expect(try store.safetySettings() == ("wal", 2, true))
        let recorder = try store.recorder(for: Self.ani, in: Self.stress)
        _ = try recorder.open(module: "kuis")
        let attempt = try recorder.startAttempt(module: "kuis")
        #expect(attempt.id == 3)
        for question in Self.quiz.questions { try recorder.save(.truth(true), to: question, in: attempt.id) }
        let outcome = try recorder.finish(attempt.id, quiz: Self.quiz)
        #expect(outcome.attempt.passed == true)
        try store.checkPIN("1234", for: Self.budi)
        #expect(throws: StoreError.pinWrong(wait: ProgressStore.pinWait(afterFailures: 1))) {
            try store.checkPIN("9999", for: Self.budi)
        }
        // Reopened, as the next start of the app would.
        let again = try ProgressStore(path: path)
        #expect(try again.recorder(for: Self.ani, in: Self.stress).attempts(module: "kuis").count == 3)
        // opened, attempted, three answered, passed
        #expect(try again.pendingStatementCount() == 12 + 6)
        #expect(try Audit.problems(store: path, log: "/nonexistent").isEmpty)
    }
}
