import CourseKit
import Foundation
import Localization
import ProgressStore
import Testing
import TestSupport
@testable import Sync

/// The whole loop with the learner at the app: the built binary under tmux at 80x24, where the
/// learner answers the essay, exports, later receives the office's package and sees what came
/// back; the office in between by CLI (import into a real Ralph, `belajar review --grade`,
/// `belajar office pack`). The app stays open throughout, as on a shared office PC.
@Suite(.serialized) struct OfficeLoopAppTests {
    static let nip = "198609262015052001"
    static let comment = "Tepat; contoh pelaporannya jelas."
    let root: TemporaryFolder
    let courses: URL
    let store: String
    let usb: String

    init() throws {
        root = try TemporaryFolder()
        courses = URL(fileURLWithPath: root.file("device/courses"))
        store = root.file("device/progress.sqlite")
        usb = root.file("usb")
        try FileManager.default.createDirectory(atPath: usb, withIntermediateDirectories: true)
        _ = try OfficeLoopCommandTests.essayCourse(in: courses, id: "esai")
    }

    /// `belajar ARGUMENTS` at the office (its own store and key folder) or at the device.
    @discardableResult
    func belajar(_ arguments: [String], atOffice: Bool = true) throws -> Execution {
        let storeArguments = ["--store", atOffice ? root.file("office/progress.sqlite") : store]
        let run = try Execution(CommandTests.binary, arguments + storeArguments,
                                environment: ["BELAJAR_HOME": root.file("office"), "LANG": "C"])
        #expect(run.status == 0, "\(arguments.prefix(2)): \(run.errors)")
        return run
    }

    @Test func aLearnerAnswersAnEssayAndSeesTheMentorsGradeCommentAndJP() throws {
        let app = try Tmux(arguments: ["--courses", courses.path, "--store", store],
                           environment: ["HOME": root.file("home"), "TZ": "Asia/Jayapura"])
        try app.wait(for: "Profil peserta")
        try app.type(Self.nip)
        try app.press("Tab")
        try app.type("Ani Lestari")
        try app.press("Enter")
        try app.wait(for: "Kursus saya")
        #expect(!app.screen.contains("umpan balik baru"))
        try app.press("Enter")
        try app.wait(for: "Lanjutkan")
        try app.press("Enter")
        try app.wait(for: "Tekan Enter untuk mengerjakan kuis")
        try app.press("Enter")
        // Two right of three true/false questions, then the essay: 67% fails a pass mark of 70.
        for (number, choice) in ["1", "1", "2"].enumerated() {
            try app.wait(for: "\(number + 1)/4")
            try app.press(choice, "Enter")
            try app.wait(for: "Tekan Enter untuk lanjut")
            try app.press("Enter")
        }
        try app.wait(for: "4/4")
        try app.type("Saya menolak gratifikasi dan melapor.")
        try app.press("Enter")
        try app.wait(for: "Tekan Enter untuk lanjut")
        try app.press("Enter")
        try app.wait(for: "Belum lulus", timeout: 30)
        try app.press("NPage", "NPage", "NPage")
        try app.wait(for: "Menunggu penilaian pengajar.")
        try app.press("Enter", "Escape")
        try app.wait(for: "Lanjutkan")
        try app.press("p")
        try app.wait(for: "dari 20 JP")
        try app.press("e")
        try app.wait(for: "Ekspor ke folder/berkas")
        try app.type(usb)
        try app.press("Enter")
        try app.wait(for: "catatan diekspor ke", timeout: 30)

        let bundle = try #require(try FileManager.default.contentsOfDirectory(atPath: usb).first { $0.hasSuffix(".bundle") })
        let lrs = try Ralph.shared.get().tenant()
        let credentials = ["--lrs", lrs.display, "--user", lrs.user, "--password", lrs.password]
        try belajar(["import", (usb as NSString).appendingPathComponent(bundle), "--trust-on-first-use"] + credentials)
        let line = try #require(try belajar(["office", "init", "--id", "bpsdm-contoh"]).output
            .split(separator: "\n").last?.replacingOccurrences(of: "belajar office trust ", with: ""))
        try belajar(["office", "trust", line], atOffice: false)
        let waiting = try JSONDecoder().decode([EssayAnswer].self,
                                               from: Data(try belajar(["review", "--bundles", usb, "--format", "json"]).output.utf8))
        let essay = try #require(waiting.first)
        try belajar(["review", "--bundles", usb, "--grade", essay.statementID, "--score", "100", "--comment", Self.comment,
                     "--mentor", "197001011995031001", "--mentor-name", "Dr. Sri Mentor"] + credentials)
        let published = URL(fileURLWithPath: root.file("published"))
        try Self.newCourse(in: published)
        let deviceID = try ProgressStore(path: store).setting(.deviceID)
        try belajar(["office", "pack", "--out", usb, "--device", deviceID, "--publish", published.path])
        let package = try #require(try FileManager.default.contentsOfDirectory(atPath: usb).first { $0.hasSuffix(".package") })

