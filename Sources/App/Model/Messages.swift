import Canvas
import CourseKit
import Domain
import Quiz

/// What happened: a key, a resize, or the result of an effect the runtime performed.
public enum Msg: Sendable {
    case key(Key)
    case resize(Size)
    /// The time and zone now, sent by the runtime before each key: update and view never read a clock.
    case clock(Clock)
    case started(Startup)
    /// The learner is chosen (created or picked), with their records.
    case learnerChosen(LearnerInfo, records: [String: CourseRecord])
    case recordsChanged([String: CourseRecord])
    /// A course read further when its outline opens: its modules titled by their first headings
    /// (`titled`: all of them were found, so it need not be read again).
    case courseOpened(Course, titled: Bool)
    case moduleLoaded(courseID: String, moduleID: String, Result<ModuleText, Failure>)
    /// The answer of the reader's work of that generation.
    case readerWorkDone(generation: Int, ReaderResult)
    case quizStarted(QuizSession)
    /// `completedHours`: the JP credited when this attempt completed the course.
    case attemptFinished(score: Double, passed: Bool, completedHours: Double? = nil)
    case reportLoaded(ProgressReport)
    /// An export wrote `count` records to `path`, a file of `bytes` (0: there was nothing new).
    case exported(count: Int, path: String, bytes: Int64)
    /// A push under way has sent `sent` of `total` records.
    case pushProgress(sent: Int, total: Int)
    case pushed(count: Int)
    /// An export or push stopped by a failure; the records not sent stay for next time.
    case syncFailed(Failure)
    case feedbackLoaded([FeedbackItem])
    /// An office package was applied: new reviews, quizzes now passed, JP credited by the
    /// courses that completed, courses installed.
    case received(reviews: Int, passed: Int, hours: Double, courses: Int)
    // MARK: The learner's feedback (issue 13, point 5)
    case feedbackCounted(FeedbackCount)
    /// The library read again (a package installed courses): what the library shows from now on.
    case coursesReloaded([Course], failures: [BrokenCourse])
    /// A finished attempt's review, opened from the feedback list.
    case pastAttemptLoaded(PastAttempt)
    case failed(Failure)
    // MARK: Mentor review
    /// `belajar review` opened its screen, with the mentor the command named (either may be
    /// empty: the screen asks) and the office's courses, where the trainer's guidance is.
    case reviewOpened(mentorNIP: String, mentorName: String, courses: [Course])
    case essaysLoaded([EssayItem])
    case reviewRecorded(essayID: String, PastReview, ReviewDelivery)
    /// Loading the essays or recording a review failed; what was recorded stays recorded.
    case reviewFailed(Failure)
}

/// A module's Markdown and where the learner stopped in it last time (0...1).
public struct ModuleText: Sendable, Hashable {
    public var markdown: String
    public var position: Double
    public init(markdown: String, position: Double = 0) {
        self.markdown = markdown
        self.position = position
    }
}

/// A failure worded by the library that met it, in the learner's language.
public struct Failure: Error, Sendable, Hashable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// Everything the runtime found before the first frame.
public struct Startup: Sendable {
    public var learners: [LearnerInfo]
    /// The learner who used the app last, or the one named by `--learner`.
    public var lastLearner: String?
    public var learnerGiven: Bool
    public var courses: [Course]
    public var failures: [BrokenCourse]
    public var folder: String
    /// The office made a PIN required on this device.
    public var pinRequired: Bool

    public init(learners: [LearnerInfo], lastLearner: String?, learnerGiven: Bool = false,
                courses: [Course], failures: [BrokenCourse], folder: String, pinRequired: Bool = false) {
        self.pinRequired = pinRequired
        self.learners = learners
        self.lastLearner = lastLearner
        self.learnerGiven = learnerGiven
        self.courses = courses
        self.failures = failures
        self.folder = folder
    }
}

/// A quiz ready to take: a new attempt, or one resumed with the answers already given.
public struct QuizSession: Sendable, Hashable {
    public var courseID: String
    public var moduleID: String
    public var quiz: ModuleQuiz
    public var attempt: String
    public var saved: [String: Response]
    /// Attempts that may be started after this one (`AttemptRules.attemptsLeft`); nil when unlimited.
    public var attemptsLeft: Int?
    /// The seed of the order choices are shown in (`AnswerOrder`); nil: file order.
    public var shuffleSeed: UInt64?

    public init(courseID: String, moduleID: String, quiz: ModuleQuiz, attempt: String,
                saved: [String: Response] = [:], attemptsLeft: Int? = nil, shuffleSeed: UInt64? = nil) {
        self.shuffleSeed = shuffleSeed
        self.courseID = courseID
        self.moduleID = moduleID
        self.quiz = quiz
        self.attempt = attempt
        self.saved = saved
        self.attemptsLeft = attemptsLeft
    }
}

/// Whose records an effect reads or writes, and in which course: effects carry all they need,
/// so the runtime keeps no state of its own.
public struct CourseScope: Sendable, Hashable {
    public var learner: String
    public var course: Course
    public init(learner: String, course: Course) {
        self.learner = learner
        self.course = course
    }
}

/// Work for the runtime, as plain values: update never performs it.
public enum Effect: Sendable, Hashable {
    /// Records a new learner, with the PIN they chose (nil: none), and chooses them; their
    /// records are read for `courses`.
    case createLearner(LearnerInfo, pin: String? = nil, courses: [Course])
    /// Opens the learner's records once `pin` is theirs (nil for a learner without one).
    case chooseLearner(nip: String, pin: String? = nil, courses: [Course])
    /// A first PIN for a learner who has none (the device requires one), then their records.
    case setPIN(nip: String, pin: String, courses: [Course])
    /// A course's records of each module for its outline, and (`readTitles`) its module titles.
    case loadCourse(CourseScope, readTitles: Bool)
    case openModule(CourseScope, moduleID: String)
    /// `position` is how far into the module the reader is, 0...1.
    case savePosition(CourseScope, moduleID: String, position: Double)
    case markRead(CourseScope, moduleID: String)
    case openQuiz(CourseScope, moduleID: String)
    case recordAnswer(CourseScope, attempt: String, Question, Response)
    case finishAttempt(CourseScope, attempt: String, ModuleQuiz)
    /// The progress screen's figures for `year`, with the titles of the courses on this device.
    case loadReport(learner: String, year: Int, titles: [String: String])
    /// A signed bundle of the records not exported yet, to a folder or file (a USB stick).
    case export(path: String)
    /// The records not sent yet, to the configured LRS; answered with progress as it goes.
    case push
    /// Stops a push under way after the batch being sent (what the LRS acknowledged stays sent).
    case cancelPush
    /// The learner's reviews, which are then no longer new.
    case loadFeedback(learner: String, courses: [Course])
    /// The office's signed package at `path`; its courses go beside the library's.
    case receive(path: String, learner: String, courses: [Course])
    // MARK: Mentor review
    /// The essays at the office's review desk (bundles or LRS), each with its latest review and
    /// the guidance its course gives.
    case loadEssays(courses: [Course])
    /// Records as `belajar review --grade` does, and sends it where the desk sends.
    case recordReview(ReviewDraft)
    // MARK: The learner's feedback (issue 13, point 5)
    /// A finished attempt with its answers and the mentors' grades, for its review.
    case openPastAttempt(CourseScope, moduleID: String, attempt: String)
    /// Lays out or searches a module off the UI thread; it supersedes the reader work before it.
    case readerWork(ReaderWork)
    /// Stops the reader work under way (Esc during a search); its answer never comes.
    case cancelReaderWork
    case quit
}
