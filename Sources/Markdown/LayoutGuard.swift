import Basics
import FoundationEssentials
import Localization
#if canImport(Glibc)
import Glibc
#endif

/// Why a module is shown as plain text instead of laid out from its Markdown.
public enum PlainReason: Sendable, Hashable {
    case tooLarge(bytes: Int, limit: Int)
    case tooSlow(seconds: Double)
    case tooMuchMemory(limit: Int)
    /// The probe could not be started, so a large text was not risked.
    case unchecked

    public func message(_ language: Language) -> String {
        let megabytes = { (bytes: Int) in Readable.fileSize(Int64(bytes), language) }
        switch self {
        case .tooLarge(let bytes, let limit): return MarkdownText.plainTooLarge.text(in: language, ["size": megabytes(bytes), "limit": megabytes(limit)])
        case .tooSlow(let seconds): return MarkdownText.plainTooSlow.text(in: language, ["seconds": Readable.number(seconds, language)])
        case .tooMuchMemory(let limit): return MarkdownText.plainTooMuchMemory.text(in: language, ["limit": megabytes(limit)])
        case .unchecked: return MarkdownText.plainUnchecked.text(in: language)
        }
    }
}

/// Keeps cmark-gfm from freezing the screen. Debian's cmark-gfm 0.29 is quadratic on some inputs
/// (600 KB mixing emphasis and links: 14-28 s) and cannot be interrupted, so a large text is
/// first parsed by a child process (`probe`, the same parser in `belajar markdown-probe`) under a
/// deadline and a memory limit: one that does not finish in time is killed, which ends its CPU
/// and memory with it. A thread left to run on would hold cmark's process-wide table of special
/// characters (parses take turns on it) for as long as it ran, stalling every later parse.
/// A text that passes is then parsed here as usual; one that fails is shown as plain text.
public struct LayoutGuard: Sendable, Hashable {
    /// The probe program and its arguments; nil: no guard at all (tools that can be interrupted).
    public var probe: [String]?
    public var deadline: Double
    /// Texts larger than this are shown plainly without a try: their layout would not fit in memory.
    public var maximumBytes: Int
    /// Smaller texts are parsed here directly: at cmark-gfm's worst seen (quadratic, 28 s for
    /// 600 KB) 64 KB takes 0.3 s, less than starting a probe would risk.
    public var probedFrom: Int
    /// The probe's address-space limit.
    public var memoryLimit: Int

    public init(probe: [String]?, deadline: Double = 1, maximumBytes: Int = 8 << 20, probedFrom: Int = 64 << 10,
                memoryLimit: Int = 1 << 30) {
        self.probe = probe
        self.deadline = deadline
        self.maximumBytes = maximumBytes
        self.probedFrom = probedFrom
        self.memoryLimit = memoryLimit
    }

    public static let unguarded = LayoutGuard(probe: nil)

    /// nil when `markdown` may be laid out; otherwise why not.
    public func verdict(_ markdown: String) -> PlainReason? {
        guard let probe else { return nil }
        let size = markdown.utf8.count
        if size > maximumBytes { return .tooLarge(bytes: size, limit: maximumBytes) }
        guard size >= probedFrom else { return nil }
        let key = VerdictCache.Key(text: markdown, guard: self)
        if let known = VerdictCache.shared.verdict(key) { return known }
        let verdict: PlainReason? = switch ProbeRun.run(probe + ["--memory", String(memoryLimit)], input: markdown,
                                                        deadline: deadline) {
        case .passed: nil
        case .timedOut: .tooSlow(seconds: deadline)
        case .crashed: .tooMuchMemory(limit: memoryLimit)
        case .notStarted: .unchecked
        }
        VerdictCache.shared.remember(verdict, for: key)
        return verdict
    }
}

/// Verdicts of texts probed before, so reopening a slow module (or redrawing a quiz question)
/// costs no second deadline.
private final class VerdictCache: @unchecked Sendable {
    struct Key: Hashable {
        let text: String
        let `guard`: LayoutGuard
    }

    static let shared = VerdictCache()
    private let lock = Lock()
    private var known: [Key: PlainReason?] = [:]

    func verdict(_ key: Key) -> PlainReason?? { lock.withLock { known[key] } }

    func remember(_ verdict: PlainReason?, for key: Key) {
        lock.withLock {
            // A handful of large texts at most: a session does not read hundreds of them.
            if known.count >= 32 { known.removeAll() }
            known[key] = verdict
        }
    }
}

/// One probe: the text on standard input (an unlinked temporary file, so no writer can block on a
/// dead reader), polled until it exits or the deadline passes and it is killed.
/// posix_spawn and waitpid, because Foundation's `Process.waitUntilExit` can hang on Linux.
enum ProbeRun {
    enum Outcome { case passed, timedOut, crashed, notStarted }

    static func run(_ arguments: [String], input: String, deadline: Double) -> Outcome {
        var template = Array((FileManager.default.temporaryDirectory.path + "/belajar-probe-XXXXXX").utf8CString)
        let memory = mkstemp(&template)
        guard memory >= 0 else { return .notStarted }
        unlink(template)
        _ = fcntl(memory, F_SETFD, FD_CLOEXEC)
        defer { close(memory) }
        guard writeAll(input, to: memory), lseek(memory, 0, SEEK_SET) == 0 else { return .notStarted }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, memory, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let started = Date()
        guard posix_spawn(&pid, arguments[0], &actions, nil, argv, environ) == 0 else { return .notStarted }
        var status: Int32 = 0
        while true {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { break }
            if done == -1 && errno != EINTR { return .crashed }
            if Date().timeIntervalSince(started) > deadline {
                kill(pid, SIGKILL)
                while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
                return .timedOut
            }
            usleep(2_000)
        }
        let signalled = status & 0x7f != 0
        return !signalled && (status >> 8) & 0xff == 0 ? .passed : .crashed
    }

    private static func writeAll(_ text: String, to descriptor: Int32) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return false }
                offset += written
            }
            return true
        }
    }
}
