import ArgumentParser
import Canvas
import CourseKit
import Domain
import FoundationEssentials
import ProgressStore

/// `belajar progress`: courses and yearly JP of one learner or of everyone on the device.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress", abstract: "Kemajuan belajar dan JP / Learning progress and JP.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv
    }

    @Option(help: "NIP peserta; tanpa ini semua peserta / A learner's NIP; all learners without it.") var learner: String?
    @Option(help: "Tahun JP / Year for JP (default: tahun ini / this year).") var year: Int?
    @Option(help: "table | json | csv") var format: Format = .table
    @Option(help: "Folder kursus / Courses folder (default: ./courses, else the installed ones).") var courses: String?
    @OptionGroup var options: StoreOptions

    func run() throws {
        try options.withStore { store in
            let learners = try learner.map { [try store.learner(try NIP(validating: $0))] } ?? store.learners()
            let library = CourseLibrary.load(folders: CourseFolders.resolve(flag: courses, environment: ProcessInfo.processInfo.environment).all)
            let report = try ProgressReport(store: store, learners: learners, courses: library.courses,
                                            year: year ?? Clock.system().year)
            switch format {
            case .json: print(Sanitizer.escapingJSON(try report.json()))
            case .csv: print(report.csv())
            case .table: printTables(report)
            }
        }
    }

    private func printTables(_ report: ProgressReport) {
        if report.learners.isEmpty { return Output.line(StoreMessage.noLearners.text(in: options.language)) }
        let tables = report.tables(in: options.language).map { table in
            table.summary + "\n\n" + (table.rows.isEmpty ? StoreMessage.noCourses.text(in: options.language)
                                                         : TextTable.render(table.rows))
        }
        Output.line(tables.joined(separator: "\n\n"))
    }
}
