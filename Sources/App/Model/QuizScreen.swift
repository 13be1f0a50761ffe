import CourseKit
import Quiz

/// One attempt at a module's quiz, a question at a time.
public struct QuizScreen: Sendable, Hashable {
    public var courseID: String
    public var moduleID: String
    /// The learner and course the attempt's answers are recorded for.
    public var scope: CourseScope?
    public var session: QuizSession?
    public var index = 0
    public var phase = Phase.answering
    public var input = QuestionInput()
    public var responses: [String: Response] = [:]
    /// Why Enter did nothing (no choice picked, not a number).
    public var problem: Phrase?
    /// The first line shown once the reader scrolled (PgUp/PgDn); nil keeps the answer in view.
    public var scroll: Int?
    /// Mentors' grades of the attempt's essays, by question id (a past attempt's review).
    public var grades: [String: MentorGrade] = [:]

    public enum Phase: Sendable, Hashable {
        /// Before a new attempt that the learner may not want (already passed, attempts limited):
        /// nothing is started until Enter.
        case confirmingStart
        case answering
        /// After Enter: the mark of the answer (nil when not graded).
        case feedback(fraction: Double?)
        case result(QuizOutcome)
        /// Waiting for the runtime to finish the attempt.
        case finishing
    }

    public init(courseID: String, moduleID: String) {
        self.courseID = courseID
        self.moduleID = moduleID
    }

    public var questions: [Question] { session?.quiz.questions ?? [] }
    public var question: Question? { questions.indices.contains(index) ? questions[index] : nil }

    /// Display position -> file index of the current question's choices (or matching answers).
    public var order: [Int] { question.map { AnswerOrder.of($0, seed: session?.shuffleSeed) } ?? [] }
}

/// How a finished attempt went.
public struct QuizOutcome: Sendable, Hashable {
    public var score: Double
    public var passed: Bool
    /// JP credited when the attempt completed the course.
    public var completedHours: Double?

    public init(score: Double, passed: Bool, completedHours: Double? = nil) {
        self.score = score
        self.passed = passed
        self.completedHours = completedHours
    }
}

/// The learner's answer being composed on the current question. Positions are as shown.
public struct QuestionInput: Sendable, Hashable {
    /// The highlighted choice, or the highlighted matching row.
    public var cursor = 0
    /// Multiple choice and true/false: the picked choice. Multiple answer: the ticked ones.
    /// Empty on a new question: nothing is answered until the learner picks.
    public var picked: Set<Int> = []
    public var field = TextField()
    /// Matching: for each prompt, the position of the chosen answer among those shown.
    public var matches: [Int?] = []
}
