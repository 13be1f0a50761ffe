import App
import Canvas
import Testing

@Suite struct ReaderTests {
    /// A session on the reader of the fixture's first module, loaded at `position`.
    static func reading(width: Int = 80, height: Int = 24, position: Double = 0) -> Session {
        var session = Session(Fixture.state(.indonesian, width, height))
        session.send(.started(Fixture.startup(learners: [Fixture.learner])))
        session.send(.learnerChosen(Fixture.learner, records: [:]))
        session.press(.enter, .enter)
        session.send(.moduleLoaded(courseID: Fixture.course.id, moduleID: "pentingnya",
                                   .success(ModuleText(markdown: Fixture.markdown, position: position))))
        return session
    }

    @Test func opensTheModuleThroughAnEffect() {
        let session = Self.reading()
        #expect(session.effects.prefix(2) == [.loadCourse(Fixture.scope, readTitles: true),
                                              .openModule(Fixture.scope, moduleID: "pentingnya")])
        // Parsed and laid out by the runtime too, off the UI thread.
        guard case .readerWork(let work)? = session.effects.last, case .open(Fixture.markdown, _) = work.job else {
            Issue.record("\(session.effects)")
            return
        }
        #expect(session.state.screen == .reader)
    }

    @Test func restoresTheSavedPosition() throws {
        let session = Self.reading(position: 0.5)
        let reader = try #require(session.state.reader)
        #expect(reader.top == reader.lineCount / 2)
    }

    @Test func resizingToTinyAndBackKeepsTheReadingPosition() throws {
        var session = Self.reading()
        session.press(.pageDown, .down, .down)
        let before = try #require(session.state.reader?.top)
        let firstLine = view(session.state).line(0)
        session.send(.resize(Size(width: 30, height: 10)))
        #expect(session.screen.contains("Layar terlalu kecil"))
        session.send(.resize(Size(width: 80, height: 24)))
        #expect(session.state.reader?.top == before)
        #expect(view(session.state).line(0) == firstLine)
    }

    @Test func reachingTheEndMarksTheModuleReadOnce() {
        var session = Self.reading()
        session.press(.end, .up, .end)
        let marks = session.effects.filter { $0 == .markRead(Fixture.scope, moduleID: "pentingnya") }
        #expect(marks.count == 1)
        #expect(session.screen.contains("Tekan Enter untuk mengerjakan kuis"))
        // Attempts are limited (3): the quiz asks before using one.
        session.press(.enter)
        #expect(session.state.quiz?.phase == .confirmingStart)
        session.press(.enter)
        #expect(session.effects.last == .openQuiz(Fixture.scope, moduleID: "pentingnya"))
    }

    @Test func leavingSavesThePosition() throws {
        var session = Self.reading()
        session.press(.pageDown)
        let anchor = try #require(session.state.reader?.anchor)
        #expect(anchor > 0)
        session.press(.escape)
        #expect(session.effects.last == .savePosition(Fixture.scope, moduleID: "pentingnya", position: anchor))
        #expect(session.state.screen == .outline)
    }

    @Test func ctrlCSavesThePositionAndQuitsAtOnce() {
        var session = Self.reading()
        session.press(.pageDown, .control("c"))
        #expect(session.effects.suffix(2).first.map { if case .savePosition = $0 { true } else { false } } == true)
        #expect(session.effects.last == .quit)
        #expect(session.state.isQuitting)
    }

    @Test func searchFindsHitsAndNMovesBetweenThem() throws {
        var session = Self.reading()
        session.press(.character("/"))
        session.type("Coaching")
        session.press(.enter)
        let hits = try #require(session.state.reader?.search.hits)
        #expect(hits.count == 12)
        session.press(.character("n"), .character("n"), .character("N"))
        #expect(session.state.reader?.search.current == 1)
        #expect(session.screen.contains("Hasil 2 dari 12"))
    }

    @Test func contentsJumpsToAHeading() throws {
        var session = Self.reading()
        session.press(.character("t"), .down, .down, .enter)
        let reader = try #require(session.state.reader)
        let heading = try #require(reader.rendered?.headings[2])
        #expect(reader.top == heading.line)
        #expect(reader.overlay == nil)
    }

    @Test func nextModuleSavesThisOneAndOpensTheNext() {
        var session = Self.reading()
        session.press(.character("]"))
        #expect(session.effects.suffix(2) == [
            .savePosition(Fixture.scope, moduleID: "pentingnya", position: 0),
            .openModule(Fixture.scope, moduleID: "strategi"),
        ])
    }

    @Test func aMissingModuleIsAMessageNotACrash() {
        var session = Session(Fixture.state(.english, 40, 12))
        session.send(.started(Fixture.startup(learners: [Fixture.learner])))
        session.send(.learnerChosen(Fixture.learner, records: [:]))
        session.press(.enter, .enter)
        session.send(.moduleLoaded(courseID: Fixture.course.id, moduleID: "pentingnya",
                                   .failure(Failure("01-pentingnya.md: file not found"))))
        #expect(session.screen.contains("The module cannot be opened"))
        session.press(.escape)
        #expect(session.state.screen == .outline)
    }
}
