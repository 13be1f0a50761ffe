import ArgumentParser
import CourseKit
import Domain
import FoundationEssentials
import Localization
import Markdown
import QuizText

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
    @Flag(help: "Tampilkan tiap soal berkas .gift sebagaimana terbaca / Show each question of .gift files as read.")
    var questions = false

    func run() throws {
        let language = Language.resolve(flag: lang, environment: ProcessInfo.processInfo.environment)
        if questions { return try listQuestions(language) }
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
        let megabytes = { (bytes: Int) in Readable.fixed(Double(bytes) / 1_048_576, places: 1) }
        switch reason {
        case .tooLarge(let bytes, let limit): return DiagnosticMessage(.moduleTooLarge, [megabytes(bytes), megabytes(limit)])
        case .tooSlow(let seconds): return DiagnosticMessage(.moduleTooSlow, [MachineFormat.number(seconds)])
        case .tooMuchMemory(let limit): return DiagnosticMessage(.moduleTooMuchMemory, [megabytes(limit)])
        case .unchecked: return DiagnosticMessage(.moduleTooSlow, [MachineFormat.number(deadline)])
        }
    }
}

extension Check {
    /// `--questions`: each file's questions as belajar read them, then its problems.
    func listQuestions(_ language: Language) throws {
        let base = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let charset = Charset(environment: ProcessInfo.processInfo.environment)
        var failed = false
        var documents: [JSONValue] = []
        for path in paths {
            let url = URL(fileURLWithPath: path)
            let (report, read) = CourseCheck.quiz(url)
            failed = failed || report.hasErrors
            let listing = QuestionListing(questions: read, charset: charset)
            switch format {
            case .text:
                print(listing.text(file: path, in: language))
                let problems = report.text(in: language, relativeTo: base).split(separator: "\n").dropLast()
                if !problems.isEmpty { print(problems.joined(separator: "\n")) }
            case .json:
                let listed = JSONValue.parse(Data(try listing.json().utf8)) ?? .null
                let check = JSONValue.parse(Data(try report.json(in: language, relativeTo: base).utf8))
                documents.append(.object(["file": .string(path), "questions": listed,
                                          "diagnostics": check?["diagnostics"] ?? .array([])]))
            }
        }
        if format == .json {
            print(try MachineFormat.json(documents))
        }
        if failed { throw ExitCode(1) }
    }
}
