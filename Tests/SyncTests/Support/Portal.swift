import Foundation
import Sync

/// `portal.py` beside this file: a server on 127.0.0.1 that answers like a hotel's login page
/// or a wrong address would, never like an LRS. Stopped when the value goes away (and by itself
/// when the test process ends).
final class Portal: Sendable {
    enum Mode: String, CaseIterable, Sendable {
        case html, wrongIDs = "wrong-ids", oneID = "one-id", noContent = "no-content", endless, drip, blackHole = "black-hole"
    }

    let port: Int
    private let pid: pid_t

    init(_ mode: Mode) throws {
        let folder = try TemporaryFolder()
        let output = folder.file("port")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("portal.py").path
        let words: [String] = ["/usr/bin/env", "python3", script, mode.rawValue, String(getpid())]
        let argv = words.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/usr/bin/env", &actions, nil, argv, environ) == 0 else {
            throw RalphFailure(output: "cannot run python3 \(script)")
        }
        self.pid = pid
        var port: Int?
        for _ in 0..<200 where port == nil {   // up to 10 s for python to start
            port = (try? String(contentsOfFile: output, encoding: .utf8)).flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            if port == nil { usleep(50_000) }
        }
        guard let port else {
            Glibc.kill(pid, SIGKILL)
            throw RalphFailure(output: "portal.py \(mode.rawValue) printed no port")
        }
        self.port = port
    }

    var base: String { "http://127.0.0.1:\(port)" }

    func endpoint() throws -> LRSEndpoint { try LRSEndpoint(url: base, user: "u", password: "p") }

    deinit {
        Glibc.kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }
}
