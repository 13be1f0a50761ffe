import Foundation
import Testing
import TestSupport

/// A 50 MB module in the real app: it is shown plainly (too large to lay out), and searching it
/// or laying it out again after a resize, seconds of work, leaves the screen answering keys.
/// Serialized: each is timed, and the machine running the suite is small.
@Suite(.serialized) struct LargeModuleTests {
    static let nip = "198609262015051001"

    /// A course of one module of about `megabytes` MB of distinct lines, and a learner, in a temp folder.
    static func workspace(megabytes: Int = 50) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("belajar-large-\(UUID().uuidString)")
        let course = root.appendingPathComponent("courses/besar")
        try FileManager.default.createDirectory(at: course, withIntermediateDirectories: true)
        try "id: besar\ntitle: Modul Besar\nversion: 1.0.0\nhours: 1\nmodules:\n  - file: 01-besar.md\n"
            .write(to: course.appendingPathComponent("course.yaml"), atomically: true, encoding: .utf8)
        var text = "# Modul besar\n\n"
        text.reserveCapacity(megabytes << 20 + 200)
        var line = 0
        while text.utf8.count < megabytes << 20 {
            line += 1
            text += "Baris \(line): setiap ASN berhak dan wajib mengembangkan kompetensi paling sedikit 20 JP.\n"
            if line % 8 == 0 { text += "\n" }
        }
        try text.write(to: course.appendingPathComponent("01-besar.md"), atomically: false, encoding: .utf8)
        let add = try Execution(Tmux.binary, ["learner", "add", nip, "--name", "Siti",
                                              "--store", root.appendingPathComponent("progress.sqlite").path])
        guard add.status == 0 else { throw Tmux.Failure(description: "learner add: \(add.errors)") }
        return root
    }

    /// The app on that module's reader, the text shown.
    static func reading(_ root: URL, language: String = "id") throws -> Tmux {
        let app = try Tmux(arguments: ["--courses", root.appendingPathComponent("courses").path,
                                       "--store", root.appendingPathComponent("progress.sqlite").path,
                                       "--learner", nip, "--lang", language])
        try app.wait(for: "Modul Besar", timeout: 60)
        try app.press("Enter", "Enter")
        try app.wait(for: "Baris 1:", timeout: 120)
        return app
    }

    /// Seconds until `key` moved the text, polled; fails past `limit`.
    static func answerTime(_ app: Tmux, _ key: String, limit: Double = 2) throws -> (seconds: Double, screen: String) {
        let before = app.screen.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let started = Date()
        try app.press(key)
        let screen = try app.wait(for: "the text to move", timeout: limit) {
            ($0.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? "") != before
        }
        return (Date().timeIntervalSince(started), screen)
    }

    @Test func aSearchLeavesTheScreenLiveAndEscGivesItUp() throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let app = try Self.reading(root)
        try app.press("/")
        // A query that is not ASCII is matched a character at a time: the slowest search there is.
        try app.type("kompetensí学")
        try app.press("Enter")
        try app.wait(for: "Mencari \"kompetensí学\"...")
        let (seconds, screen) = try Self.answerTime(app, "Down")
        #expect(seconds < 2)
        #expect(screen.contains("Mencari \"kompetensí学\"..."), "the search ended before the key was tried:\n\(screen)")
        let escaped = Date()
        try app.press("Escape")
        let after = try app.wait(for: "the search given up", timeout: 2) { !$0.contains("Mencari") }
        #expect(Date().timeIntervalSince(escaped) < 2)
        #expect(after.contains("Baris"), "\(after)")
        try app.press("C-c")
        try app.wait(for: "EXIT=0")
    }

    @Test func aResizeLeavesTheScreenLiveAndTheMemoryIsMeasured() throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let app = try Self.reading(root, language: "en")
        try app.resize(width: 60, height: 20)
        try app.resize(width: 70, height: 22)
        let (seconds, _) = try Self.answerTime(app, "Down")
        #expect(seconds < 2)
        let laidOut = try app.wait(for: "the module laid out again", timeout: 60) {
            !$0.contains("Laying the module out") && $0.contains("Baris")
        }
        #expect(laidOut.split(separator: "\n").allSatisfy { $0.count <= 70 })
        let (again, _) = try Self.answerTime(app, "Down")
        #expect(again < 2)
        let peak = try app.appMemoryPeak()
        print("belajar with a 50 MB module open, after a search-free resize: VmHWM \(peak / 1024) MB")
        // README says how much a 50 MB module takes; this keeps that figure honest.
        #expect(peak < 1_200 * 1024, "VmHWM \(peak) kB")
        try app.press("C-c")
        try app.wait(for: "EXIT=0")
    }
}
