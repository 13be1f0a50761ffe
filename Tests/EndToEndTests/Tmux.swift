import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The built `belajar` running in a tmux pane of its own server, driven by keys and read back as
/// the text on screen: what a learner at a terminal sees.
final class Tmux {
    /// A socket of its own: a server apart from any other tmux, removed with it.
    let socket = FileManager.default.temporaryDirectory.appendingPathComponent("belajar-e2e-\(UUID().uuidString.prefix(8)).tmux").path
    private let session = "app"

    /// The binary `swift build` made (the test suite is built the same way, beside it).
    static let binary = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/debug/belajar").path

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Starts `belajar arguments` in a `width`x`height` pane with `environment` added to a clean one.
    init(width: Int = 80, height: Int = 24, arguments: [String], environment: [String: String] = [:]) throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary) else {
            throw Failure(description: "\(Self.binary) is missing: run `swift build` first")
        }
        let base = ["LANG": "C.UTF-8", "TERM": "tmux-256color", "HOME": NSTemporaryDirectory()]
        let variables = base.merging(environment) { $1 }.map { "\($0.key)=\(shellQuoted($0.value))" }.sorted()
        // The shell stays after belajar ends, so the exit code and the restored screen can be read.
        let command = "env -i PATH=/usr/bin:/bin \(variables.joined(separator: " ")) \(shellQuoted(Self.binary)) "
            + arguments.map(shellQuoted).joined(separator: " ") + "; echo \"EXIT=$?\"; sleep 600"
        try tmux("new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)", command)
    }

    deinit {
        _ = try? tmux("kill-server")
        try? FileManager.default.removeItem(atPath: socket)
    }

    /// Keys by tmux's names (`Enter`, `Escape`, `C-c`, `NPage`) or literal text with `literal`.
    func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", session] + keys)
    }

    func type(_ text: String) throws {
        try tmux("send-keys", "-t", session, "-l", text)
    }

    func resize(width: Int, height: Int) throws {
        try tmux("resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)")
    }

    /// Kills the app as a power cut would: SIGKILL, no chance to save anything on the way out.
    /// Only the pane's own child (belajar) is signalled, found by its parent, the pane's shell.
    func killApp() throws {
        let shell = try tmux("display-message", "-p", "-t", session, "#{pane_pid}").trimmingCharacters(in: .whitespacesAndNewlines)
        let (status, text) = try run(["pkill", "-KILL", "-P", shell])
        guard status == 0 else { throw Failure(description: "pkill -P \(shell): \(text)") }
    }

    var screen: String {
        (try? tmux("capture-pane", "-p", "-t", session)) ?? ""
    }

    /// Waits until the screen satisfies `condition` and has stopped changing, and returns it;
    /// fails with the screen shown.
    @discardableResult
    func wait(for what: String, timeout: TimeInterval = 10, until condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var current = screen
        var previous = ""
        // Keys sent together arrive over time: the screen counts once it holds still.
        while !condition(current) || current != previous {
            guard Date() < deadline else { throw Failure(description: "waited for \(what); the screen is:\n\(current)") }
            Thread.sleep(forTimeInterval: 0.1)
            previous = current
            current = screen
        }
        return current
    }

    @discardableResult
    func wait(for text: String, timeout: TimeInterval = 10) throws -> String {
        try wait(for: "\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    @discardableResult
    private func tmux(_ arguments: String...) throws -> String { try tmux(arguments) }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let (status, text) = try run(["tmux", "-S", socket, "-f", "/dev/null"] + arguments)
        guard status == 0 else { throw Failure(description: "tmux \(arguments.joined(separator: " ")): \(text)") }
        return text
    }
}

/// Runs a program found on PATH and returns its exit status and output. posix_spawn and waitpid,
/// because Foundation's `Process.waitUntilExit` can hang on Linux inside the test runner; output
/// goes to a file, because the tmux server that `new-session` starts inherits the descriptor and
/// would hold a pipe open for ever.
func run(_ arguments: [String]) throws -> (Int32, String) {
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("belajar-e2e-\(UUID().uuidString).out")
    defer { try? FileManager.default.removeItem(at: output) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    // The test runner's threads block some signals, and a spawned process inherits the mask:
    // tmux and belajar would never see SIGWINCH (resize) or SIGTERM. Start them with none blocked.
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
    let argv = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environ)
    guard spawned == 0 else { throw Tmux.Failure(description: "cannot start \(arguments[0]): error \(spawned)") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
    let exited = status & 0x7f == 0
    return (exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), text)
}

func shellQuoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
