import Foundation

/// Runs a program to its end and returns its exit status and output. posix_spawn and waitpid
/// rather than Foundation's Process, whose waitUntilExit can hang when called from a test
/// running on the cooperative thread pool.
struct Execution {
    var status: Int32
    var output: String
    var errors: String

    /// `interruptAfter` sends SIGINT that many seconds after the start, as Ctrl-C would.
    init(_ program: String, _ arguments: [String], environment extra: [String: String] = [:],
         interruptAfter: Double? = nil) throws {
        let folder = try TemporaryFolder()
        let outputPath = folder.file("out"), errorPath = folder.file("err")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let environment = ProcessInfo.processInfo.environment.merging(extra) { $1 }
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, program, &actions, nil, argv, envp) == 0 else {
            throw RalphFailure(output: "cannot run \(program)")
        }
        var status: Int32 = 0
        if let interruptAfter {
            let started = Date()
            while waitpid(pid, &status, WNOHANG) == 0 {
                if Date().timeIntervalSince(started) >= interruptAfter {
                    kill(pid, SIGINT)
                    break
                }
                usleep(20_000)
            }
        }
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        self.status = (status >> 8) & 0xff
        output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        errors = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
    }
}

/// A value shared between a test and a thread it starts.
final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { stored = value }

    var value: Value { lock.withLock { stored } }
    func set(_ value: Value) { lock.withLock { stored = value } }
}
