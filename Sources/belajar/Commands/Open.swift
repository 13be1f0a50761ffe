import App
import ArgumentParser
import Canvas
import CourseKit
import CursesTerminal
import Domain
import FoundationEssentials
import Glibc
import Localization
import Markdown
import ProgressStore
import Runtime

/// `belajar` with no subcommand: the learner's app.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Buka aplikasi belajar / Open the learning app.")

    @Option(help: "Folder kursus / Courses folder (default: ./courses, else the installed ones).")
    var courses: String?
    @Option(help: "Berkas penyimpanan kemajuan / Progress store file.") var store: String?
    @Option(help: "NIP peserta / Learner's NIP.") var learner: String?
    @Option(help: "Bahasa: id | en / Language.") var lang: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let language = Language.resolve(flag: lang, environment: environment)
        let folders = CourseFolders.resolve(flag: courses, environment: environment)
        let location = StoreLocation.resolve(flag: store, environment: environment)
        let progress: ProgressStore
        let library: CourseLibrary
        let performer: Performer
        let startup: Startup
        do {
            progress = try ProgressStore(location: location, timeZone: LocalTime.currentZone())
            // Beside the store: a folder the app may write to, kept per device.
            folders.createOfficeFolder()
            let index = URL(fileURLWithPath: location.path).deletingLastPathComponent()
            library = CourseLibrary.load(folders: folders.all, indexIn: index)
            performer = Performer(store: progress, language: language, environment: environment,
                                  officeCourses: folders.office, libraryFolders: folders.all, libraryIndex: index)
            startup = try performer.startup(library: library, folders: folders.all, learnerFlag: learner)
        } catch let error as StoreError {
            // A sentence for the learner, not the argument parser's usage text: nothing was mistyped.
            Output.error(error.message(in: language))
            throw ExitCode(1)
        }
        let terminal = CursesTerminal(environment: environment, isUTF8: TerminalCharset.isUTF8(environment: environment))
        defer { terminal.close() }
        var state = AppState(language: language, display: Display(isUTF8: terminal.isUTF8, hasColors: terminal.hasColors),
                             size: terminal.size)
        state.layoutGuard = LayoutGuard(probe: MarkdownProbe.command)
        var runtime = Runtime(terminal: terminal, performer: performer, state: state)
        runtime.run(startup)
    }
}
