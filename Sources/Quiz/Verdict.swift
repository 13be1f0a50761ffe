import CourseKit

/// How one answer went, as the learner is told and the review lists it.
public enum Verdict: Sendable, Hashable {
    case right, partial(Double), wrong
    /// Recorded for a trainer to grade (essay).
    case pending
    /// Text only, nothing to answer.
    case none

    /// Moodle's "fully right": a fraction within 1e-7 of 1 is right, so three answers of
    /// 33.33333/33.33333/33.33334 are right, not "partly right (100%)".
    public init(question: Question, response: Response?) {
        guard Grading.isAnswerable(question) else { self = .none; return }
        guard let fraction = Grading.fraction(of: question, response: response) else { self = .pending; return }
        self = Self.of(fraction)
    }

    public static func of(_ fraction: Double) -> Verdict {
        if abs(fraction - 1) < 1e-7 { return .right }
        if fraction < 1e-7 { return .wrong }
        return .partial(fraction)
    }
}

/// One row of the review after an attempt.
public struct ReviewRow: Sendable, Hashable {
    public var question: Question
    public var response: Response?
    public var verdict: Verdict
}

/// Every question of an attempt with the answer given and how it went.
public struct AttemptReview: Sendable, Hashable {
    public var rows: [ReviewRow]

    /// `manualGrades` are the fractions mentors gave essays, by question id: a graded essay is
    /// no longer pending, as `QuizScore` counts it.
    public init(questions: [Question], responses: [String: Response], manualGrades: [String: Double] = [:]) {
        rows = questions.filter(Grading.isAnswerable).map { question in
            var verdict = Verdict(question: question, response: responses[question.id])
            if verdict == .pending, let grade = manualGrades[question.id] { verdict = .of(grade) }
            return ReviewRow(question: question, response: responses[question.id], verdict: verdict)
        }
    }

    public var right: Int { rows.filter { $0.verdict == .right }.count }
    public var pending: Int { rows.filter { $0.verdict == .pending }.count }
    /// Wrong and partly right: both have something to learn from.
    public var wrong: Int { rows.count - right - pending }
}
