import CourseKit
import FoundationEssentials

/// A learner's essay answer as the mentor's screen shows it, with the review it already has.
public struct EssayItem: Sendable, Hashable {
    /// The answer statement's id: what a review is about.
    public var id: String
    public var course: String
    public var learnerNIP: String
    public var learnerName: String
    public var question: String
    public var questionText: String
    public var answer: String
    /// The trainer's guidance: the question's general feedback in the course's GIFT file, when
    /// the office has the course.
    public var guidance: String?
    /// ISO 8601, as the statement says.
    public var answeredAt: String
    public var review: PastReview?
    /// The formats of the question's text and of the guidance, as the course's GIFT file says
    /// (Moodle's default when the office does not have the course).
    public var textFormat: TextFormat
    public var guidanceFormat: TextFormat

    public init(id: String, course: String, learnerNIP: String, learnerName: String, question: String,
                questionText: String, answer: String, guidance: String?, answeredAt: String, review: PastReview? = nil,
                textFormat: TextFormat = .moodle, guidanceFormat: TextFormat = .moodle) {
        self.textFormat = textFormat
        self.guidanceFormat = guidanceFormat
        self.id = id
        self.course = course
        self.learnerNIP = learnerNIP
        self.learnerName = learnerName
        self.question = question
        self.questionText = questionText
        self.answer = answer
        self.guidance = guidance
        self.answeredAt = answeredAt
        self.review = review
    }
}

/// The latest review of an essay.
public struct PastReview: Sendable, Hashable {
    public var percent: Double
    public var comment: String
    public var mentor: String
    public var date: String
    public var sent: Bool

    public init(percent: Double, comment: String, mentor: String, date: String, sent: Bool) {
        self.percent = percent
        self.comment = comment
        self.mentor = mentor
        self.date = date
        self.sent = sent
    }
}

/// Who reviews: a mentor is known by NIP and name, as the review statement's actor.
public struct Mentor: Sendable, Hashable {
    public var nip: String
    public var name: String

    public init(nip: String, name: String) {
        self.nip = nip
        self.name = name
    }
}

/// A review to record, exactly what `belajar review --grade` takes.
public struct ReviewDraft: Sendable, Hashable {
    public var essayID: String
    public var percent: Double
    public var comment: String
    public var mentor: Mentor

    public init(essayID: String, percent: Double, comment: String, mentor: Mentor) {
        self.essayID = essayID
        self.percent = percent
        self.comment = comment
        self.mentor = mentor
    }
}

/// Where a recorded review went.
public enum ReviewDelivery: Sendable, Hashable {
    /// `count` review statements acknowledged by the LRS at `url`.
    case sent(count: Int, url: String)
    /// No LRS: kept in the office's book for `belajar office pack`.
    case kept
    /// The LRS did not take it (`reason`, worded): kept, and sent with the next review.
    case unsent(reason: String)
}

/// The mentor's screen: the essays, one of them open with its score and comment being typed.
public struct ReviewScreen: Sendable, Hashable {
    public enum Field: Sendable, Hashable { case score, comment }

    /// nil while the essays load.
    public var essays: [EssayItem]?
    /// Why the essays could not be read (the LRS unreachable); the list says it.
    public var loadFailure: String?
    /// Index into `essays`, in the order `rows` lists them.
    public var selected = 0
    public var isOpen = false
    public var focus = Field.score
    public var score = TextField()
    public var comment = TextField()
    /// What was typed for other essays, kept while moving between them.
    public var drafts: [String: Typed] = [:]
    /// The first line of the open essay's page shown.
    public var top = 0
    public var mentor: Mentor?
    /// Asks the mentor's NIP and name when the command did not give both.
    public var mentorForm: MentorForm?
    public var isSaving = false

    public struct Typed: Sendable, Hashable {
        public var score: TextField
        public var comment: TextField
    }

    public init(mentor: Mentor?) {
        self.mentor = mentor
    }

    public var essay: EssayItem? {
        guard let essays, essays.indices.contains(selected) else { return nil }
        return essays[selected]
    }
}

public struct MentorForm: Sendable, Hashable {
    public enum Field: Sendable, Hashable { case nip, name }
    public var nip: TextField
    public var name: TextField
    public var focus = Field.nip
    /// Set once the mentor tried to go on, so an empty field is only blamed after that.
    public var triedToSave = false

    /// The NIP the command gave is there to be corrected, so typing starts at the name then.
    public init(nip: String = "", name: String = "") {
        self.nip = TextField(nip)
        self.name = TextField(name)
        focus = nip.isEmpty ? .nip : .name
    }
}
