import Canvas
import CourseKit
import FoundationEssentials
import Localization

/// `belajar progress`: each learner's courses and JP in a year, as a table for people and as
/// JSON or CSV for spreadsheets and scripts (numbers as numbers, English keys in every language).
public struct ProgressReport: Sendable, Encodable {
    public struct CourseRow: Sendable, Encodable, Hashable {
        public var id: String
        public var title: String
        public var percent: Int
        public var modulesRead: Int
        public var modules: Int
        public var quizzesPassed: Int
        public var quizzes: Int
        public var completedOn: String?
        /// JP this course credited in the report's year: its hours if completed that year, else 0.
        public var jp: Double
    }

    public struct LearnerRow: Sendable, Encodable, Hashable {
        public var nip: String
        public var name: String
        public var agency: String?
        public var unit: String?
        public var jp: Double
        public var target: Double
        public var courses: [CourseRow]
    }

    public var year: Int
    public var learners: [LearnerRow]

    /// Courses on the device come first, in library order; courses completed earlier but no
    /// longer on the device follow, so no credited JP is missing from the report.
    public init(store: ProgressStore, learners: [Learner], courses: [Course], year: Int) throws {
        self.year = year
        self.learners = try learners.map { learner in
            let hours = try store.yearlyHours(of: learner.nip, year: year)
            let creditedThisYear = Set(hours.completions.map(\.courseId))
            let progress = try store.progress(of: learner.nip, in: courses)
            var rows = zip(courses, progress).map { CourseRow(course: $0, progress: $1, creditedThisYear: creditedThisYear) }
            let known = Set(courses.map(\.id))
            rows += try store.completions(of: learner.nip).filter { !known.contains($0.courseId) }
                .map { CourseRow(gone: $0, creditedThisYear: creditedThisYear) }
            return LearnerRow(nip: learner.nip.digits, name: learner.name, agency: learner.agency, unit: learner.unit,
                              jp: hours.earned, target: hours.target, courses: rows)
        }
    }

    public func json() throws -> String {
        try MachineFormat.json(self)
    }

    public static let csvHeader = ["nip", "name", "year", "course", "title", "percent", "modules_read", "modules",
                                   "quizzes_passed", "quizzes", "completed_on", "jp"]

    public func csv() -> String {
        let lines = learners.flatMap { learner in
            learner.courses.map { row in
                [CSV.cell(learner.nip), CSV.cell(learner.name), String(year), CSV.cell(row.id), CSV.cell(row.title),
                 String(row.percent), String(row.modulesRead), String(row.modules), String(row.quizzesPassed),
                 String(row.quizzes), row.completedOn ?? "", MachineFormat.number(row.jp)]
            }
        }
        return ([Self.csvHeader] + lines).map { $0.joined(separator: ",") }.joined(separator: "\n")
    }

    /// Per learner: a summary line, then heading and rows for a table the caller lays out
    /// (no rows at all when the learner has no course records).
    public func tables(in language: Language) -> [(summary: String, rows: [[String]])] {
        let heading = [StoreMessage.headingCourse, .headingProgress, .headingCompleted, .headingJP].map { $0.text(in: language) }
        return learners.map { learner in
            let summary = StoreMessage.yearSummary.text(in: language, [
                "name": learner.name, "nip": (try? NIP(validating: learner.nip))?.grouped ?? learner.nip, "year": String(year),
                "earned": Readable.number(learner.jp, language), "target": Readable.number(learner.target, language),
            ])
            let rows = learner.courses.map { row in
                [row.title, "\(row.percent)%", row.completedOn ?? StoreMessage.notCompleted.text(in: language),
                 Readable.number(row.jp, language)]
            }
            return (summary, rows.isEmpty ? [] : [heading] + rows)
        }
    }
}

extension ProgressReport.CourseRow {
    init(course: Course, progress: CourseProgress, creditedThisYear: Set<String>) {
        self.init(id: course.id, title: course.title, percent: progress.percent, modulesRead: progress.modulesRead,
                  modules: progress.modules, quizzesPassed: progress.quizzesPassed, quizzes: progress.quizzes,
                  completedOn: progress.completion?.completedOn,
                  jp: creditedThisYear.contains(course.id) ? progress.completion?.hours ?? 0 : 0)
    }

    /// A completed course whose folder is no longer on the device: only the completion is known.
    init(gone completion: CourseCompletion, creditedThisYear: Set<String>) {
        self.init(id: completion.courseId, title: completion.courseId, percent: 100, modulesRead: 0, modules: 0,
                  quizzesPassed: 0, quizzes: 0, completedOn: completion.completedOn,
                  jp: creditedThisYear.contains(completion.courseId) ? completion.hours : 0)
    }
}
