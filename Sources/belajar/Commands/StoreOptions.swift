import ArgumentParser
import Domain
import FoundationEssentials
import Localization
import ProgressStore

/// `--store` and `--lang`, shared by every command that reads or writes the progress store.
struct StoreOptions: ParsableArguments {
    @Option(help: "Berkas penyimpanan kemajuan / Progress store file (default: $BELAJAR_HOME/progress.sqlite, ~/.local/share/belajar/).")
    var store: String?
    @Option(help: "Bahasa: id | en / Language.") var lang: String?

    var language: Language { Language.resolve(flag: lang, environment: ProcessInfo.processInfo.environment) }

    /// Runs `body` on the opened store. A problem the user can fix is printed in their language,
    /// on standard error, and ends the command with exit status 1 instead of a crash.
    func withStore(_ body: (ProgressStore) throws -> Void) throws {
        do {
            let location = StoreLocation.resolve(flag: store, environment: ProcessInfo.processInfo.environment)
            try body(try ProgressStore(location: location, timeZone: LocalTime.currentZone()))
        } catch let error as StoreError {
            try fail(error.message(in: language))
        } catch let problem as NIP.Problem {
            try fail(problem.message(in: language))
        }
    }

    func fail(_ message: String) throws -> Never {
        Output.error(message)
        throw ExitCode(1)
    }

    func warn(_ message: String) {
        Output.error(message)
    }
}
