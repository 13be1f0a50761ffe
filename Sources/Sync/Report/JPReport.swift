import Domain
import Foundation

/// One finished course as the national record keeps it, plus the score the office finds useful.
public struct CompletedCourse: Codable, Sendable, Equatable {
    public var courseID: String
    public var name: String
    public var type: String
    public var organizer: String?
    /// Local calendar days, ISO 8601.
    public var startDate: String
    public var endDate: String
    public var jp: Double
    /// Mean of the best score of each quiz in the course, 0–100; nil for a course without quizzes.
    public var score: Double?
    public var certificate: String
}

public struct LearnerRecord: Codable, Sendable, Equatable {
    public var nip: String
    public var name: String
    public var agency: String?
    public var unit: String?
    public var courses: [CompletedCourse]
    public var totalJP: Double
    public var targetJP: Double

    public var targetMet: Bool { totalJP >= targetJP }
}

/// Each learner's JP for a year against the yearly target, computed from statements alone, so
/// the office gets the same numbers from an LRS or from a folder of bundles.
public struct JPReport: Codable, Sendable, Equatable {
    public var year: Int?
    public var targetJP: Double
    public var learners: [LearnerRecord]

    static let courseType = "http://adlnet.gov/expapi/activities/course"
    static let assessmentType = "http://adlnet.gov/expapi/activities/assessment"
    static let completed = "http://adlnet.gov/expapi/verbs/completed"
    static let passed = "http://adlnet.gov/expapi/verbs/passed"
    /// Learning on one's own with belajar, as the national record names the kind of activity.
    public static let elearning = "E-Learning"

    public init(statements: [RecordedStatement], year: Int?, targetJP: Double = 20, timeZone: TimeZone = .current) {
        self.year = year
        self.targetJP = targetJP
        let byLearner = Dictionary(grouping: statements.filter { $0.nip != nil }) { $0.nip ?? "" }
        learners = byLearner.keys.sorted().map { nip in
            LearnerRecord(learner: nip, byLearner[nip] ?? [], year: year, targetJP: targetJP, timeZone: timeZone)
        }
    }
}

extension LearnerRecord {
    init(learner nip: String, _ statements: [RecordedStatement], year: Int?, targetJP: Double, timeZone: TimeZone) {
        let ordered = statements.sorted { ($0.timestamp ?? "") < ($1.timestamp ?? "") }
        let completions = Self.firstCompletions(ordered)
        let latest = completions.last ?? ordered.last
        self.nip = nip
        name = ordered.last { $0.actor.name != nil }?.actor.name ?? ""
        agency = latest?.extensionValue("agency")?.text
        unit = latest?.extensionValue("unit")?.text
        courses = completions
            .map { CompletedCourse(completion: $0, all: ordered, timeZone: timeZone) }
            .filter { course in year.map { course.endDate.hasPrefix(String(format: "%04d-", $0)) } ?? true }
        totalJP = courses.reduce(0) { $0 + $1.jp }
        self.targetJP = targetJP
    }

    /// A course counts once, on the day it was first completed.
    private static func firstCompletions(_ ordered: [RecordedStatement]) -> [RecordedStatement] {
        var seen = Set<String>()
        return ordered.filter { statement in
            statement.verb.id == JPReport.completed && statement.object.definition?.type == JPReport.courseType
                && seen.insert(statement.object.id).inserted
        }
    }
}

extension CompletedCourse {
    init(completion: RecordedStatement, all: [RecordedStatement], timeZone: TimeZone) {
        let course = completion.object.id
        let inCourse = all.filter { $0.activityIDs.contains(course) }
        courseID = course
        name = completion.object.definition?.name?.values.sorted().first ?? course
        type = JPReport.elearning
        organizer = completion.extensionValue("organizer")?.text
        startDate = LocalDay.of(inCourse.first?.timestamp ?? completion.timestamp, timeZone: timeZone)
        endDate = LocalDay.of(completion.timestamp, timeZone: timeZone)
        jp = completion.extensionValue("jp")?.number ?? 0
        score = Self.score(inCourse)
        certificate = completion.extensionValue("certificate")?.text ?? ""
    }

    /// The best passing score of each quiz, averaged.
    private static func score(_ statements: [RecordedStatement]) -> Double? {
        let passes = statements.filter { $0.verb.id == JPReport.passed }
        let best = Dictionary(grouping: passes, by: \.object.id).values.compactMap { attempts in
            attempts.compactMap { $0.result?.score.flatMap { $0.raw ?? $0.scaled.map { $0 * 100 } } }.max()
        }
        guard !best.isEmpty else { return nil }
        return (best.reduce(0, +) / Double(best.count) * 10).rounded() / 10
    }
}

/// The learner's calendar day of a UTC timestamp: a course finished on the evening of
/// 31 December in Jayapura counts for that year.
enum LocalDay {
    static func of(_ timestamp: String?, timeZone: TimeZone) -> String {
        guard let timestamp else { return "" }
        guard let date = MachineFormat.date(fromTimestamp: timestamp) else { return String(timestamp.prefix(10)) }
        return MachineFormat.day(date, timeZone: timeZone)
    }
}
