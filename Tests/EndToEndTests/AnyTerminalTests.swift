import Foundation
import Testing
import TestSupport

/// Terminals as learners have them: tiny windows, `LANG=C`, a VT100 without colours.
@Suite(.serialized) struct AnyTerminalTests {
    /// A learner already on the device, so the app opens on the picker.
    private func start(_ workspace: Workspace, width: Int = 80, height: Int = 24,
                       environment: [String: String] = [:]) throws -> Tmux {
        let app = try Tmux(width: width, height: height,
                           arguments: ["--courses", workspace.courses.path, "--store", workspace.store,
                                       "--learner", LearnerJourneyTests.nip],
                           environment: environment)
        return app
    }

    private func withLearner(broken: Bool = false) throws -> Workspace { try Workspace.withLearner(broken: broken) }

    @Test func resizingToTinyAndBackKeepsTheReadingPosition() throws {
        let workspace = try withLearner()
        defer { workspace.remove() }
        let app = try start(workspace)
        try app.wait(for: "Kursus saya")
        try app.press("Enter", "Enter")
        try app.wait(for: LearnerJourneyTests.readerFooter)
        try app.press("NPage", "Down", "Down")
        let before = try app.wait(for: "the second page") { !$0.contains(LearnerJourneyTests.firstParagraph) }
        try app.resize(width: 30, height: 10)
        try app.wait(for: "Layar terlalu kecil")
        try app.resize(width: 80, height: 24)
        let after = try app.wait(for: "the reader again") { $0.contains(LearnerJourneyTests.readerFooter) }
        #expect(after == before)
        try app.press("C-c")
        try app.wait(for: "EXIT=0")
    }

    @Test func withLANGCTheScreenHasOnlyASCII() throws {
        let workspace = try withLearner()
        defer { workspace.remove() }
        let app = try start(workspace, environment: ["LANG": "C", "LC_ALL": "C"])
        let library = try app.wait(for: "Hak Pengembangan Kompetensi")
        #expect(library.contains("> Hak Pengembangan Kompetensi"))
        try app.press("Enter", "Enter")
        let reader = try app.wait(for: "Spasi Halaman")
        let ascii = reader.unicodeScalars.allSatisfy(\.isASCII)
        #expect(ascii, "\(reader)")
        try app.press("q", "q", "q")
        try app.wait(for: "EXIT=0")
    }

    @Test func aVT100WithoutColoursWorksAndIsRestoredOnExit() throws {
        let workspace = try withLearner()
        defer { workspace.remove() }
        let app = try start(workspace, environment: ["TERM": "vt100", "NO_COLOR": "1"])
        try app.wait(for: "Kursus saya")
        try app.press("p")
        try app.wait(for: "0 dari 20 JP")
        try app.press("Escape", "q")
        let after = try app.wait(for: "EXIT=0")
        #expect(!after.contains("Kursus saya"), "the app's screen was left behind:\n\(after)")
    }

    /// Module titles are read when the outline opens, not with the library: a module file gone
    /// in between is said there, and the outline still opens with the other modules titled.
    @Test func aModuleFileGoneSinceStartIsNamedOnTheOutline() throws {
        let workspace = try withLearner()
        defer { workspace.remove() }
        let app = try start(workspace, environment: ["LANG": "en_US.UTF-8"])
        try app.wait(for: "Hak Pengembangan Kompetensi")
        try FileManager.default.removeItem(at: workspace.courses.appendingPathComponent("kompetensi-asn/02-rencana.md"))
        try app.press("Enter")
        let outline = try app.wait(for: "file '02-rencana.md' does not exist")
        #expect(outline.contains("kompetensi-asn/02-rencana.md"))
        #expect(outline.contains("Hak dan kewajiban"))
        try app.press("q", "q")
        try app.wait(for: "EXIT=0")
    }

    @Test func aBrokenCourseIsListedWithItsFirstError() throws {
        let workspace = try withLearner(broken: true)
        defer { workspace.remove() }
        let app = try start(workspace, environment: ["LANG": "en_US.UTF-8"])
        let library = try app.wait(for: "Courses that failed to load")
        #expect(library.contains("rusak: course.yaml"))
        #expect(library.contains("Hak Pengembangan Kompetensi"))
        try app.press("q")
        try app.wait(for: "EXIT=0")
    }
}
