import CourseKit
import FoundationEssentials
import SQLite
import Quiz

/// One attempt at a module's quiz, with every answer saved so far.
public struct QuizAttempt: Sendable, Hashable {
    public var id: Int64
    /// Ties the attempt's statements together in the LRS.
    public var registration: UUID
    public var moduleId: String
    public var courseVersion: String
    public var startedAt: Date
    public var finishedAt: Date?
    public var scorePercent: Double?
    public var passed: Bool?
    /// By question id.
    public var answers: [String: Response]
    /// The seed of `AnswerOrder`, nil when the choices are shown in file order.
    public var shuffleSeed: UInt64?

    public var isFinished: Bool { finishedAt != nil }

    init(row: Row, answers: [String: Response]) {
        id = row["id"]
        registration = UUID(uuidString: row["registration"]) ?? UUID()
        moduleId = row["moduleId"]
        courseVersion = row["courseVersion"]
        startedAt = Timestamp.date(row["startedAt"]) ?? .distantPast
        finishedAt = (row["finishedAt"] as String?).flatMap(Timestamp.date)
        scorePercent = row["scorePercent"]
        passed = row["passed"]
        shuffleSeed = (row["shuffleSeed"] as Int64?).map { UInt64(bitPattern: $0) }
        self.answers = answers
    }
}

/// How a finished attempt went, and whether it completed the course.
public struct AttemptOutcome: Sendable, Hashable {
    public var attempt: QuizAttempt
    public var score: QuizScore
    public var completion: CourseCompletion?
}

extension CourseRecorder {
    var rules: AttemptRules { AttemptRules(course.completion) }

