import App
import Canvas
import Localization
import Quiz
import Testing

/// Every question kind drawn before and after a wrong answer, a typed essay and the review,
/// compared with the snapshots in `Snapshots/` at 80x24 and 40x12, in both languages, in UTF-8
/// and under ASCII (RECORD_SNAPSHOTS=1 rewrites them; read the diff).
@Suite struct QuizSnapshotTests {
    @Test(arguments: [Language.indonesian, .english], [(80, 24, true), (40, 12, true), (40, 12, false)])
    func everyKindAnswerAndReview(language: Language, size: (Int, Int, Bool)) throws {
        var session = QuizTrustTests.quiz(language, size.0, size.1, utf8: size.2, seed: 11)
        var frames = ""
        func frame(_ name: String) { frames += "=== \(name)\n\(session.screen)\n" }
        func answered(_ name: String, _ keys: [Key] = [], typing text: String = "") {
            frame("\(name), new")
            session.press(.enter)
            frame("\(name), Enter with nothing")
            for key in keys { session.press(key) }
            session.type(text)
            frame("\(name), answered")
            session.press(.enter)
            frame("\(name), feedback")
            session.press(.enter)
        }
        answered("multiple choice", [.character("1")])
        answered("multiple answer", [.character("1")])
        answered("true/false", [.character("2")])
        answered("short answer", typing: "jam")
        answered("numerical", typing: "40")
        answered("matching", [.right, .down, .right])
        frame("essay, new")
        session.type("Saya akan membaca satu modul setiap minggu dan mencatat apa yang saya pelajari bersama mentor.")
        frame("essay, typed")
        session.press(.enter)
        session.press(.enter)
        session.send(.attemptFinished(score: 35.7, passed: false))
        frame("result")
        session.press(.pageDown)
        frame("result, a page down")
        try Snapshot.match(frames, named: "quiz-\(language.rawValue)-\(size.0)x\(size.1)\(size.2 ? "" : "-ascii")")
    }
}
