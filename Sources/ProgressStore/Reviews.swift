import CourseKit
import FoundationEssentials
import SQLite
import Quiz

/// A mentor's review of one essay answer, as the office sends it back.
public struct EssayReview: Sendable, Hashable {
    /// The review statement's id: a review received twice is recorded once.
    public var id: String
    public var essayStatementID: String
    /// 0...1
    public var scaled: Double
    public var comment: String
    public var mentorNIP: String
    public var mentorName: String
    public var reviewedAt: String

    public init(id: String, essayStatementID: String, scaled: Double, comment: String, mentorNIP: String,
                mentorName: String, reviewedAt: String) {
        self.id = id
        self.essayStatementID = essayStatementID
        self.scaled = scaled
        self.comment = comment
        self.mentorNIP = mentorNIP
        self.mentorName = mentorName
        self.reviewedAt = reviewedAt
    }
}

/// What receiving reviews changed.
public struct ReceivedReviews: Sendable, Hashable {
    /// New reviews recorded; one received before is not counted again.
    public var recorded = 0
    /// Reviews of essays this device does not hold (another device's learner, or a store reset).
    public var notHere = 0
    /// Attempts that pass now that their essays are graded.
    public var passed: [QuizAttempt] = []
    /// Courses completed by those passes, each crediting its JP once.
    public var completions: [CourseCompletion] = []
}

/// Where an essay answer sits in the store.
struct EssayPlace: Hashable {
    var learnerNIP: String
    var attemptID: Int64
    var courseID: String
    var questionID: String
}

extension ProgressStore {
    /// Records the reviews of office package number `package` and regrades their attempts, in one
    /// transaction with the package's number, so a package is applied wholly, once, or not at all.
    /// `courses` are the installed courses: an attempt is regraded against its quiz as it is now,
    /// as finishing an attempt grades it.
    public func receive(_ reviews: [EssayReview], package: Int, courses: [Course]) throws -> ReceivedReviews {
        let places = try read { db in try reviews.map { try Self.essayPlace($0.essayStatementID, db) } }
        var recorders: [String: CourseRecorder] = [:]
        for place in Set(places.compactMap { $0 }) where recorders[place.key] == nil {
            // A course no longer installed, or a learner removed from the device: the review is
            // still recorded, with nothing to regrade against.
            guard let course = courses.first(where: { $0.id == place.courseID }),
                  let nip = try? NIP(validating: place.learnerNIP) else { continue }
            recorders[place.key] = try? recorder(for: nip, in: course)
        }
        let date = clock()
        return try write { db in
            var received = ReceivedReviews()
            var touched: [Int64: String] = [:]
            for (review, place) in zip(reviews, places) {
                guard let place else { received.notHere += 1; continue }
                guard try Self.record(review, at: place, received: date, db) else { continue }
                received.recorded += 1
                touched[place.attemptID] = place.key
            }
            for (attemptID, key) in touched.sorted(by: { $0.key < $1.key }) {
                guard let recorder = recorders[key] else { continue }
                try recorder.regrade(attemptID, at: date, into: &received, db)
            }
            try db.execute(sql: "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
                           arguments: [Setting.lastOfficePackage.rawValue, String(package)])
            return received
        }
    }

    /// The attempt and question of an essay's `answered` statement: its registration names the
    /// attempt, its object id ends in the question id.
    static func essayPlace(_ statementID: String, _ db: Database) throws -> EssayPlace? {
        guard let json = try Data.fetchOne(db, sql: "SELECT json FROM statement WHERE id = ?", arguments: [statementID]),
              let answered = try? JSONDecoder().decode(AnsweredShape.self, from: json),
              let registration = answered.context?.registration,
              let encoded = answered.object.id.components(separatedBy: "/questions/").last,
              let questionID = encoded.percentDecoded,
              let row = try Row.fetchOne(db, sql: """
                  SELECT attempt.id, attempt.courseId, attempt.learnerNIP FROM attempt
                  JOIN answer ON answer.attemptId = attempt.id AND answer.questionId = ?
                  WHERE attempt.registration = ?
                  """, arguments: [questionID, registration])
        else { return nil }
        return EssayPlace(learnerNIP: row["learnerNIP"], attemptID: row["id"], courseID: row["courseId"], questionID: questionID)
    }