    /// Resumes the unfinished attempt at this quiz if there is one (after a crash or a power cut),
    /// else starts a new one when `max_attempts` allows.
    public func startAttempt(module moduleId: String) throws -> QuizAttempt {
        let module = try module(moduleId)
        let date = store.clock()
        return try store.write { db in
            if let unfinished = try unfinishedAttempt(module.id, db) { return unfinished }
            let made = try Int.fetchOne(db, sql: "SELECT count(*) FROM attempt WHERE learnerNIP = ? AND courseId = ? AND moduleId = ?",
                                        arguments: arguments + [module.id]) ?? 0
            guard rules.mayStart(attemptsMade: made) else { throw StoreError.attemptLimit(max: rules.maxAttempts) }
            let registration = store.makeID()
            try db.execute(sql: """
                INSERT INTO attempt (registration, learnerNIP, courseId, moduleId, courseVersion, startedAt, shuffleSeed)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [registration.uuidString.lowercased()] + arguments
                    + [module.id, course.version, Timestamp.text(date), shuffleSeed(registration)])
            let attemptID = db.lastInsertedRowID
            try enqueue(builder.attemptStarted(event(at: date), module: module, course: course,
                                               registration: registration), db)
            return try attempt(attemptID, db)
        }
    }

    /// Saves an answer the moment it is given; answering again replaces it.
    public func save(_ response: Response, to question: Question, in attemptID: Int64) throws {
        let date = store.clock()
        try store.write { db in
            let attempt = try openAttempt(attemptID, db)
            let module = try module(attempt.moduleId)
            let fraction = Grading.fraction(of: question, response: response)
            try db.execute(sql: """
                INSERT OR REPLACE INTO answer (attemptId, questionId, response, fraction, answeredAt) VALUES (?, ?, ?, ?, ?)
                """, arguments: [attemptID, question.id, try Self.json(response), fraction, Timestamp.text(date)])
            try enqueue(builder.answered(event(at: date), question: question, module: module, course: course,
                                         registration: attempt.registration, response: response, fraction: fraction), db)
        }
    }

    /// Grades the saved answers against the quiz as it is now, records the score and whether it
    /// passed, and completes the course when this was the last thing missing.
    public func finish(_ attemptID: Int64, quiz: ModuleQuiz) throws -> AttemptOutcome {
        let date = store.clock()
        return try store.write { db in
            var attempt = try openAttempt(attemptID, db)
            let module = try module(attempt.moduleId)
            let score = QuizScore(questions: quiz.questions, responses: attempt.answers,
                                  manualGrades: try manualGrades(attemptID, db))
            let passed = rules.passes(score)
            try db.execute(sql: "UPDATE attempt SET finishedAt = ?, scorePercent = ?, passed = ? WHERE id = ?",
                           arguments: [Timestamp.text(date), score.percent, passed, attemptID])
            try enqueue(builder.attemptFinished(event(at: date), module: module, course: course,
                                                registration: attempt.registration, percent: score.percent,
                                                passed: passed, seconds: Int(date.timeIntervalSince(attempt.startedAt))), db)
            attempt = try self.attempt(attemptID, db)
            return AttemptOutcome(attempt: attempt, score: score, completion: passed ? try completeIfDone(at: date, db) : nil)
        }
    }

    /// The attempt at the module's quiz left unfinished (a power cut, the app closed), if any.
    public func unfinishedAttempt(module moduleId: String) throws -> QuizAttempt? {
        try store.read { db in try unfinishedAttempt(moduleId, db) }
    }

    func unfinishedAttempt(_ moduleId: String, _ db: Database) throws -> QuizAttempt? {
        try attempts(moduleId, db).first { !$0.isFinished }
    }

    /// Drawn from the attempt's own random registration, so it differs between attempts and needs
    /// no generator of its own (tests that fix the ids fix the order).
    private func shuffleSeed(_ registration: UUID) -> Int64? {
        guard course.completion.shuffle else { return nil }
        let bytes = withUnsafeBytes(of: registration.uuid) { Array($0) }
        return Int64(bitPattern: bytes.prefix(8).reduce(0) { $0 << 8 | UInt64($1) })
    }

    /// Every attempt at the module's quiz, oldest first.
    public func attempts(module moduleId: String) throws -> [QuizAttempt] {
        try store.read { db in try attempts(moduleId, db) }
    }

    func attempts(_ moduleId: String, _ db: Database) throws -> [QuizAttempt] {
        try Int64.fetchAll(db, sql: "SELECT id FROM attempt WHERE learnerNIP = ? AND courseId = ? AND moduleId = ? ORDER BY id",
                           arguments: arguments + [moduleId]).map { try attempt($0, db) }
    }

    func attempt(_ id: Int64, _ db: Database) throws -> QuizAttempt {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM attempt WHERE id = ? AND learnerNIP = ? AND courseId = ?",
                                         arguments: [id] + arguments) else { throw StoreError.attemptUnknown(id) }
        var answers: [String: Response] = [:]
        for answer in try Row.fetchAll(db, sql: "SELECT questionId, response FROM answer WHERE attemptId = ?", arguments: [id]) {
            answers[answer["questionId"]] = try JSONDecoder().decode(Response.self, from: Data((answer["response"] as String).utf8))
        }
        return QuizAttempt(row: row, answers: answers)
    }

    private func openAttempt(_ id: Int64, _ db: Database) throws -> QuizAttempt {
        let attempt = try attempt(id, db)
        if attempt.isFinished { throw StoreError.attemptFinished }
        return attempt
    }

    private static func json(_ response: Response) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(response), as: UTF8.self)
    }
}

/// An attempt started and not finished, as the library and the outline show it.
public struct UnfinishedAttempt: Sendable, Hashable {
    public var courseId: String
    public var moduleId: String
    /// Questions answered so far.
    public var answered: Int
}

extension ProgressStore {
    /// The learner's unfinished attempts in every course, from one indexed read.
    public func unfinishedAttempts(of nip: NIP) throws -> [UnfinishedAttempt] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT courseId, moduleId, (SELECT count(*) FROM answer WHERE attemptId = attempt.id) AS answered
                FROM attempt WHERE learnerNIP = ? AND finishedAt IS NULL ORDER BY id
                """, arguments: [nip.digits]).map {
                UnfinishedAttempt(courseId: $0["courseId"], moduleId: $0["moduleId"], answered: $0["answered"])
            }
        }
    }
}
