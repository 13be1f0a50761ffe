import App
import Canvas
import Foundation
import Localization
import Testing
import TestSupport

/// A learner's first session, folded through `update` and drawn by `view` at every step that
/// shows a new screen, compared with the snapshots in `Snapshots/` (set BELAJAR_RECORD_SNAPSHOTS=1 to
/// rewrite them after a deliberate change, then read the diff).
@Suite struct JourneySnapshotTests {
    static let sizes = [(80, 24), (40, 12)]

    @Test(arguments: [Language.indonesian, .english], [0, 1])
    func journey(language: Language, size: Int) throws {
        let (width, height) = Self.sizes[size]
        let frames = Self.journey(Fixture.state(language, width, height))
        try Snapshot.match(frames, named: "journey-\(language.rawValue)-\(width)x\(height)")
    }

    /// The frames of one journey, each under a `=== name` line.
    static func journey(_ start: AppState) -> String {
        var session = Session(start)
        var frames = ""
        func frame(_ name: String) { frames += "=== \(name)\n\(session.styledScreen)\n" }
        session.send(.started(Fixture.startup()))
        frame("profile form, empty")
        session.type("1986 0926 2015")
        frame("profile form, NIP half typed")
        session.type("051001")
        session.press(.tab)
        frame("profile form, NIP valid, on name")
        session.press(.enter)
        frame("profile form, name missing")
        session.type("Siti Rahayu")
        session.press(.tab)
        session.type("BKN")
        session.press(.enter)
        session.send(.learnerChosen(Fixture.learner, records: [:]))
        frame("library")
        session.press(.character("/"))
        session.type("nulis")
        frame("library filtered")
        session.press(.escape, .enter)
        frame("outline")
        session.press(.enter)
        session.send(.moduleLoaded(courseID: Fixture.course.id, moduleID: "pentingnya",
                                   .success(ModuleText(markdown: Fixture.markdown))))
        frame("reader at the top")
        session.press(.character(" "))
        frame("reader, a page down")
        session.press(.character("/"))
        session.type("coaching")
        session.press(.enter)
        frame("reader, searched")
        session.press(.character("t"))
        frame("reader, table of contents")
        session.press(.escape, .character("G"))
        frame("reader at the end")
        session.press(.enter)
        frame("quiz, asks before using a limited attempt")
        session.press(.enter)
        frame("quiz loading")
        session.send(.quizStarted(QuizSession(courseID: Fixture.course.id, moduleID: "pentingnya",
                                              quiz: Fixture.quiz, attempt: "a1", attemptsLeft: 2)))
        frame("quiz, first question")
        session.press(.character("2"), .enter)
        frame("quiz, feedback")
        session.press(.enter, .character("1"), .character("2"), .down)
        frame("quiz, multiple answer ticked")
        session.press(.enter, .enter, .character("1"), .enter, .enter)
        session.type("jp")
        frame("quiz, short answer typed")
        session.press(.enter, .enter)
        session.type("45")
        session.press(.enter, .enter, .right, .down, .right, .right)
        frame("quiz, matching")
        session.press(.enter, .enter)
        session.type("Belajar tiap Jumat")
        session.press(.enter, .enter)
        session.send(.attemptFinished(score: 100, passed: true))
        frame("quiz result")
        session.press(.enter, .escape, .escape, .character("p"))
        session.send(.reportLoaded(Fixture.report))
        frame("progress")
        session.press(.character("?"))
        frame("help on progress")
        return frames
    }
}

/// Golden text files beside the tests (TestSupport's `Snapshot`).
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func match(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if let mismatch = TestSupport.Snapshot.mismatch(text, named: name, in: folder) {
            Issue.record(Comment(rawValue: mismatch), sourceLocation: sourceLocation)
        }
    }
}
