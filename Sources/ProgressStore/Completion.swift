import CourseKit
import FoundationEssentials
import SQLite

/// A course the learner finished, and the JP it credited.
public struct CourseCompletion: Sendable, Hashable {
    public var courseId: String
    public var courseVersion: String
    public var completedAt: Date
    /// The learner's calendar day, `2026-11-29`.
    public var completedOn: String
    public var hours: Double

    init(row: Row) {
        courseId = row["courseId"]
        courseVersion = row["courseVersion"]
        completedAt = Timestamp.date(row["completedAt"]) ?? .distantPast
        completedOn = row["completedOn"]
        hours = row["hours"]
    }
}

/// How far a learner is in a course: each module read and each quiz passed is one step.
public struct CourseProgress: Sendable, Hashable {
    public var courseId: String
    public var modulesRead: Int
    public var modules: Int
    public var quizzesPassed: Int
    public var quizzes: Int
    public var completion: CourseCompletion?

    /// 0...100, whole steps only; 100 once the course is complete, even after an update added modules.
    public var percent: Int {
        if completion != nil { return 100 }
        let steps = modules + quizzes
        return steps == 0 ? 0 : (modulesRead + quizzesPassed) * 100 / steps
    }
}

extension CourseRecorder {
    public func progress() throws -> CourseProgress {
        try store.read { db in try progress(db) }
    }

    func progress(_ db: Database) throws -> CourseProgress {
        try ProgressStore.progress(of: learner.nip, in: [course], db)[0]
    }

    /// Writes the completion, once, when every module is read and every quiz passed.
    func completeIfDone(at date: Date, _ db: Database) throws -> CourseCompletion? {
        let progress = try progress(db)
        guard progress.completion == nil, progress.modulesRead == progress.modules,
              progress.quizzesPassed == progress.quizzes else { return nil }
        try db.execute(sql: """
            INSERT INTO completion (learnerNIP, courseId, courseVersion, completedAt, completedOn, hours)
            VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: arguments + [course.version, Timestamp.text(date),
                                         Timestamp.localDay(date, timeZone: store.timeZone), course.hours])
        try enqueue(builder.courseCompleted(event(at: date), course: course, hours: course.hours), db)
        return try self.progress(db).completion
    }
}

extension CourseProgress {
    /// Only modules the course has now count: a removed module stays in history, not in the percent.
    init(course: Course, read: Set<String>, passed: Set<String>, completion: CourseCompletion?) {
        courseId = course.id
        modules = course.modules.count
        modulesRead = course.modules.filter { read.contains($0.id) }.count
        let quizModules = course.modules.filter { $0.quiz != nil }
        quizzes = quizModules.count
        quizzesPassed = quizModules.filter { passed.contains($0.id) }.count
        self.completion = completion
    }
}