        try app.press("t")
        try app.wait(for: "Berkas paket dari kantor")
        try app.type((usb as NSString).appendingPathComponent(package))
        try app.press("Enter")
        try app.wait(for: "Paket diterima: 1 umpan balik, 1 kuis lulus, +3 JP, 1 kursus baru", timeout: 30)
        try app.wait(for: "3 dari 20 JP")
        try app.press("Escape")
        try app.wait(for: "Lanjutkan")
        try app.press("Escape")
        let library = try app.wait(for: "1 umpan balik baru")
        // Installed by the package a moment ago, shown without a restart.
        #expect(library.contains("Kursus Baru dari Kantor"))
        #expect(library.contains("Selesai"))
        #expect(library.contains("f Umpan balik"))

        try app.press("f")
        let feedback = try app.wait(for: "Dr. Sri Mentor: \(Self.comment)")
        #expect(feedback.contains("100%  [baru] esai"))
        let reviewed = try #require(try ProgressStore(path: store).feedback(of: try NIP(validating: Self.nip)).first)
        let date = try #require(MachineFormat.date(fromTimestamp: reviewed.reviewedAt))
        let local = Readable.dateTime(date, .indonesian, timeZone: try #require(TimeZone(identifier: "Asia/Jayapura")))
        #expect(feedback.contains("\(local) · Esai"))
        try app.press("Enter")
        let opened = try app.wait(for: "Lulus")
        #expect(opened.contains("Kursus selesai: 3 JP dicatat."))
        try app.press("NPage", "NPage", "NPage")
        let review = try app.wait(for: "Komentar: \(Self.comment)")
        #expect(review.contains("Nilai dari Dr. Sri Mentor: 100%, \(local)"))
        #expect(review.contains("Saya menolak gratifikasi dan melapor."))
        try app.press("Escape", "Escape")
        try app.wait(for: "Kursus saya")
        #expect(!app.screen.contains("umpan balik baru"))
        try app.press("p")
        let progress = try app.wait(for: "3 dari 20 JP")
        #expect(progress.contains("3 JP") && progress.contains("Esai"))
        try app.press("Escape", "q")
        try app.wait(for: "EXIT=0")

        // What the device recorded since (the pass, the completion) reaches Ralph too, once.
        try belajar(["export", "--out", usb], atOffice: false)
        for name in try FileManager.default.contentsOfDirectory(atPath: usb).sorted() where name.hasSuffix(".bundle") {
            let path = (usb as NSString).appendingPathComponent(name)
            _ = try Execution(CommandTests.binary, ["import", path, "--trust-on-first-use", "--store", root.file("office/progress.sqlite")]
                              + credentials, environment: ["LANG": "C", "BELAJAR_HOME": root.file("office")])
        }
        let held = try LRSClient(endpoint: lrs).statements(as: Identified.self).map(\.id)
        let device = try ProgressStore(path: store)
        #expect(held.count == Set(held).count)
        #expect(held.count == (try device.allStatements(.all).count) + 1)
    }

    /// A course the office publishes: one module, no quiz.
    static func newCourse(in folder: URL) throws {
        let course = folder.appendingPathComponent("baru")
        try FileManager.default.createDirectory(at: course, withIntermediateDirectories: true)
        try "id: baru\ntitle: Kursus Baru dari Kantor\nversion: 1.0.0\nhours: 1\nmodules:\n  - file: 01-awal.md\n"
            .write(to: course.appendingPathComponent("course.yaml"), atomically: true, encoding: .utf8)
        try "# Awal\n\nSelamat datang.\n".write(to: course.appendingPathComponent("01-awal.md"), atomically: true, encoding: .utf8)
    }
}
