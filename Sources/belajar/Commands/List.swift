import ArgumentParser
import CourseKit
import FoundationEssentials
import Localization

/// `belajar list`: the courses a library offers and the folders that failed to load, without
/// opening the app (for scripts, and for the library-loading benchmark in bench/).
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Daftar kursus / List the courses.")

    @Option(help: "Folder kursus / Courses folder (default: ./courses, else the installed ones).") var courses: String?
    @Option(help: "Bahasa: id | en / Language.") var lang: String?

    func run() throws {
        let language = Language.resolve(flag: lang, environment: ProcessInfo.processInfo.environment)
        let library = CourseLibrary.load(folders: CourseFolders.resolve(flag: courses, environment: ProcessInfo.processInfo.environment).all)
        Output.line(LibraryListing(library: library).lines(in: language).joined(separator: "\n"))
    }
}
