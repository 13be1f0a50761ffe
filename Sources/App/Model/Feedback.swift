/// A mentor's grade of one essay answer: on the feedback screen and under the essay in the
/// quiz review.
public struct MentorGrade: Sendable, Hashable {
    /// 0...100
    public var percent: Double
    public var mentor: String
    public var comment: String
    /// When the mentor graded it, as the office stamped it (ISO 8601, UTC); shown in the
    /// learner's time zone.
    public var reviewedAt: String

    public init(percent: Double, mentor: String, comment: String, reviewedAt: String) {
        self.percent = percent
        self.mentor = mentor
        self.comment = comment
        self.reviewedAt = reviewedAt
    }
}

/// A mentor's review as the feedback screen lists it: filled by the runtime from the store.
public struct FeedbackItem: Sendable, Hashable {
    public var course: String
    public var question: String
    public var grade: MentorGrade
    /// Not seen before this opening of the screen.
    public var isNew: Bool
    /// The attempt the essay was answered in, to open its review; nil when its course is no
    /// longer on the device.
    public var answer: ReviewedAnswer?

    public init(course: String, question: String, grade: MentorGrade, isNew: Bool, answer: ReviewedAnswer? = nil) {
        self.course = course
        self.question = question
        self.grade = grade
        self.isNew = isNew
        self.answer = answer
    }
}

/// Where a reviewed essay was answered.
public struct ReviewedAnswer: Sendable, Hashable {
    public var courseID: String
    public var moduleID: String
    public var attempt: String

    public init(courseID: String, moduleID: String, attempt: String) {
        self.courseID = courseID
        self.moduleID = moduleID
        self.attempt = attempt
    }
}

/// "2 umpan balik baru": the learner's reviews, and how many of them are unread.
public struct FeedbackCount: Sendable, Hashable {
    public var total: Int
    public var unread: Int

    public init(total: Int = 0, unread: Int = 0) {
        self.total = total
        self.unread = unread
    }
}

/// A finished attempt opened again from the feedback list: its answers, its score as regraded,
/// and the mentors' grades by question id.
public struct PastAttempt: Sendable, Hashable {
    public var session: QuizSession
    public var score: Double
    public var passed: Bool
    public var grades: [String: MentorGrade]

    public init(session: QuizSession, score: Double, passed: Bool, grades: [String: MentorGrade]) {
        self.session = session
        self.score = score
        self.passed = passed
        self.grades = grades
    }
}
