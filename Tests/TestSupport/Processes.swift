import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The executables `swift build` (or `swift test`, which builds what the tests depend on) made
/// beside the test runner: the one way tests find `belajar` and the helper programs.
public enum Built {
    public static let folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()

    public static func executable(_ name: String) -> String { folder.appendingPathComponent(name).path }
}

/// A program started with posix_spawn, its output in files: the one way tests run a process
/// (Foundation's Process can hang in waitUntilExit when called from a test on the cooperative
/// thread pool).
public final class Spawned: @unchecked Sendable {
    public let pid: pid_t
    private let folder: URL

    /// Starts `program` (a path, or a name looked up in PATH) with the test's environment plus
    /// `extra`, reading `input` on its standard input. Output goes to files, not pipes: a server
    /// the program starts (tmux) inherits the descriptors and would hold a pipe open for ever.
    public init(_ program: String, _ arguments: [String], environment extra: [String: String] = [:],
                input: String = "") throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("belajar-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let inputPath = folder.appendingPathComponent("in").path
        try input.write(toFile: inputPath, atomically: true, encoding: .utf8)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inputPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, folder.appendingPathComponent("out").path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, folder.appendingPathComponent("err").path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // The test runner's threads block some signals, and a spawned process inherits the mask:
        // tmux and belajar would never see SIGWINCH (resize) or SIGTERM. Start with none blocked.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let environment = ProcessInfo.processInfo.environment.merging(extra) { $1 }
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = program.contains("/") ? posix_spawn(&pid, program, &actions, &attributes, argv, envp)
            : posix_spawnp(&pid, program, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw ExecutionFailure(program: program, code: spawned) }
        self.pid = pid
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    public func kill(_ signal: Int32 = SIGKILL) { _ = Glibc.kill(pid, signal) }

    /// Waits for the end: the exit status, or 128 plus the signal that ended it. With
    /// `interruptAfter`, SIGINT is sent that many seconds after the wait began, as Ctrl-C would.
    public func wait(interruptAfter: Double? = nil) -> Execution {
        var status: Int32 = 0
        if let interruptAfter {
            let started = Date()
            while waitpid(pid, &status, WNOHANG) == 0 {
                if Date().timeIntervalSince(started) >= interruptAfter {
                    kill(SIGINT)
                    break
                }
                usleep(20_000)
            }
        }
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Execution(status: code, signalled: (status & 0x7f) != 0,
                         output: (try? String(contentsOf: folder.appendingPathComponent("out"), encoding: .utf8)) ?? "",
                         errors: (try? String(contentsOf: folder.appendingPathComponent("err"), encoding: .utf8)) ?? "")
    }
}

/// A program run to its end: exit status and output.
public struct Execution: Sendable {
    public var status: Int32
    /// Ended by a signal (`status` is then 128 plus its number).
    public var signalled: Bool
    public var output: String
    public var errors: String

    init(status: Int32, signalled: Bool, output: String, errors: String) {
        self.status = status
        self.signalled = signalled
        self.output = output
        self.errors = errors
    }

    /// Runs `program` to its end; see `Spawned`.
    public init(_ program: String, _ arguments: [String], environment extra: [String: String] = [:],
                input: String = "", interruptAfter: Double? = nil) throws {
        self = try Spawned(program, arguments, environment: extra, input: input).wait(interruptAfter: interruptAfter)
    }
}

public struct ExecutionFailure: Error, CustomStringConvertible {
    public let program: String
    public let code: Int32
    public var description: String { "cannot run \(program) (posix_spawn: \(code))" }
}
