import CourseKit
import FoundationEssentials
import SQLite

/// JP earned in a calendar year against the yearly target.
public struct YearlyHours: Sendable, Hashable {
    public var year: Int
    public var earned: Double
    public var target: Double
    public var completions: [CourseCompletion]

    public var remaining: Double { max(0, target - earned) }
    public var reached: Bool { earned >= target }
}

/// The queries behind the learner's home screen and `belajar progress`. Each is one read;
/// they stay fast for a learner with thousands of records (`bench/run store`).
extension ProgressStore {
    /// Progress in each of `courses`, in the order given, from three indexed reads.
    public func progress(of nip: NIP, in courses: [Course]) throws -> [CourseProgress] {
        try read { db in try Self.progress(of: nip, in: courses, db) }
    }

    /// With a single course, the reads are narrowed to it.
    static func progress(of nip: NIP, in courses: [Course], _ db: Database) throws -> [CourseProgress] {
        var filter = ""
        var arguments: StatementArguments = [nip.digits]
        if courses.count == 1 {
            filter = " AND courseId = ?"
            arguments += [courses[0].id]
        }
        let read = try pairs(db, "SELECT courseId, moduleId FROM reading WHERE learnerNIP = ? AND readToEndAt IS NOT NULL" + filter, arguments)
        let passed = try pairs(db, "SELECT DISTINCT courseId, moduleId FROM attempt WHERE learnerNIP = ? AND passed = 1" + filter, arguments)
        var completions: [String: CourseCompletion] = [:]
        for completion in try Row.fetchAll(db, sql: "SELECT * FROM completion WHERE learnerNIP = ?" + filter,
                                           arguments: arguments).map(CourseCompletion.init) {
            completions[completion.courseId] = completion
        }
        return courses.map { course in
            CourseProgress(course: course, read: read[course.id] ?? [], passed: passed[course.id] ?? [],
                           completion: completions[course.id])
        }
    }

    /// Every course the learner completed, newest first, whether or not it is still on the device.
    public func completions(of nip: NIP) throws -> [CourseCompletion] {
        try read { db in try Self.completions(of: nip, db) }
    }

    /// JP of courses completed in `year` (by the learner's calendar day), against the target setting.
    public func yearlyHours(of nip: NIP, year: Int) throws -> YearlyHours {
        try read { db in
            let completions = try Row.fetchAll(db, sql: """
                SELECT * FROM completion WHERE learnerNIP = ? AND completedOn >= ? AND completedOn < ?
                ORDER BY completedOn DESC, courseId
                """, arguments: [nip.digits, Self.newYear(year), Self.newYear(year + 1)])
                .map(CourseCompletion.init)
            let target = Double(try Self.setting(.yearlyTargetJP, db)) ?? Double(Setting.yearlyTargetJP.defaultValue) ?? 20
            return YearlyHours(year: year, earned: completions.reduce(0) { $0 + $1.hours }, target: target,
                               completions: completions)
        }
    }

    static func completions(of nip: NIP, _ db: Database) throws -> [CourseCompletion] {
        try Row.fetchAll(db, sql: "SELECT * FROM completion WHERE learnerNIP = ? ORDER BY completedOn DESC, courseId",
                         arguments: [nip.digits]).map(CourseCompletion.init)
    }

    /// The first day of `year` as the day columns write it, `2026-01-01`.
    private static func newYear(_ year: Int) -> String { Timestamp.zeroPadded(year, 4) + "-01-01" }

    private static func pairs(_ db: Database, _ sql: String, _ arguments: StatementArguments) throws -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
            result[row[0], default: []].insert(row[1])
        }
        return result
    }
}
