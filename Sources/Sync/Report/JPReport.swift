import Domain
import FoundationEssentials

/// One finished course as the national record keeps it, plus the score the office finds useful.
public struct CompletedCourse: Codable, Sendable, Equatable {
    public var courseID: String
    public var name: String
    public var type: String
    public var organizer: String?
    /// Days on the learner's calendar, ISO 8601.
    public var startDate: String
    public var endDate: String
    public var jp: Double
    /// Mean of the best score of each quiz in the course, 0–100; nil for a course without quizzes.
    public var score: Double?
    public var certificate: String

    var year: Int { Int(endDate.prefix(4)) ?? 0 }
}

/// A learner's JP in one calendar year, against the yearly target.
public struct YearTotal: Codable, Sendable, Equatable {
    public var year: Int
    public var totalJP: Double
    public var targetMet: Bool
}

public struct LearnerRecord: Codable, Sendable, Equatable {
    public var nip: String
    public var name: String
    public var agency: String?
    public var unit: String?
    public var courses: [CompletedCourse]
    /// The JP of the courses listed: one year's when the report is for one year.
    public var totalJP: Double
    public var targetJP: Double
    /// Per year: the target is yearly, so a report over several years is compared year by year.
    public var years: [YearTotal]

    public var targetMet: Bool { totalJP >= targetJP }
}

/// Each learner's JP per year against the yearly target, computed from statements alone, so
/// the office gets the same numbers from an LRS or from a folder of bundles.
public struct JPReport: Codable, Sendable, Equatable {
    public var year: Int?
    public var targetJP: Double
    public var learners: [LearnerRecord]

    static let courseType = "http://adlnet.gov/expapi/activities/course"
    static let completed = "http://adlnet.gov/expapi/verbs/completed"
    static let passed = "http://adlnet.gov/expapi/verbs/passed"
    static let experienced = "http://adlnet.gov/expapi/verbs/experienced"
    static let registered = "http://adlnet.gov/expapi/verbs/registered"
    /// Learning on one's own with belajar, as the national record names the kind of activity.
    public static let elearning = "E-Learning"

    public init(_ tally: ReportTally, year: Int?, targetJP: Double = 20) {
        self.year = year
        self.targetJP = targetJP
        learners = Array(tally.records(year: year, targetJP: targetJP))
    }

    init(year: Int?, targetJP: Double, learners: [LearnerRecord]) {
        self.year = year
        self.targetJP = targetJP
        self.learners = learners
    }

    public init(statements: [RecordedStatement], year: Int?, targetJP: Double = 20, timeZone: TimeZone = LocalTime.currentZone()) {
        var tally = ReportTally(fallback: timeZone)
        statements.forEach { tally.add($0) }
        self.init(tally, year: year, targetJP: targetJP)
    }
}

extension LearnerRecord {
    init(nip: String, _ tally: LearnerTally, _ strings: StringTable, year: Int?, targetJP: Double) {
        self.nip = nip
        name = tally.name.map { strings[$0.value] } ?? ""
        agency = tally.agency.map { strings[$0.value] }
        unit = tally.unit.map { strings[$0.value] }
        let courses = tally.courses.compactMap { course in
            course.completion.map { CompletedCourse(course, completion: $0, score: tally.score(of: course.course), strings) }
        }
        .filter { course in year.map { course.year == $0 } ?? true }
        .sorted { ($0.endDate, $0.courseID) < ($1.endDate, $1.courseID) }
        self.courses = courses
        totalJP = courses.reduce(0) { $0 + $1.jp }
        self.targetJP = targetJP
        let listed = year.map { [$0] } ?? Set(tally.years.map(Int.init)).union(courses.map(\.year)).sorted()
        years = listed.map { listedYear in
            let total = courses.filter { $0.year == listedYear }.reduce(0) { $0 + $1.jp }
            return YearTotal(year: listedYear, totalJP: total, targetMet: total >= targetJP)
        }
    }
}

extension CompletedCourse {
    init(_ course: CourseTally, completion: CourseTally.Completion, score: Double?, _ strings: StringTable) {
        courseID = strings[course.course]
        name = completion.name.map { strings[$0] } ?? courseID
        type = JPReport.elearning
        organizer = completion.organizer.map { strings[$0] }
        startDate = min(course.started ?? completion.at, completion.at).day
        endDate = completion.at.day
        jp = completion.jp
        self.score = score
        certificate = completion.certificate
    }
}
