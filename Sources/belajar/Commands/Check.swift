import ArgumentParser
import CourseKit
import Foundation
import Localization

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
        let report = CourseCheck.check(paths: paths.map { URL(fileURLWithPath: $0) })
        let base = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        switch format {
        case .text: print(report.text(in: language, relativeTo: base))
        case .json: print(try report.json(in: language, relativeTo: base))
        }
        if report.hasErrors { throw ExitCode(1) }
    }
}
