import FoundationEssentials

/// A course as its `course.yaml` describes it, with defaults resolved.
/// Module text, quizzes and module titles from headings are read lazily (see `Course.text(of:)`,
/// `Course.withModuleTitles()`), so a library of hundreds of courses opens without reading a module.
public struct Course: Sendable, Hashable, Identifiable {
    /// `[a-z0-9-]+`, stable: it names the course in every record.
    public var id: String
    public var title: String
    /// Semantic version, as written.
    public var version: String
    /// BCP 47 tag; `id` by default.
    public var language: String
    /// JP credited when the course is completed.
    public var hours: Double
    public var description: String?
    public var modules: [Module]
    public var completion: CompletionRule
    /// The course folder on disk.
    public var folder: URL

    public init(id: String, title: String, version: String, language: String = "id",
                hours: Double, description: String? = nil, modules: [Module],
                completion: CompletionRule = CompletionRule(), folder: URL) {
        self.id = id
        self.title = title
        self.version = version
        self.language = language
        self.hours = hours
        self.description = description
        self.modules = modules
        self.completion = completion
        self.folder = folder
    }

    public func module(id: String) -> Module? { modules.first { $0.id == id } }
}

/// One entry of `modules:` in reading order.
public struct Module: Sendable, Hashable, Identifiable {
    /// Default: the file stem without its numeric prefix (`01-pentingnya.md` → `pentingnya`).
    public var id: String
    /// As written in course.yaml; else the file's first heading, which is read only when the
    /// course is opened (`Course.withModuleTitles()`): until then the id stands in for it.
    public var title: String
    /// True when course.yaml gave no title, so `title` is (or will be) the file's first heading.
    public var titleFromHeading: Bool
    /// Markdown file, relative to the course folder.
    public var file: String
    /// GIFT file, relative to the course folder.
    public var quiz: String?
    /// Reading estimate in minutes, when the trainer gave one.
    public var minutes: Int?

    public init(id: String, title: String, file: String, quiz: String? = nil, minutes: Int? = nil,
                titleFromHeading: Bool = false) {
        self.id = id
        self.title = title
        self.titleFromHeading = titleFromHeading
        self.file = file
        self.quiz = quiz
        self.minutes = minutes
    }
}

/// `completion:` in course.yaml.
public struct CompletionRule: Sendable, Hashable {
    /// Percent needed on each quiz.
    public var passMark: Double
    /// 0 means unlimited.
    public var maxAttempts: Int
    /// `shuffle:`: the choices of each question, and the answers of a matching one, come in an
    /// order of their own in every attempt, as Moodle's `shuffleanswers` (on for GIFT imports).
    public var shuffle: Bool

    public init(passMark: Double = 70, maxAttempts: Int = 0, shuffle: Bool = true) {
        self.passMark = passMark
        self.maxAttempts = maxAttempts
        self.shuffle = shuffle
    }
}
