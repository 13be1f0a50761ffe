import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
import TestSupport

/// `belajar check` on modules that once took it, or cmark-gfm, a minute: each answered within
/// 2 s, the slow one named with its warning.
/// Serialized: each is timed, and the machine running the suite is small.
@Suite(.serialized) struct CheckGuardTests {
    static func module(_ text: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("belajar-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("01-modul.md")
        try ("# Modul\n\n" + text + "\n").write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    /// Runs `belajar check` and says what it printed, how long it took, and the CPU time it and
    /// its probe used. The CPU time is what the machine's load cannot stretch: the quadratic
    /// passes took a minute of it.
    static func check(_ file: URL) throws -> (output: String, seconds: Double, cpu: Double) {
        let output = file.deletingLastPathComponent().appendingPathComponent("check.out")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let arguments = [Tmux.binary, "check", "--lang", "en", file.path]
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let started = Date()
        guard posix_spawn(&pid, Tmux.binary, &actions, nil, argv, environ) == 0 else {
            throw Tmux.Failure(description: "cannot start \(Tmux.binary)")
        }
        var status: Int32 = 0
        var usage = rusage()
        // wait4's usage counts the child and the children it waited for: the probe too.
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        let seconds = Date().timeIntervalSince(started)
        let cpu = [usage.ru_utime, usage.ru_stime].reduce(0.0) { $0 + Double($1.tv_sec) + Double($1.tv_usec) / 1e6 }
        #expect(status == 0)
        return ((try? String(contentsOf: output, encoding: .utf8)) ?? "", seconds, cpu)
    }

    /// The 2 s asked for, in CPU time; in wall time, a bound a loaded machine still keeps (a hang was a minute).
    static func expectQuick(_ seconds: Double, _ cpu: Double, _ what: String) {
        #expect(cpu < 2, "\(what) used \(cpu) s of CPU")
        #expect(seconds < 6, "\(what) took \(seconds) s")
    }

    @Test func aModuleCmarkIsQuadraticOnIsWarnedAboutByName() throws {
        // Links to the module itself: no broken-link warnings, only the one about laying out.
        let file = try Self.module(String(repeating: "_a [b](01-modul.md)_ *", count: 30_000))
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let (output, seconds, cpu) = try Self.check(file)
        Self.expectQuick(seconds, cpu, "the slow module")
        #expect(output.contains("01-modul.md: warning: this module does not lay out within 1 s: learners see it as plain text"))
        #expect(output.contains("0 errors, 1 warnings"))
    }

    /// Named, not given: a test argument is printed whole when the test fails.
    static let lines = ["links": String(repeating: "[a](01-modul.md) ", count: 45_000) + "[z](hilang.md)",
                        "brackets": String(repeating: "[", count: 40_000)]

    @Test(arguments: ["links", "brackets"])
    func theLinkAndBracketPassesAreLinear(kind: String) throws {
        let file = try Self.module(Self.lines[kind]!)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let (output, seconds, cpu) = try Self.check(file)
        Self.expectQuick(seconds, cpu, kind)
        if kind == "links" {
            // The pass still reads to the end of the line, and counts the column there.
            #expect(output.contains("01-modul.md:3:765001: warning: the link to 'hilang.md' finds no file"))
            #expect(output.contains("0 errors, 1 warning"))
        } else {
            #expect(output.contains("0 errors, 0 warnings"))
        }
    }
}
