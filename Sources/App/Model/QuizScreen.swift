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

    public enum Phase: Sendable, Hashable {
        case answering
        /// After Enter: the mark of the answer (nil when not graded).
        case feedback(fraction: Double?)
        case result(score: Double, passed: Bool)
        /// Waiting for the runtime to finish the attempt.
        case finishing
    }

    public init(courseID: String, moduleID: String) {
        self.courseID = courseID
        self.moduleID = moduleID
    }

    public var questions: [Question] { session?.quiz.questions ?? [] }
    public var question: Question? { questions.indices.contains(index) ? questions[index] : nil }
}

/// The learner's answer being composed on the current question.
public struct QuestionInput: Sendable, Hashable {
    /// The highlighted choice, or the highlighted matching row.
    public var cursor = 0
    /// Multiple choice and true/false: the picked choice. Multiple answer: the ticked ones.
    public var picked: Set<Int> = []
    public var field = TextField()
    /// Matching: for each prompt, the index of the chosen answer among `matchingAnswers`.
    public var matches: [Int?] = []
}
