import App
import ArgumentParser
import CourseKit
import CursesTerminal
import FoundationEssentials
import Localization
import ProgressStore
import Runtime
import Sync

extension ReviewCommand {
    /// `belajar review` on a terminal: the mentor's screen, on the same desk as `--grade`. The
    /// mentor waits at the screen, so the LRS gets the short tries of the learner's push.
    func openScreen(_ desk: ReviewDesk) throws {
        let environment = ProcessInfo.processInfo.environment
        var desk = desk
        desk.lrs = desk.lrs.map { LRSClient(endpoint: $0.endpoint, retry: .interactive) }
        let location = StoreLocation.resolve(flag: options.store, environment: environment)
        let folders = CourseFolders.resolve(flag: courses, environment: environment)
        let library = CourseLibrary.load(folders: folders.all, indexIn: URL(fileURLWithPath: location.path).deletingLastPathComponent())
        let performer: Performer
        do {
            performer = Performer(store: try ProgressStore(location: location), language: options.language,
                                  environment: environment, desk: desk)
        } catch let error as StoreError {
            try options.fail(error.message(in: options.language))
        }
        let terminal = CursesTerminal(environment: environment, isUTF8: TerminalCharset.isUTF8(environment: environment))
        defer { terminal.close() }
        let state = AppState(language: options.language, display: Display(isUTF8: terminal.isUTF8, hasColors: terminal.hasColors),
                             size: terminal.size)
        var runtime = Runtime(terminal: terminal, performer: performer, state: state)
        runtime.run(first: .reviewOpened(mentorNIP: mentor ?? "", mentorName: mentorName ?? "", courses: library.courses))
    }
}
