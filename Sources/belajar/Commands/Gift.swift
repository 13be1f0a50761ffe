import ArgumentParser
import Basics
import Canvas
import CourseKit
import FoundationEssentials
import Glibc
import Localization

/// `belajar gift`: question banks to and from Moodle's GIFT format.
struct GiftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gift", abstract: "Bank soal GIFT untuk Moodle / GIFT question banks for Moodle.",
        subcommands: [GiftExport.self])
}

/// `belajar gift export COURSE`: a course's quizzes as one GIFT file Moodle imports with the same
/// meaning (see `GIFTWriter`).
struct GiftExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Ekspor kuis kursus ke GIFT / Export a course's quizzes as GIFT.")

    @Argument(help: "Folder kursus, atau id kursus di --courses / A course folder, or a course id in --courses.")
    var course: String
    @Option(help: "Hanya kuis modul ini / Only this module's quiz.") var module: String?
    @Option(help: "Berkas tujuan (bawaan: keluaran standar) / Destination file (default: standard output).")
    var out: String?
    @Option(help: "Folder kursus / Courses folder.") var courses: String = "courses"
    @Option(help: "Bahasa: id | en / Language.") var lang: String?

    func run() throws {
        let language = Language.resolve(flag: lang, environment: ProcessInfo.processInfo.environment)
        guard let found = findCourse() else { throw fail(ReportText.giftExportNoCourse.text(in: language, ["course": course])) }
        let exported: (text: String, questions: Int)
        do throws(GIFTExport.Failure) {
            exported = try GIFTExport.export(found, module: module)
        } catch .noModule(let id) {
            throw fail(ReportText.giftExportNoModule.text(in: language, ["module": id, "course": found.id]))
        } catch .noQuiz {
            throw fail(ReportText.giftExportNoQuiz.text(in: language, ["place": module ?? found.id]))
        } catch .quizErrors(let diagnostics) {
            let base = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            throw fail(diagnostics.map { $0.formatted(in: language, relativeTo: base) }.joined(separator: "\n"))
        }
        guard let out else {
            // Piped, the bytes are the bank; on a terminal, course text is made safe to show first.
            let onTerminal = isatty(STDOUT_FILENO) != 0
            return print(onTerminal ? Sanitizer.clean(exported.text) : exported.text, terminator: "")
        }
        do {
            try Data(exported.text.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
        } catch {
            // The write failed on a system call; its errno says why (FoundationEssentials' errors
            // have no localizedDescription).
            throw fail("\(out): \(String(cString: strerror(errno)))")
        }
        print(ReportText.giftExportWritten.text(in: language, ["questions": String(exported.questions), "file": out]))
    }

    /// A folder holding course.yaml is that course; anything else is a course id in `--courses`.
    private func findCourse() -> Course? {
        let folder = URL(fileURLWithPath: course)
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent("course.yaml").path) {
            return CourseLibrary.load(folder: folder).courses.first
        }
        return CourseLibrary.load(folder: URL(fileURLWithPath: courses)).courses.first { $0.id == course }
    }

    private func fail(_ message: String) -> ExitCode {
        StandardStreams.error(message + "\n")
        return .failure
    }
}
