import CourseKit

/// The score of one attempt: each graded question is worth one mark, as GIFT gives no marks.
public struct QuizScore: Sendable, Hashable {
    public var earned: Double
    /// The number of graded questions; descriptions and essays not yet graded by a mentor do not count.
    public var possible: Int

    /// 0...100. A quiz with nothing to grade (only essays) scores 100: nothing in it can be failed.
    public var percent: Double { possible == 0 ? 100 : earned / Double(possible) * 100 }

    /// `manualGrades` are the fractions a mentor gave essays, by question id: as in Moodle, a
    /// graded essay counts its fraction of its mark; an essay not yet graded does not count.
    public init(questions: [Question], responses: [String: Response], manualGrades: [String: Double] = [:]) {
        let fractions = questions.compactMap { question in
            Grading.fraction(of: question, response: responses[question.id])
                ?? (Grading.isAnswerable(question) ? manualGrades[question.id] : nil)
        }
        earned = fractions.reduce(0, +)
        possible = fractions.count
    }
}

/// The course's `completion:` rules for its quizzes.
public struct AttemptRules: Sendable, Hashable {
    public var passMark: Double
    /// 0 means unlimited.
    public var maxAttempts: Int

    public init(_ rule: CompletionRule) {
        passMark = rule.passMark
        maxAttempts = rule.maxAttempts
    }

    /// `attemptsMade` counts every attempt started, finished or not.
    public func mayStart(attemptsMade: Int) -> Bool { maxAttempts <= 0 || attemptsMade < maxAttempts }

    /// Attempts that may still be started after `attemptsMade` (the one being taken counts as
    /// made), or nil when attempts are unlimited. The only place this is counted.
    public func attemptsLeft(attemptsMade: Int) -> Int? {
        maxAttempts <= 0 ? nil : max(maxAttempts - attemptsMade, 0)
    }

    /// Scores are compared to the pass mark after rounding to 0.01, the precision shown, so a
    /// score displayed as 70 passes a pass mark of 70.
    public func passes(_ score: QuizScore) -> Bool {
        (score.percent * 100).rounded() / 100 >= passMark
    }
}

/// What a learner chooses from in a matching question: each distinct answer once, in file order.
public enum MatchingOptions {
    public static func of(_ pairs: [MatchPair]) -> [String] {
        var seen = Set<String>()
        return pairs.map(\.answer).filter { seen.insert($0).inserted }
    }
}
