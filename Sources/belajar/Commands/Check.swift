import ArgumentParser
import CourseKit
import Foundation
import Localization
import Markdown

/// `belajar check`: for trainers. Every problem of a course folder (or a folder of courses),
/// compiler-style so editors can jump to it, then a summary; exit 1 on any error.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Periksa folder kursus / Check course folders.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Folder kursus atau folder berisi kursus / A course folder or a folder of courses.")
    var paths: [String] = ["courses"]
    @Option(help: "text | json") var format: Format = .text
    @Option(help: "Bahasa: id | en / Language.") var lang: String?

    func run() throws {
        let language = Language.resolve(flag: lang, environment: ProcessInfo.processInfo.environment)
        let layoutGuard = LayoutGuard(probe: MarkdownProbe.command)
        let report = CourseCheck.check(paths: paths.map { URL(fileURLWithPath: $0) }) { text in
            layoutGuard.verdict(text).map { Self.warning($0, deadline: layoutGuard.deadline) }
        }
        let base = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        switch format {
        case .text: print(report.text(in: language, relativeTo: base))
        case .json: print(try report.json(in: language, relativeTo: base))
        }
        if report.hasErrors { throw ExitCode(1) }
    }

    static func warning(_ reason: PlainReason, deadline: Double) -> DiagnosticMessage {
        let megabytes = { (bytes: Int) in String(format: "%.1f", Double(bytes) / 1_048_576) }
        switch reason {
        case .tooLarge(let bytes, let limit): return DiagnosticMessage(.moduleTooLarge, [megabytes(bytes), megabytes(limit)])
        case .tooSlow(let seconds): return DiagnosticMessage(.moduleTooSlow, [String(format: "%g", seconds)])
        case .tooMuchMemory(let limit): return DiagnosticMessage(.moduleTooMuchMemory, [megabytes(limit)])
        case .unchecked: return DiagnosticMessage(.moduleTooSlow, [String(format: "%g", deadline)])
        }
    }
}
