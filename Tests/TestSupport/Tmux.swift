import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The built `belajar` running in a tmux pane of its own server, driven by keys and read back as
/// the text on screen: what a learner at a terminal sees.
public final class Tmux {
    /// A socket of its own: a server apart from any other tmux, removed with it.
    public let socket = FileManager.default.temporaryDirectory.appendingPathComponent("belajar-e2e-\(UUID().uuidString.prefix(8)).tmux").path
    private let session = "app"

    /// The binary built beside the test runner (the suite depends on it, so `swift test` builds it).
    public static let binary = Built.executable("belajar")

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        public init(description: String) { self.description = description }
    }

    /// Starts `belajar arguments` in a `width`x`height` pane with `environment` added to a clean one.
    public init(width: Int = 80, height: Int = 24, arguments: [String], environment: [String: String] = [:]) throws {
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
    public func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", session] + keys)
    }

    public func type(_ text: String) throws {
        try tmux("send-keys", "-t", session, "-l", text)
    }

    public func resize(width: Int, height: Int) throws {
        try tmux("resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)")
    }

    /// Kills the app as a power cut would: SIGKILL, no chance to save anything on the way out.
    /// Only the pane's own child (belajar) is signalled, found by its parent, the pane's shell.
    public func killApp() throws {
        let shell = try tmux("display-message", "-p", "-t", session, "#{pane_pid}").trimmingCharacters(in: .whitespacesAndNewlines)
        let killed = try Execution("pkill", ["-KILL", "-P", shell])
        guard killed.status == 0 else { throw Failure(description: "pkill -P \(shell): \(killed.output + killed.errors)") }
    }

    /// The app's peak resident memory (VmHWM of /proc/PID/status), in kB.
    public func appMemoryPeak() throws -> Int {
        let shell = try tmux("display-message", "-p", "-t", session, "#{pane_pid}").trimmingCharacters(in: .whitespacesAndNewlines)
        let found = try Execution("pgrep", ["-P", shell])
        guard let pid = found.output.split(separator: "\n").first,
              let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first ?? "")
        else { throw Failure(description: "no VmHWM for the app under shell \(shell): \(found.output + found.errors)") }
        return kilobytes
    }

    public var screen: String {
        (try? tmux("capture-pane", "-p", "-t", session)) ?? ""
    }

    /// Waits until the screen satisfies `condition` and has stopped changing, and returns it;
    /// fails with the screen shown.
    @discardableResult
    public func wait(for what: String, timeout: TimeInterval = 10, until condition: (String) -> Bool) throws -> String {
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
    public func wait(for text: String, timeout: TimeInterval = 10) throws -> String {
        try wait(for: "\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    @discardableResult
    private func tmux(_ arguments: String...) throws -> String { try tmux(arguments) }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let run = try Execution("tmux", ["-S", socket, "-f", "/dev/null"] + arguments)
        guard run.status == 0 else { throw Failure(description: "tmux \(arguments.joined(separator: " ")): \(run.errors)") }
        return run.output
    }
}

public func shellQuoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
