import Canvas
import CourseKit
import Domain
import Localization
import Markdown

/// What the terminal can show.
public struct Display: Sendable, Hashable {
    public var isUTF8: Bool
    public var hasColors: Bool

    public init(isUTF8: Bool, hasColors: Bool) {
        self.isUTF8 = isUTF8
        self.hasColors = hasColors
    }
}

/// The whole state of the app; `update` changes it, `view` draws it.
public struct AppState: Sendable {
    public var strings: Strings
    public var display: Display
    public var size: Size
    /// Now, and the learner's time zone: dates are shown and NIPs checked against this.
    public var clock: Clock
    /// Screens stacked as the learner went in; Esc goes back to the one below.
    public var route: [ScreenKind] = []
    public var showsHelp = false
    /// The first line of a help too long for the screen.
    public var helpTop = 0
    /// A one-line message (an error from the store, a hint) shown until the next key.
    public var notice: String?
    public var isQuitting = false

    public var learners: [LearnerInfo] = []
    public var learner: LearnerInfo?
    public var courses: [Course] = []
    /// Courses whose module titles were read, so reopening an outline reads nothing again.
    public var titledCourses: Set<String> = []
    public var failures: [BrokenCourse] = []
    public var folder = ""
    public var records: [String: CourseRecord] = [:]
    public var report: ProgressReport?

    /// How modules too slow or too large to lay out are caught (the runtime sets the probe).
    public var layoutGuard = LayoutGuard.unguarded
    public var pinRequired = false
    public var pinPrompt: PINPrompt?
    public var form = ProfileForm()
    public var picker = 0
    public var library = LibraryScreen()
    public var outline = OutlineScreen()
    public var reader: ReaderScreen?
    /// Reader work asked for so far: each answer names its generation, and only the latest counts.
    public var readerGenerations = 0
    public var quiz: QuizScreen?
    public var progressTop = 0
    /// The export destination being typed on the progress screen.
    public var exportPath: TextField?
    /// An export or push under way: the progress screen says so and stays live meanwhile.
    public var sync: SyncWork?
    /// The office package being typed on the progress screen ("Terima paket dari kantor").
    public var receivePath: TextField?
    /// Mentors' reviews, nil while they load.
    public var feedback: [FeedbackItem]?
    public var feedbackTop = 0
    /// The mentor's screen at the office; nil in the learner's app.
    public var review: ReviewScreen?

    // MARK: The learner's feedback (issue 13, point 5)
    /// Counted when the learner is chosen and after each package (the runtime answers with it),
    /// so the library says what is new.
    public var feedbackCount = FeedbackCount()

    public init(language: Language, display: Display, size: Size, clock: Clock = .system()) {
        strings = Strings(language)
        self.display = display
        self.size = size
        self.clock = clock
    }

    public var screen: ScreenKind? { route.last }
    public var glyphs: Glyphs { display.isUTF8 ? .unicode : .ascii }

    public func course(_ id: String) -> Course? { courses.first { $0.id == id } }
    public func record(_ courseID: String) -> CourseRecord { records[courseID] ?? CourseRecord() }

    /// The chosen learner's records in a course, for an effect; nil before a learner is chosen.
    public func scope(_ courseID: String) -> CourseScope? {
        guard let learner, let course = course(courseID) else { return nil }
        return CourseScope(learner: learner.nip, course: course)
    }
}

/// Sync work the runtime performs off the UI thread.
public enum SyncWork: Sendable, Hashable {
    case exporting(path: String)
    /// `total` is nil until the records to send are counted.
    case pushing(sent: Int, total: Int?)

    var isPush: Bool {
        if case .exporting = self { return false }
        return true
    }
}

public struct ProfileForm: Sendable, Hashable {
    public enum Field: Int, Sendable, CaseIterable { case nip, name, agency, unit, pin, pinAgain }
    public var fields: [TextField] = Array(repeating: TextField(), count: Field.allCases.count)
    public var focus: Field = .nip
    /// Set once the learner tried to save, so empty fields are only blamed after that.
    public var triedToSave = false
    /// An empty PIN is refused, not skipped.
    public var pinRequired = false

    public init(pinRequired: Bool = false) { self.pinRequired = pinRequired }
}

/// Asks for a learner's PIN before their records open, or for a first one where the device
/// requires it (typed twice).
public struct PINPrompt: Sendable, Hashable {
    public enum Mode: Sendable, Hashable { case enter, create }
    public var learner: LearnerInfo
    public var mode: Mode
    public var field = TextField()
    /// In `.create`, the PIN typed the first time, waiting for its repeat.
    public var first: String?

    public init(learner: LearnerInfo, mode: Mode) {
        self.learner = learner
        self.mode = mode
    }
}

public struct LibraryScreen: Sendable, Hashable {
    public var selected = 0
    public var filter = TextField()
    public var isFiltering = false
}

public struct OutlineScreen: Sendable, Hashable {
    public var courseID = ""
    /// 0 is "Lanjutkan"; module i is row i + 1.
    public var selected = 0
}

/// The characters the app draws around course text; under `LANG=C` each is its stand-in from
/// the one table, `ASCIIFallback`.
public struct Glyphs: Sendable, Hashable {
    public var filled, empty, check, cross, pointer, ellipsis, separator: String
    public var up, down, left, right: String
    /// At the edge of a page that scrolls: there is more above, or below.
    public var moreAbove, moreBelow: String

    public static let unicode = Glyphs(filled: "█", empty: "░", check: "✓", cross: "✗", pointer: "›", ellipsis: "…",
                                       separator: "·", up: "↑", down: "↓", left: "←", right: "→",
                                       moreAbove: "▲", moreBelow: "▼")
    public static let ascii = Glyphs(
        filled: ASCIIFallback.text(unicode.filled), empty: ASCIIFallback.text(unicode.empty),
        check: ASCIIFallback.text(unicode.check), cross: ASCIIFallback.text(unicode.cross),
        pointer: ASCIIFallback.text(unicode.pointer), ellipsis: ASCIIFallback.text(unicode.ellipsis),
        separator: ASCIIFallback.text(unicode.separator), up: ASCIIFallback.text(unicode.up),
        down: ASCIIFallback.text(unicode.down), left: ASCIIFallback.text(unicode.left),
        right: ASCIIFallback.text(unicode.right), moreAbove: ASCIIFallback.text(unicode.moreAbove),
        moreBelow: ASCIIFallback.text(unicode.moreBelow))
}
