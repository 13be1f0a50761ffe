import FoundationEssentials

/// What the app knows of the learners, the courses and the records: plain values the runtime
/// fills from the store and CourseKit. The app performs no I/O.
public struct LearnerInfo: Sendable, Hashable {
    public var nip: String
    public var name: String
    public var agency: String
    public var unit: String
    /// The picker asks for the PIN before the learner's records open.
    public var hasPIN: Bool

    public init(nip: String, name: String, agency: String = "", unit: String = "", hasPIN: Bool = false) {
        self.nip = nip
        self.name = name
        self.agency = agency
        self.unit = unit
        self.hasPIN = hasPIN
    }
}

/// A course folder that could not be loaded, with its first error as CourseKit worded it.
public struct BrokenCourse: Sendable, Hashable {
    public var folder: String
    public var message: String

    public init(folder: String, message: String) {
        self.folder = folder
        self.message = message
    }
}

public enum CourseStatus: Sendable, Hashable {
    case notStarted, inProgress, completed
}

/// One module's record for the current learner.
public struct ModuleRecord: Sendable, Hashable {
    public var isRead: Bool
    /// Best quiz score in percent, if attempted.
    public var bestScore: Double?
    public var passed: Bool
    /// Attempts started, finished or not: what `max_attempts` counts.
    public var attempts: Int
    /// An attempt left unfinished, which opening the quiz continues.
    public var inProgress: QuizInProgress?

    public init(isRead: Bool = false, bestScore: Double? = nil, passed: Bool = false, attempts: Int = 0,
                inProgress: QuizInProgress? = nil) {
        self.isRead = isRead
        self.bestScore = bestScore
        self.passed = passed
        self.attempts = attempts
        self.inProgress = inProgress
    }
}

/// An unfinished attempt: "Kuis sedang dikerjakan 3/9".
public struct QuizInProgress: Sendable, Hashable {
    public var moduleID: String
    public var answered: Int
    /// Questions that take an answer.
    public var questions: Int

    public init(moduleID: String, answered: Int, questions: Int) {
        self.moduleID = moduleID
        self.answered = answered
        self.questions = questions
    }
}

/// One course's record for the current learner.
public struct CourseRecord: Sendable, Hashable {
    public var percent: Double
    public var status: CourseStatus
    public var modules: [String: ModuleRecord]
    /// Where "Lanjutkan" goes: the module opened last, and how far into it (0...1).
    public var lastModule: String?
    public var lastPosition: Double
    /// An unfinished attempt in the course, shown in the library; "Lanjutkan" goes to it first.
    public var quizInProgress: QuizInProgress?

    public init(percent: Double = 0, status: CourseStatus = .notStarted, modules: [String: ModuleRecord] = [:],
                lastModule: String? = nil, lastPosition: Double = 0, quizInProgress: QuizInProgress? = nil) {
        self.quizInProgress = quizInProgress
        self.percent = percent
        self.status = status
        self.modules = modules
        self.lastModule = lastModule
        self.lastPosition = lastPosition
    }
}

/// The progress screen's figures.
public struct ProgressReport: Sendable, Hashable {
    public struct Completion: Sendable, Hashable {
        public var title: String
        public var date: Date
        public var hours: Double
        public init(title: String, date: Date, hours: Double) {
            self.title = title
            self.date = date
            self.hours = hours
        }
    }

    /// A past export or push: when (ISO 8601), how many records, and where to.
    public struct SyncStep: Sendable, Hashable {
        public var at: String
        public var count: Int
        public var destination: String
        public init(at: String, count: Int, destination: String) {
            self.at = at
            self.count = count
            self.destination = destination
        }
    }

    public var year: Int
    public var hours: Double
    public var target: Double
    public var completions: [Completion]
    /// Statements in the outbox not yet exported or sent.
    public var pending: Int
    public var lastExport: SyncStep?
    public var lastPush: SyncStep?
    /// An LRS is set up, so the records can be sent from here.
    public var canPush: Bool
    /// Removable drives mounted when the screen opened (`RemovableDrives`), offered for an export.
    public var drives: [String]
    /// Mentors' reviews received from the office and not yet read.
    public var newFeedback: Int

    public init(year: Int, hours: Double, target: Double, completions: [Completion], pending: Int,
                lastExport: SyncStep? = nil, lastPush: SyncStep? = nil, canPush: Bool = false, drives: [String] = [],
                newFeedback: Int = 0) {
        self.drives = drives
        self.newFeedback = newFeedback
        self.lastExport = lastExport
        self.lastPush = lastPush
        self.canPush = canPush
        self.year = year
        self.hours = hours
        self.target = target
        self.completions = completions
        self.pending = pending
    }
}
