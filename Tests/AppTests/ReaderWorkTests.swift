@testable import App
import Canvas
import Localization
import Markdown
import Testing

/// Layouts and searches are effects the runtime performs off the UI thread: the reader stays
/// live while they run, Esc gives a search up, and an answer that newer work made stale is dropped.
@Suite struct ReaderWorkTests {
    /// The reader of the fixture's module, laid out, with reader work left waiting from now on.
    static func reading(_ language: Language = .indonesian) -> Session {
        var session = ReaderTests.reading()
        if language != .indonesian { session.state.strings = Strings(language) }
        session.performsReaderWork = false
        return session
    }

    /// The reader work asked for last, and the answer it gives.
    static func lastWork(_ session: Session) throws -> (work: ReaderWork, answer: Msg) {
        guard case .readerWork(let work)? = session.effects.last else {
            throw Expectation.missing("reader work in \(session.effects.suffix(2))")
        }
        return (work, try #require(work.perform()))
    }

    enum Expectation: Error { case missing(String) }

    @Test func aSearchRunsAsWorkWhileKeysGoOnWorking() throws {
        var session = Self.reading()
        session.press(.character("/"))
        session.type("Coaching")
        session.press(.enter)
        let (work, answer) = try Self.lastWork(session)
        guard case .search(_, let query) = work.job else { Issue.record("\(work.job)"); return }
        #expect(query == "Coaching")
        #expect(session.state.reader?.search.hits == [])
        #expect(session.screen.contains("Mencari \"Coaching\"... Tekan Esc untuk membatalkan."))
        session.press(.down)
        #expect(session.state.reader?.top == 1)
        session.send(answer)
        #expect(session.state.reader?.pending == nil)
        #expect(session.state.reader?.search.hits.count == 12)
        #expect(session.screen.contains("Hasil 1 dari 12"))
    }

    @Test func escGivesASearchUpAndItsLateAnswerIsDropped() throws {
        var session = Self.reading(.english)
        session.press(.character("/"))
        session.type("Coaching")
        session.press(.enter)
        #expect(session.screen.contains("Searching for \"Coaching\"... Press Esc to cancel."))
        let (_, answer) = try Self.lastWork(session)
        session.press(.escape)
        #expect(session.effects.last == .cancelReaderWork)
        #expect(session.state.screen == .reader)
        #expect(session.state.reader?.search.query == "")
        session.send(answer)
        #expect(session.state.reader?.search.hits == [])
        #expect(!session.screen.contains("Coaching\"..."))
        // With nothing running, Esc leaves the reader as before.
        session.press(.escape)
        #expect(session.state.screen == .outline)
    }

    @Test func aSecondResizeSupersedesTheFirst() throws {
        var session = Self.reading()
        session.press(.pageDown)
        let firstLine = session.screen.split(separator: "\n").first.map(String.init)
        session.send(.resize(Size(width: 60, height: 24)))
        let (first, stale) = try Self.lastWork(session)
        #expect(first.width == 58)
        #expect(session.screen.contains("Menata ulang modul untuk ukuran layar baru..."))
        session.send(.resize(Size(width: 50, height: 20)))
        let (second, fresh) = try Self.lastWork(session)
        #expect(second.generation > first.generation)
        session.send(stale)
        #expect(session.state.reader?.rendered?.width == 78)
        #expect(session.state.reader?.pending != nil)
        session.send(fresh)
        #expect(session.state.reader?.rendered?.width == 48)
        #expect(session.state.reader?.pending == nil)
        // Back at the first size the same text is on top again.
        session.send(.resize(Size(width: 80, height: 24)))
        session.send(try Self.lastWork(session).answer)
        #expect(session.screen.split(separator: "\n").first.map(String.init) == firstLine)
    }

    @Test func aResizeDuringASearchSearchesTheNewLinesAgain() throws {
        var session = Self.reading()
        session.press(.character("/"))
        session.type("kompetensi")
        session.press(.enter)
        session.send(.resize(Size(width: 40, height: 12)))
        let (layout, laidOut) = try Self.lastWork(session)
        guard case .layOut = layout.job else { Issue.record("\(layout.job)"); return }
        session.send(laidOut)
        let (search, found) = try Self.lastWork(session)
        guard case .search(let lines, "kompetensi") = search.job else { Issue.record("\(search.job)"); return }
        #expect(lines.width == 38)
        session.send(found)
        #expect(session.state.reader?.search.hits == session.state.reader?.rendered?.search("kompetensi"))
        #expect(session.state.reader?.search.hits.isEmpty == false)
    }

    @Test func aSearchAskedDuringALayoutWaitsForTheNewLines() throws {
        var session = Self.reading()
        session.send(.resize(Size(width: 40, height: 12)))
        let (layout, laidOut) = try Self.lastWork(session)
        session.press(.character("/"))
        session.type("kompetensi")
        session.press(.enter)
        #expect(session.effects.last == .readerWork(layout))
        session.send(laidOut)
        let (search, found) = try Self.lastWork(session)
        guard case .search(let lines, "kompetensi") = search.job else { Issue.record("\(search.job)"); return }
        #expect(lines.width == 38)
        session.send(found)
        #expect(session.state.reader?.search.hits.isEmpty == false)
    }

    @Test func leavingTheReaderStopsItsWork() {
        var session = Self.reading()
        session.send(.resize(Size(width: 60, height: 24)))
        session.press(.escape)
        #expect(session.effects.contains(.cancelReaderWork))
        #expect(session.state.screen == .outline)
    }

    @Test func aModuleOpensThroughWorkAndSaysSoMeanwhile() throws {
        var session = Session(Fixture.state(.indonesian, 80, 24))
        session.performsReaderWork = false
        session.send(.started(Fixture.startup(learners: [Fixture.learner])))
        session.send(.learnerChosen(Fixture.learner, records: [:]))
        session.press(.enter, .enter)
        session.send(.moduleLoaded(courseID: Fixture.course.id, moduleID: "pentingnya",
                                   .success(ModuleText(markdown: Fixture.markdown))))
        #expect(session.screen.contains("Memuat modul..."))
        let (work, answer) = try Self.lastWork(session)
        guard case .open(let markdown, _) = work.job else { Issue.record("\(work.job)"); return }
        #expect(markdown == Fixture.markdown)
        session.send(answer)
        #expect(session.screen.contains("Pentingnya pengembangan kompetensi"))
        #expect(!session.screen.contains("Memuat modul..."))
    }
}
