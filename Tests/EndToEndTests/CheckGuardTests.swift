import Foundation
import Testing

/// `belajar check` on modules that once took it, or cmark-gfm, a minute: each answered within
/// 2 s, the slow one named with its warning.
@Suite struct CheckGuardTests {
    static func module(_ text: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("belajar-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("01-modul.md")
        try ("# Modul\n\n" + text + "\n").write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    static func check(_ file: URL) throws -> (output: String, seconds: Double) {
        let started = Date()
        let (status, output) = try run([Tmux.binary, "check", "--lang", "en", file.path])
        #expect(status == 0, "\(output)")
        return (output, Date().timeIntervalSince(started))
    }

    @Test func aModuleCmarkIsQuadraticOnIsWarnedAboutByName() throws {
        let file = try Self.module(String(repeating: "*a [b](c) ", count: 60_000))
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let (output, seconds) = try Self.check(file)
        #expect(seconds < 2, "took \(seconds) s")
        #expect(output.contains("01-modul.md: warning: this module does not lay out within 1 s: learners see it as plain text"))
    }

    @Test(arguments: [("links", String(repeating: "[a](01-modul.md) ", count: 45_000) + "[z](hilang.md)"),
                      ("brackets", String(repeating: "[", count: 40_000))])
    func theLinkAndBracketPassesAreLinear(kind: String, text: String) throws {
        let file = try Self.module(text)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let (output, seconds) = try Self.check(file)
        #expect(seconds < 2, "\(kind) took \(seconds) s")
        if kind == "links" {
            // The pass still reads to the end of the line, and counts the column there.
            #expect(output.contains("01-modul.md:3:765001: warning: the link to 'hilang.md' finds no file"))
            #expect(output.contains("0 errors, 1 warning"))
        } else {
            #expect(output.contains("0 errors, 0 warnings"))
        }
    }
}
