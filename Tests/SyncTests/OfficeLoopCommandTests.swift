import CourseKit
import Foundation
import ProgressStore
import Testing
import TestSupport
@testable import Sync

/// The whole loop through the built binary: a device exports, the office imports into Ralph,
/// a mentor grades the essay, the office packs, the device receives, and the course its quiz
/// failed without the essay completes with its JP. Ralph then holds every statement once.
@Suite struct OfficeLoopCommandTests {
    let device: StoreFixture
    let office: TemporaryFolder
    let courses: URL

    init() throws {
        device = try StoreFixture()
        office = try TemporaryFolder()
        courses = URL(fileURLWithPath: device.folder.file("courses"))
        let course = try Self.essayCourse(in: courses, id: "esai")
        let learner = try device.learner("198609262015052001", "Ani Lestari")
        let recorder = try device.store.recorder(for: learner.nip, in: course)
        let quiz = try #require(try course.quiz(of: course.modules[0]))
        _ = try recorder.open(module: "satu")
        _ = try recorder.readToEnd(module: "satu")
        let attempt = try recorder.startAttempt(module: "satu")
        for (question, answer) in zip(quiz.questions.prefix(3), [true, true, false]) {
            try recorder.save(.truth(answer), to: question, in: attempt.id)
        }
        try recorder.save(.text("Saya menolak gratifikasi dan melapor."), to: quiz.questions[3], in: attempt.id)
        #expect(try recorder.finish(attempt.id, quiz: quiz).attempt.passed == false)
    }

    /// Three true/false questions and an essay: two right answers fail a pass mark of 70.
    static func essayCourse(in folder: URL, id: String, version: String = "1.0.0") throws -> Course {
        let url = folder.appendingPathComponent(id)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try Data("id: \(id)\ntitle: Esai\nversion: \(version)\nhours: 3\nmodules:\n  - file: 01-satu.md\n    quiz: 01-satu.gift\n".utf8)
            .write(to: url.appendingPathComponent("course.yaml"))
        try Data("# Satu\n\nIsi.\n".utf8).write(to: url.appendingPathComponent("01-satu.md"))
        try Data("::a:: Satu? {T}\n\n::b:: Dua? {T}\n\n::c:: Tiga? {T}\n\n::esai:: Ceritakan. {#### Nilai penuh bila menyebut penolakan dan pelaporan.}\n".utf8)
            .write(to: url.appendingPathComponent("01-satu.gift"))
        return try #require(CourseLibrary.load(folder: url).courses.first)
    }

    func atDevice(_ arguments: String...) throws -> Execution {
        try run(arguments + ["--store", device.store.path])
    }

    func atOffice(_ arguments: String...) throws -> Execution {
        try run(arguments + ["--store", office.file("progress.sqlite")])
    }

    func run(_ arguments: [String]) throws -> Execution {
        let run = try Execution(CommandTests.binary, arguments, environment: ["BELAJAR_HOME": office.path, "LANG": "C"])
        #expect(run.status == 0, "\(arguments.first ?? ""): \(run.errors)")
        return run
    }