    private static func record(_ review: EssayReview, at place: EssayPlace, received: Date, _ db: Database) throws -> Bool {
        try db.execute(sql: """
            INSERT OR IGNORE INTO review (id, essayStatementId, attemptId, questionId, learnerNIP, scaled, comment,
                                          mentorNIP, mentorName, reviewedAt, receivedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [review.id, review.essayStatementID, place.attemptID, place.questionID, place.learnerNIP,
                             min(1, max(0, review.scaled)), review.comment, review.mentorNIP, review.mentorName,
                             review.reviewedAt, Timestamp.text(received)])
        return db.changesCount > 0
    }

    private struct AnsweredShape: Decodable {
        struct Object: Decodable { var id: String }
        struct Context: Decodable { var registration: String? }
        var object: Object
        var context: Context?
    }
}

extension EssayPlace {
    var key: String { "\(learnerNIP) \(courseID)" }
}

extension CourseRecorder {
    /// The mentor's latest grade of each essay of the attempt, by question id.
    func manualGrades(_ attemptID: Int64, _ db: Database) throws -> [String: Double] {
        var grades: [String: Double] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT questionId, scaled FROM review WHERE attemptId = ? ORDER BY reviewedAt, rowid",
                                    arguments: [attemptID]) {
            grades[row["questionId"]] = row["scaled"]
        }
        return grades
    }

    /// Scores a finished attempt again with its essays' grades. An attempt that now passes gets
    /// its `passed` statement and may complete the course, through the same code as finishing
    /// it; a pass already recorded stays (its statements may be at the office already), though
    /// the score shown follows the grades.
    func regrade(_ attemptID: Int64, at date: Date, into received: inout ReceivedReviews, _ db: Database) throws {
        let attempt = try attempt(attemptID, db)
        guard attempt.isFinished, let module = course.module(id: attempt.moduleId),
              let quiz = try? course.quiz(of: module) else { return }
        let score = QuizScore(questions: quiz.questions, responses: attempt.answers,
                              manualGrades: try manualGrades(attemptID, db))
        let newlyPassed = attempt.passed != true && rules.passes(score)
        try db.execute(sql: "UPDATE attempt SET scorePercent = ?, passed = ? WHERE id = ?",
                       arguments: [score.percent, attempt.passed == true || newlyPassed, attemptID])
        guard newlyPassed else { return }
        try enqueue(builder.attemptFinished(event(at: date), module: module, course: course,
                                            registration: attempt.registration, percent: score.percent, passed: true,
                                            seconds: Int((attempt.finishedAt ?? date).timeIntervalSince(attempt.startedAt))), db)
        received.passed.append(try self.attempt(attemptID, db))
        if let completion = try completeIfDone(at: date, db) { received.completions.append(completion) }
    }
}

/// A review as the learner's feedback screen lists it.
public struct Feedback: Sendable, Hashable {
    public var id: String
    /// The attempt the essay was answered in.
    public var attemptId: Int64
    public var courseId: String
    public var moduleId: String
    public var questionId: String
    /// 0...1
    public var scaled: Double
    public var comment: String
    public var mentorName: String
    public var reviewedAt: String
    public var isRead: Bool
}

extension ProgressStore {
    /// Every review of the learner's essays, newest first.
    public func feedback(of nip: NIP) throws -> [Feedback] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT review.*, attempt.courseId, attempt.moduleId FROM review JOIN attempt ON attempt.id = review.attemptId
                WHERE review.learnerNIP = ? ORDER BY review.reviewedAt DESC, review.rowid DESC
                """, arguments: [nip.digits]).map { row in
                Feedback(id: row["id"], attemptId: row["attemptId"], courseId: row["courseId"], moduleId: row["moduleId"], questionId: row["questionId"],
                         scaled: row["scaled"], comment: row["comment"], mentorName: row["mentorName"],
                         reviewedAt: row["reviewedAt"], isRead: (row["readAt"] as String?) != nil)
            }
        }
    }

    /// "2 umpan balik baru": reviews the learner has not opened yet.
    public func unreadFeedbackCount(of nip: NIP) throws -> Int {
        try read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM review WHERE learnerNIP = ? AND readAt IS NULL",
                             arguments: [nip.digits]) ?? 0
        }
    }

    /// The learner saw their feedback: it is no longer new.
    public func markFeedbackRead(of nip: NIP) throws {
        let date = clock()
        try write { db in
            try db.execute(sql: "UPDATE review SET readAt = ? WHERE learnerNIP = ? AND readAt IS NULL",
                           arguments: [Timestamp.text(date), nip.digits])
        }
    }
}
