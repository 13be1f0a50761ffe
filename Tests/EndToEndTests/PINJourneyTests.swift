import Foundation
import Testing

/// A learner protects her records with a PIN, someone else guesses, the app is killed to shake
/// off the wait, and the office resets the forgotten PIN: the built binary under tmux.
@Suite(.serialized) struct PINJourneyTests {
    @Test func aPINIsSetAskedRefusedSlowedAcrossAKillAndReset() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let arguments = ["--courses", workspace.courses.path, "--store", workspace.store]
        var app = try Tmux(arguments: arguments)
        try app.wait(for: "Profil peserta")
        try app.type("19860926 201505 1 001")
        try app.press("Tab")
        try app.type("Siti Rahayu")
        try app.press("Tab", "Tab", "Tab")
        try app.wait(for: "Boleh dikosongkan")
        try app.type("4829")
        try app.press("Tab")
        try app.type("4829")
        let form = try app.wait(for: "the masked PIN") { $0.contains("••••") }
        #expect(!form.contains("4829"))
        try app.press("Enter")
        try app.wait(for: "Hak Pengembangan Kompetensi")
        try app.press("q")
        try app.wait(for: "EXIT=0")

        app = try Tmux(arguments: arguments)
        try app.wait(for: "Pilih peserta")
        try app.press("Enter")
        try app.wait(for: "PIN Siti Rahayu:")
        for _ in 0..<2 { try app.answer("1111", expecting: "PIN salah. Coba lagi.") }
        try app.answer("1111", expecting: "Coba lagi dalam 30 detik")
        // Killing the app does not end the wait: the count is in the store.
        try app.press("C-c")
        try app.wait(for: "EXIT=0")
        app = try Tmux(arguments: arguments + ["--learner", "19860926 201505 1 001"])
        try app.wait(for: "PIN Siti Rahayu:")
        try app.answer("4829", expecting: "Terlalu banyak PIN salah: tunggu")
        try app.press("Escape")
        try app.wait(for: "EXIT=0")

        // The office resets it, with a reason; she opens her records without a PIN.
        let (status, output) = try run([Tmux.binary, "learner", "reset-pin", "198609262015051001",
                                        "--reason", "lupa PIN", "--store", workspace.store])
        #expect(status == 0, "\(output)")
        app = try Tmux(arguments: arguments)
        try app.wait(for: "Pilih peserta")
        try app.press("Enter")
        try app.wait(for: "Hak Pengembangan Kompetensi")
        try app.press("q")
        try app.wait(for: "EXIT=0")
    }
}

extension Tmux {
    /// Types `text`, presses Enter, and waits for `answer`.
    func answer(_ text: String, expecting answer: String) throws {
        try type(text)
        try press("Enter")
        try wait(for: answer)
    }
}
