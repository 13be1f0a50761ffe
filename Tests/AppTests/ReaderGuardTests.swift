import App
import Canvas
import Foundation
import Markdown
import Testing

/// A module cmark-gfm would take a minute over is shown plainly within 2 s, and says so.
@Suite struct ReaderGuardTests {
    /// The `belajar` that `swift build --build-tests` made beside the test bundle.
    static let probe = [URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        .appendingPathComponent("belajar").path, "markdown-probe"]

    /// Emphasis around links, 600 KB: Debian's cmark-gfm 0.29 takes 0.07 s over 66 KB of it and
    /// more than 10 s over 220 KB.
    static let slow = String(repeating: "_a [b](c)_ *", count: 50_000)

    @Test func aModuleTooSlowToLayOutOpensPlainlyWithin2Seconds() throws {
        var session = Session(Fixture.state(.indonesian, 80, 24))
        session.state.layoutGuard = LayoutGuard(probe: Self.probe)
        session.send(.started(Fixture.startup(learners: [Fixture.learner])))
        session.send(.learnerChosen(Fixture.learner, records: [:]))
        session.press(.enter, .enter)
        let started = Date()
        session.send(.moduleLoaded(courseID: Fixture.course.id, moduleID: "pentingnya",
                                   .success(ModuleText(markdown: Self.slow))))
        let took = Date().timeIntervalSince(started)
        #expect(took < 2, "took \(took) s")
        let reader = try #require(session.state.reader)
        #expect(reader.document?.plainReason == .tooSlow(seconds: 1))
        let screen = session.screen
        #expect(screen.contains("tidak selesai ditata dalam 1 detik: ditampilkan sebagai teks polos"))
        #expect(screen.contains("_a [b](c)_ *_a [b](c)_"))
        // After the next key the notice goes; the status line still says it.
        session.press(.down)
        #expect(session.screen.contains("teks polos"))
        #expect(reader.lineCount > 6_000)
    }

    @Test func anOrdinaryModuleIsLaidOutWithTheGuardOn() throws {
        var session = ReaderTests.reading()
        session.state.layoutGuard = LayoutGuard(probe: Self.probe)
        // Over the size that is probed, and quick for cmark-gfm: laid out as Markdown.
        let long = String(repeating: Fixture.markdown, count: 40)
        #expect(long.utf8.count > LayoutGuard(probe: nil).probedFrom)
        session.send(.moduleLoaded(courseID: Fixture.course.id, moduleID: "pentingnya", .success(ModuleText(markdown: long))))
        let reader = try #require(session.state.reader)
        #expect(reader.document?.plainReason == nil)
        #expect(!session.screen.contains("teks polos"))
        #expect(!session.screen.contains("**20 JP**"))
    }

    @Test func aModuleOverTheSizeLimitIsNotEvenTried() throws {
        var session = ReaderTests.reading()
        session.state.layoutGuard = LayoutGuard(probe: ["/nonexistent"], maximumBytes: 1 << 20)
        let huge = String(repeating: "Kalimat biasa tentang kompetensi ASN. ", count: 30_000)
        session.send(.moduleLoaded(courseID: Fixture.course.id, moduleID: "pentingnya", .success(ModuleText(markdown: huge))))
        let reader = try #require(session.state.reader)
        #expect(reader.document?.plainReason == .tooLarge(bytes: huge.utf8.count, limit: 1 << 20))
        #expect(session.screen.contains("Modul ini 1.1 MB (batas 1.0 MB): ditampilkan sebagai teks polos."))
    }
}