    /// The way up and the trust: the device exports to the USB stick, the office imports it into
    /// a Ralph tenant of its own and makes its key, the device trusts it.
    func exportedImportedAndTrusted() throws -> (usb: String, lrs: LRSEndpoint, credentials: [String]) {
        let usb = office.file("usb")
        try FileManager.default.createDirectory(atPath: usb, withIntermediateDirectories: true)
        let lrs = try Ralph.shared.get().tenant()
        let credentials = ["--lrs", lrs.display, "--user", lrs.user, "--password", lrs.password]
        _ = try atDevice("export", "--out", usb)
        let bundle = try #require(try FileManager.default.contentsOfDirectory(atPath: usb).first { $0.hasSuffix(".bundle") })
        _ = try run(["import", (usb as NSString).appendingPathComponent(bundle), "--trust-on-first-use",
                     "--store", office.file("progress.sqlite")] + credentials)
        let line = try #require(try atOffice("office", "init", "--id", "bpsdm-contoh").output
            .split(separator: "\n").last?.replacingOccurrences(of: "belajar office trust ", with: ""))
        _ = try atDevice("office", "trust", line)
        return (usb, lrs, credentials)
    }

    /// The device's later records reach the LRS too, and it then holds each statement once: the
    /// device's outbox and the one review.
    func expectEveryStatementOnceAfterTheNextExport(usb: String, lrs: LRSEndpoint, credentials: [String]) throws {
        _ = try atDevice("export", "--out", usb)
        for name in try FileManager.default.contentsOfDirectory(atPath: usb).sorted() where name.hasSuffix(".bundle") {
            let path = (usb as NSString).appendingPathComponent(name)
            _ = try Execution(CommandTests.binary, ["import", path, "--trust-on-first-use", "--store", office.file("progress.sqlite")] + credentials,
                              environment: ["LANG": "C"])
        }
        let held = try LRSClient(endpoint: lrs).statements(as: Identified.self).map(\.id)
        #expect(held.count == Set(held).count)
        #expect(held.count == (try device.outbox().count) + 1)
    }

    @Test func anEssayGradedAtTheOfficeCompletesTheCourseOnTheDevice() throws {
        let (usb, lrs, credentials) = try exportedImportedAndTrusted()

        let listed = try atOffice("review", "--bundles", usb, "--format", "json")
        let waiting = try JSONDecoder().decode([EssayAnswer].self, from: Data(listed.output.utf8))
        let essay = try #require(waiting.first)
        #expect(waiting.count == 1 && essay.answer.contains("gratifikasi") && essay.questionName == "esai")
        let graded = try run(["review", "--bundles", usb, "--grade", essay.statementID, "--score", "100",
                              "--comment", "Tepat; contoh pelaporannya jelas.", "--mentor", "197001011995031001",
                              "--mentor-name", "Dr. Sri Mentor", "--store", office.file("progress.sqlite")] + credentials)
        #expect(graded.output.contains("1 review statements sent") || graded.output.contains("1 catatan ulasan terkirim"))
        #expect(try atOffice("review", "--bundles", usb).output.contains("Tidak ada esai"))

        let published = office.file("published")
        _ = try Self.essayCourse(in: URL(fileURLWithPath: published), id: "baru", version: "2.0.0")
        let deviceID = try device.store.setting(.deviceID)
        _ = try atOffice("office", "pack", "--out", usb, "--device", deviceID, "--publish", published)
        let package = try #require(try FileManager.default.contentsOfDirectory(atPath: usb).first { $0.hasSuffix(".package") })
        let packagePath = (usb as NSString).appendingPathComponent(package)

        let received = try atDevice("receive", packagePath, "--courses", courses.path)
        #expect(received.output.contains("1 ulasan baru, 1 kuis kini lulus, 1 kursus selesai (+3 JP), 1 kursus dipasang"))
        let completions = try device.store.completions(of: try NIP(validating: "198609262015052001"))
        #expect(completions.map(\.courseId) == ["esai"] && completions.map(\.hours) == [3])
        #expect(CourseLibrary.load(folder: courses).courses.map(\.id).sorted() == ["baru", "esai"])

        let again = try Execution(CommandTests.binary, ["receive", packagePath, "--courses", courses.path, "--store", device.store.path],
                                  environment: ["LANG": "C", "BELAJAR_HOME": office.path])
        #expect(again.status == 1 && again.errors.contains("sudah pernah diterima"))

        try expectEveryStatementOnceAfterTheNextExport(usb: usb, lrs: lrs, credentials: credentials)
    }

    /// A mentor who names no source is told both ways essays are read (not only the LRS's).
    @Test(arguments: [("id", "Pakai --bundles FOLDER"), ("en", "Use --bundles FOLDER")])
    func reviewWithNoSourceNamesBundlesAndTheLRS(language: String, expected: String) throws {
        let run = try Execution(CommandTests.binary, ["review", "--format", "text", "--lang", language],
                                environment: ["BELAJAR_HOME": office.path, "LANG": "C"])
        #expect(run.status != 0)
        #expect(run.errors.contains(expected) && run.errors.contains("--lrs"), "\(run.errors)")
        #expect(!FileManager.default.fileExists(atPath: office.file(ReviewBook.fileName)))
    }
}
