import Foundation
import TestSupport
import Sync
import Testing

/// A real Ralph LRS on 127.0.0.1, started through `scripts/ralph`. Starting one takes seconds,
/// so the test process shares one (`Ralph.shared`) and hands each test a tenant of its own:
/// a user whose statements live in a folder of their own, so tests run in parallel without
/// seeing each other's statements. A test that kills its LRS starts a private one instead.
final class Ralph: @unchecked Sendable {
    let folder: URL
    let port: Int
    let password: String
    private let lock = NSLock()
    private var nextTenant = 1

    static let shared = Result { try Ralph.start() }

    /// Repository root, found from this file so the tests run from any directory.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private init(folder: URL, port: Int, password: String) {
        self.folder = folder
        self.port = port
        self.password = password
    }

    static func start() throws -> Ralph {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("belajar-ralph-\(UUID().uuidString)")
        let fields = try script(["start", folder.path]).split(separator: " ")
        guard fields.count == 3, let port = Int(fields[0]) else { throw RalphFailure(output: fields.joined(separator: " ")) }
        return Ralph(folder: folder, port: port, password: String(fields[2]))
    }

    var base: String { "http://127.0.0.1:\(port)" }

    /// An LRS of its own for one test: tenant01…tenant32 of this Ralph.
    func tenant() throws -> LRSEndpoint {
        let number = lock.withLock { defer { nextTenant += 1 }; return nextTenant }
        guard number <= 32 else { throw RalphFailure(output: "more than 32 tenants asked of one Ralph") }
        return try LRSEndpoint(url: base, user: String(format: "tenant%02d", number), password: password)
    }

    /// Ends this Ralph at once, mid-request if it is in one, as a crash or power cut would.
    func kill() throws {
        let pid = try String(contentsOf: folder.appendingPathComponent("pid"), encoding: .utf8)
        guard let group = pid_t(pid.trimmingCharacters(in: .whitespacesAndNewlines)) else { return }
        Glibc.kill(-group, SIGKILL)
        try Self.script(["stop", folder.path])
    }

    func stop() throws {
        try Self.script(["stop", folder.path])
    }

    /// Starts it again on the same port with the same data.
    func restart() throws {
        try Self.script(["start", folder.path, String(port)])
    }

    func remove() {
        try? stop()
        try? FileManager.default.removeItem(at: folder)
    }

    @discardableResult
    private static func script(_ arguments: [String]) throws -> String {
        // Ralph ends by itself when this test process ends, even if a test crashed.
        let run = try Execution(root.appendingPathComponent("scripts/ralph").path, arguments,
                                environment: ["BELAJAR_RALPH_WATCH_PID": String(getpid())])
        let text = run.output.trimmingCharacters(in: .whitespacesAndNewlines)
        guard run.status == 0 else { throw RalphFailure(output: text + run.errors) }
        return text
    }
}

struct RalphFailure: Error, CustomStringConvertible {
    var output: String
    var description: String { "scripts/ralph failed: \(output)" }
}
