import ArgumentParser
import Basics
import FoundationEssentials
import Glibc
import Markdown

/// `belajar markdown-probe`: parses standard input with cmark-gfm as the reader would and exits
/// 0, under an address-space limit. Run by `LayoutGuard` as a child it can kill; not for people.
struct MarkdownProbe: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "markdown-probe", shouldDisplay: false)

    @Option var memory: Int = 1 << 30

    func run() throws {
        var limit = rlimit(rlim_cur: rlim_t(memory), rlim_max: rlim_t(memory))
        setrlimit(Int32(RLIMIT_AS.rawValue), &limit)
        ModuleDocument.probe(ModuleDocument.decode(StandardStreams.readInput()).text)
    }

    /// How the app and `check` start a probe: this very binary.
    static var command: [String] {
        let binary = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        return [binary, "markdown-probe"]
    }
}
