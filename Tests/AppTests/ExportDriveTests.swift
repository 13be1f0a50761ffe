import App
import Canvas
import Foundation
import Testing

/// The export prompt offers the USB sticks that are mounted, read from the mount table.
@Suite struct ExportDriveTests {
    static let mounts = """
        /dev/sda1 / ext4 rw,relatime 0 0
        tmpfs /run tmpfs rw,nosuid 0 0
        /dev/sdb1 /media/ani/KINGSTON vfat rw,nosuid,nodev 0 0
        /dev/sdc1 /run/media/budi/DATA\\040KANTOR exfat rw 0 0
        /dev/sdd1 /media/cdrom iso9660 ro 0 0
        /dev/sde1 /media/ani/KINGSTON/inner ext4 rw 0 0
        """

    @Test func onlyDrivesUnderMediaUserAreOffered() {
        #expect(RemovableDrives.paths(inMounts: Self.mounts) == ["/media/ani/KINGSTON", "/run/media/budi/DATA KANTOR"])
        #expect(RemovableDrives.paths(inMounts: "") == [])
    }

    func session(drives: [String]) -> Session {
        var session = Session(Fixture.state(.indonesian, 80, 24))
        session.send(.started(Fixture.startup(learners: [Fixture.learner])))
        session.send(.learnerChosen(Fixture.learner, records: [:]))
        session.press(.character("p"))
        var report = Fixture.report
        report.drives = drives
        session.send(.reportLoaded(report))
        session.press(.character("e"))
        return session
    }

    @Test func oneStickIsFilledInAndTabGoesRoundSeveral() {
        var one = session(drives: ["/media/ani/KINGSTON"])
        #expect(one.screen.contains("Ekspor ke folder/berkas: /media/ani/KINGSTON"))
        one.press(.enter)
        #expect(one.effects.last == .export(path: "/media/ani/KINGSTON"))
        var two = session(drives: ["/media/ani/KINGSTON", "/run/media/budi/DATA KANTOR"])
        #expect(two.screen.contains("Flashdisk: /media/ani/KINGSTON  /run/media/budi/DATA KANTOR"))
        two.press(.tab)
        #expect(two.state.exportPath?.text == "/media/ani/KINGSTON")
        two.press(.tab)
        #expect(two.state.exportPath?.text == "/run/media/budi/DATA KANTOR")
        two.press(.tab)
        #expect(two.state.exportPath?.text == "/media/ani/KINGSTON")
    }

    @Test func withoutAStickThePromptSaysHowToGetOne() {
        let none = session(drives: [])
        #expect(none.screen.contains("Tidak ada flashdisk terpasang di /media"))
        #expect(none.state.exportPath?.text == "")
    }

    /// A name or title from outside never reaches the screen's cells as a control.
    @Test func aHostileNameIsDrawnHarmless() {
        let hostile = LearnerInfo(nip: "198609262015051001", name: "Siti\u{1B}]0;T\u{07}\u{202E}\u{200B}Rahayu", agency: "", unit: "")
        var session = Session(Fixture.state(.english, 80, 24))
        session.send(.started(Fixture.startup(learners: [hostile])))
        session.send(.learnerChosen(hostile, records: [:]))
        let screen = session.screen
        #expect(screen.contains("Siti\u{FFFD}Rahayu"))
        #expect(!screen.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0 == "\u{202E}" || $0 == "\u{200B}" })
    }
}
