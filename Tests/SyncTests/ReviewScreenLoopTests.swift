import Foundation
import ProgressStore
import Testing
import TestSupport
@testable import Sync

/// The loop of `OfficeLoopCommandTests` with the mentor at the screen: `belajar review` in tmux
/// at 80x24 asks the mentor's NIP and name, lists the essay with the trainer's guidance, and
/// records the score and comment typed as keys, through the same desk as `--grade`.
extension OfficeLoopCommandTests {
    @Test func anEssayGradedOnTheReviewScreenCompletesTheCourseOnTheDevice() throws {
        let (usb, lrs, credentials) = try exportedImportedAndTrusted()
        let mentor = try Tmux(arguments: ["review", "--bundles", usb, "--courses", courses.path, "--lang", "en",
                                          "--store", office.file("progress.sqlite")] + credentials,
                              environment: ["BELAJAR_HOME": office.path, "NO_COLOR": "1"])
        try mentor.wait(for: "Type your NIP and name")
        try mentor.type("1970 0101 199503 1 001")
        try mentor.press("Tab")
        try mentor.type("Dr. Sri Mentor")
        try mentor.press("Enter")
        try mentor.wait(for: "1 waiting for review, 0 reviewed")
        try mentor.press("Enter")
        let page = try mentor.wait(for: "Trainer's guidance:")
        #expect(page.contains("Saya menolak gratifikasi dan melapor.") && page.contains("penolakan dan pelaporan"))
        try mentor.type("1O0")
        try mentor.press("Enter")
        try mentor.wait(for: "The score \"1O0\" cannot be used")
        try mentor.press("BSpace", "BSpace")
        try mentor.type("00")
        try mentor.press("Tab")
        try mentor.type("Tepat; contoh pelaporannya jelas.")
        try mentor.press("Enter")
        try mentor.wait(for: "1 review statements sent to", timeout: 30)
        try mentor.press("Escape")
        try mentor.wait(for: "0 waiting for review, 1 reviewed")
        try mentor.press("q")
        try mentor.wait(for: "EXIT=0")

        let book = try ReviewBook.load(path: office.file(ReviewBook.fileName))
        #expect(book.entries.count == 1 && book.entries[0].review.scaled == 1 && book.entries[0].sentTo != nil)
        #expect(book.entries[0].review.comment == "Tepat; contoh pelaporannya jelas.")

        _ = try atOffice("office", "pack", "--out", usb, "--all")
        let package = try #require(try FileManager.default.contentsOfDirectory(atPath: usb).first { $0.hasSuffix(".package") })
        let received = try atDevice("receive", (usb as NSString).appendingPathComponent(package), "--courses", courses.path)
        #expect(received.output.contains("1 ulasan baru, 1 kuis kini lulus, 1 kursus selesai (+3 JP)"))
        let learner = try NIP(validating: "198609262015052001")
        #expect(try device.store.feedback(of: learner).map(\.comment) == ["Tepat; contoh pelaporannya jelas."])
        #expect(try device.store.feedback(of: learner).map(\.mentorName) == ["Dr. Sri Mentor"])
        let progress = try atDevice("progress", "--learner", learner.digits, "--courses", courses.path, "--format", "json")
        #expect(progress.output.contains("\"esai\""))
        #expect(try device.store.completions(of: learner).map(\.hours) == [3])

        try expectEveryStatementOnceAfterTheNextExport(usb: usb, lrs: lrs, credentials: credentials)
    }
}
