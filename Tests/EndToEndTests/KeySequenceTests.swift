import Foundation
import Testing
import TestSupport

/// Keys as PuTTY and tmux send them under `TERM=xterm`, whose terminfo entry knows other
/// sequences: Home as ESC [1~ once read as Escape and quit the first-run form, losing it.
@Suite(.serialized) struct KeySequenceTests {
    @Test func homeAndEndAsPuTTYSendsThemMoveInTheFirstRunForm() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let app = try Tmux(arguments: ["--courses", workspace.courses.path, "--store", workspace.store],
                           environment: ["TERM": "xterm"])
        try app.wait(for: "Profil peserta")
        try app.type("1986092620150510")
        try app.type("\u{1B}[1~")
        try app.type("X")
        try app.wait(for: "the cursor at the start") { $0.contains("X1986092620150510") }
        try app.type("\u{1B}[4~")
        try app.type("01")
        let screen = try app.wait(for: "the digits at the end") { $0.contains("X198609262015051001") }
        #expect(screen.contains("Profil peserta"))
        try app.type("\u{1B}[99~")
        try app.press("BSpace")
        try app.wait(for: "still the form") { $0.contains("X19860926201505100") && $0.contains("Profil peserta") }
        try app.press("Escape")
        try app.wait(for: "EXIT=0")
    }
}

/// A push waits on the network off the UI thread: the screen says how far it got, keys still
/// work, and Esc leaves it.
@Suite(.serialized) struct LiveSyncTests {
    @Test func theProgressScreenStaysLiveWhileAPushWaits() throws {
        let server = try SilentServer()
        let workspace = try Workspace.withLearner()
        defer { workspace.remove() }
        let app = try Tmux(arguments: ["--courses", workspace.courses.path, "--store", workspace.store,
                                       "--learner", LearnerJourneyTests.nip], environment: server.environment)
        try app.wait(for: "Kursus saya")
        // Opening a module makes a record to send.
        try app.press("Enter")
        try app.wait(for: "Lanjutkan")
        try app.press("Enter")
        try app.wait(for: LearnerJourneyTests.readerFooter)
        try app.press("Escape")
        try app.wait(for: "Lanjutkan")
        try app.press("p")
        try app.wait(for: "s Sinkronisasi")
        try app.press("s")
        try app.wait(for: "Mengirim ke LRS: 0 dari")
        try app.press("e")
        try app.wait(for: "Tunggu sampai ekspor/pengiriman selesai.")
        try app.press("Escape")
        try app.wait(for: "the outline, with the push still waiting") { $0.contains("Lanjutkan") && !$0.contains("Mengirim") }
        try app.press("C-c")
        try app.wait(for: "EXIT=0")
        withExtendedLifetime(server) {}
    }
}
