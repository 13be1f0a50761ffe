import Foundation
import Testing

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
