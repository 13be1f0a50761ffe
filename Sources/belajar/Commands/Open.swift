import ArgumentParser
import CourseKit
import Foundation
import Localization

/// `belajar` with no subcommand: the learner's app. Until the TUI lands it lists the courses.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Buka aplikasi belajar / Open the learning app.")

    @Option(help: "Folder kursus / Courses folder.") var courses: String = "courses"
    @Option(help: "Berkas penyimpanan kemajuan / Progress store file.") var store: String?
    @Option(help: "NIP peserta / Learner's NIP.") var learner: String?
    @Option(help: "Bahasa: id | en / Language.") var lang: String?

    func run() throws {
        let language = Language.resolve(flag: lang, environment: ProcessInfo.processInfo.environment)
        print(LibraryListing(library: CourseLibrary.load(folder: URL(fileURLWithPath: courses))).lines(in: language)
            .joined(separator: "\n"))
    }
}
