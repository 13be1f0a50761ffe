import App
import CourseKit
import FoundationEssentials
import Glibc
import Localization
import ProgressStore
import Quiz
import Sync

/// Performs the app's effects on the store and the course files, and answers with messages.
/// It keeps nothing between effects: each effect carries the learner, the course and the quiz
/// it is about. Every failure becomes a message, worded by the library that met it.
public struct Performer: Sendable {
    public let store: ProgressStore
    public let language: Language
    public let environment: [String: String]
    /// Where courses an office package publishes are installed (the library's writable folder);
    /// nil: beside the library's first folder.
    public let officeCourses: URL?
    /// At the office, where the mentor's screen reads essays and records reviews; nil on a device.
    public let desk: ReviewDesk?
    /// The folders the library is read from, and where its index is kept, to read it again
    /// when a package installs courses; empty: the folders of the courses an effect carries.
    public let libraryFolders: [URL]
    public let libraryIndex: URL?

    /// Reading positions are kept as how far into the module the top line is, in ten-thousandths,
    /// so they survive a different terminal width.
    static let positionScale = 10_000.0

    public init(store: ProgressStore, language: Language, environment: [String: String], officeCourses: URL? = nil,
                desk: ReviewDesk? = nil,
                libraryFolders: [URL] = [], libraryIndex: URL? = nil) {
        self.libraryFolders = libraryFolders
        self.libraryIndex = libraryIndex
        self.store = store
        self.language = language
        self.environment = environment
        self.officeCourses = officeCourses
        self.desk = desk
    }

    /// What the app needs before its first frame: the learners, and the courses as loaded.
    public func startup(library: CourseLibrary, folders: [URL], learnerFlag: String?) throws -> Startup {
        let learners = try store.learners().map(info)
        let last = try learnerFlag ?? nonEmpty(store.setting(.lastLearner))
        return Startup(learners: learners, lastLearner: last, learnerGiven: learnerFlag != nil,
                       courses: library.courses, failures: brokenCourses(library),
                       folder: folders.map(\.path).joined(separator: ", "),
                       pinRequired: try store.isPINRequired())
    }

    /// The courses that did not load, each with its first problem in the learner's words.
    func brokenCourses(_ library: CourseLibrary) -> [BrokenCourse] {
        library.failures.map { failure in
            BrokenCourse(folder: failure.folder.lastPathComponent,
                         message: failure.diagnostics.first.map { $0.formatted(in: language, relativeTo: failure.folder) } ?? "")
        }
    }

    /// The effect's answer. `progress` receives messages sent while it works (a push's count);
    /// `cancellation` stops a push (Esc on the progress screen), what the LRS acknowledged by then
    /// staying marked sent.
    public func perform(_ effect: Effect, cancellation: Cancellation? = nil, progress: (Msg) -> Void = { _ in }) -> [Msg] {
        do {
            return try attempt(effect, cancellation, progress: progress)
        } catch {
            let failure = Failure(wording(of: error))
            if effect.isReview { return [.reviewFailed(failure)] }
            return effect.isSync ? [.syncFailed(failure)] : [.failed(failure)]
        }
    }

    /// A learner never reads a raw Swift error: what no library words gets a sentence of its own.
    func wording(of error: any Error) -> String {
        switch error {
        case let error as StoreError: error.message(in: language)
        case let error as NIP.Problem: error.message(in: language)
        case let error as SyncError: error.message(in: language)
        case let error as CourseError:
            error.diagnostics.first?.formatted(in: language) ?? Strings(language)[.unexpectedError]
        default: Strings(language)[.unexpectedError]
        }
    }

    private func attempt(_ effect: Effect, _ cancellation: Cancellation?, progress: (Msg) -> Void) throws -> [Msg] {
        switch effect {
        case .createLearner(let info, let pin, let courses):
            let nip = try NIP(validating: info.nip)
            try store.addLearner(Learner(nip: nip, name: info.name, agency: info.agency, unit: info.unit), pin: pin)
            // A removed learner brought back keeps their PIN: whoever re-adds them must know it.
            try store.checkPIN(pin ?? "", for: nip)
            return try choose(nip, courses)
        case .chooseLearner(let digits, let pin, let courses):
            let nip = try NIP(validating: digits)
            try store.checkPIN(pin ?? "", for: nip)
            return try choose(nip, courses)
        case .setPIN(let digits, let pin, let courses):
            let nip = try NIP(validating: digits)
            guard try !store.hasPIN(nip) else { throw StoreError.pinWrong(wait: 0) }
            try store.setPIN(pin, for: nip)
            return try choose(nip, courses)
        case .loadCourse(let scope, let readTitles):
            let opened = readTitles ? openCourse(scope.course) : []
            return opened + [.recordsChanged([scope.course.id: try record(of: scope)])]
        case .openModule(let scope, let moduleID):
            return try openModule(scope, moduleID)
        case .savePosition(let scope, let moduleID, let position):
            try recorder(scope).move(module: moduleID, to: Int((position * Self.positionScale).rounded()))
            return []
        case .markRead(let scope, let moduleID):
            try recorder(scope).readToEnd(module: moduleID)
            return [.recordsChanged([scope.course.id: try record(of: scope)])]
        case .openQuiz(let scope, let moduleID):
            return try openQuiz(scope, moduleID)
        case .recordAnswer(let scope, let attempt, let question, let response):
            try recorder(scope).save(response, to: question, in: try attemptID(attempt))
            return []
        case .finishAttempt(let scope, let attempt, let quiz):
            let outcome = try recorder(scope).finish(try attemptID(attempt), quiz: quiz)
            return [.attemptFinished(score: outcome.score.percent, passed: outcome.attempt.passed ?? false,
                                     completedHours: outcome.completion?.hours),
                    .recordsChanged([scope.course.id: try record(of: scope)])]
        case .loadReport(let learner, let year, let titles):
            return [.reportLoaded(try report(of: try NIP(validating: learner), year: year, titles: titles))]
        case .export(let path):
            let result = try Exporter.export(store: store, to: path)
            let written = result.flatMap { try? FileManager.default.attributesOfItem(atPath: $0.path)[.size] as? Int64 }
            return [.exported(count: result?.manifest.count ?? 0, path: result?.path ?? path, bytes: written ?? 0)]
        case .push:
            // The learner waits at the screen: a short try, and the records stay for next time.
            guard let lrs = try LRSClient.configured(for: store, environment: environment, retry: .interactive)
            else { return [.pushed(count: 0)] }
            let sent = try Pusher.push(store: store, lrs: lrs, cancellation: cancellation, progress: { step in
                progress(.pushProgress(sent: step.sent, total: step.total))
            })
            return [.pushed(count: sent)]
        case .loadFeedback(let learner, let courses):
            return [.feedbackLoaded(try feedback(of: try NIP(validating: learner), courses: courses))]
        case .receive(let path, let learner, let courses):
            return try receive(path, learner: try NIP(validating: learner), courses: courses)
        case .loadEssays(let courses):
            return try essays(courses: courses)
        case .recordReview(let draft):
            return try record(draft)
        case .openPastAttempt(let scope, let moduleID, let attempt):
            return [.pastAttemptLoaded(try pastAttempt(scope, moduleID: moduleID, attempt: attempt))]
        case .readerWork(let work):
            return work.perform(stoppingWhen: { cancellation?.isCancelled ?? false }).map { [$0] } ?? []
        case .cancelPush, .cancelReaderWork, .quit:
            return []
        }
    }

    private func choose(_ nip: NIP, _ courses: [Course]) throws -> [Msg] {
        let learner = try store.learner(nip)
        try store.set(.lastLearner, to: nip.digits)
        var records: [String: CourseRecord] = [:]
        for course in try store.progress(of: nip, in: courses) { records[course.courseId] = Self.record(course) }
        for unfinished in try store.unfinishedAttempts(of: nip) {
            guard let course = courses.first(where: { $0.id == unfinished.courseId }) else { continue }
            records[course.id]?.quizInProgress = Self.inProgress(unfinished.moduleId, unfinished.answered, in: course)
        }
        return [.learnerChosen(try info(learner), records: records), .feedbackCounted(try feedbackCount(of: nip))]
    }

    /// Titles the course's modules by their headings (the library never read them). A module
    /// file gone since the library opened is said on the outline; it stays listed by its id, and
    /// the course is read again next time, as the file may be back.
    private func openCourse(_ course: Course) -> [Msg] {
        let (opened, problems) = course.withModuleTitles()
        let library = course.folder.deletingLastPathComponent()
        let notices = problems.prefix(1).map { Msg.failed(Failure($0.formatted(in: language, relativeTo: library))) }
        return [.courseOpened(opened, titled: problems.isEmpty)] + notices
    }

    private func openModule(_ scope: CourseScope, _ moduleID: String) throws -> [Msg] {
        let course = scope.course
        guard let module = course.module(id: moduleID) else { throw StoreError.moduleUnknown(course: course.id, module: moduleID) }
        let reading = try recorder(scope).open(module: moduleID)
        do {
            let text = ModuleText(markdown: try course.text(of: module),
                                  position: Double(reading.lastPosition) / Self.positionScale)
            return [.moduleLoaded(courseID: course.id, moduleID: moduleID, .success(text))]
        } catch let error as CourseError {
            let message = error.diagnostics.first?.formatted(in: language) ?? module.file
            return [.moduleLoaded(courseID: course.id, moduleID: moduleID, .failure(Failure(message)))]
        }
    }

    private func openQuiz(_ scope: CourseScope, _ moduleID: String) throws -> [Msg] {
        let course = scope.course
        guard let module = course.module(id: moduleID) else { throw StoreError.moduleUnknown(course: course.id, module: moduleID) }
        let quiz = try course.quiz(of: module) ?? ModuleQuiz(file: "", questions: [])
        let recorder = try recorder(scope)
        let attempt = try recorder.startAttempt(module: moduleID)
        let made = try recorder.attempts(module: moduleID).count
        return [.quizStarted(QuizSession(courseID: course.id, moduleID: moduleID, quiz: quiz, attempt: String(attempt.id),
                                         saved: attempt.answers,
                                         attemptsLeft: AttemptRules(course.completion).attemptsLeft(attemptsMade: made),
                                         shuffleSeed: attempt.shuffleSeed))]
    }

    private func recorder(_ scope: CourseScope) throws -> CourseRecorder {
        try store.recorder(for: try NIP(validating: scope.learner), in: scope.course)
    }

    private func attemptID(_ text: String) throws -> Int64 {
        guard let id = Int64(text) else { throw StoreError.attemptUnknown(0) }
        return id
    }

    private func info(_ learner: Learner) throws -> LearnerInfo {
        LearnerInfo(nip: learner.nip.digits, name: learner.name, agency: learner.agency ?? "", unit: learner.unit ?? "",
                    hasPIN: try store.hasPIN(learner.nip))
    }

    private func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
}

extension Effect {
    /// Export and push: their failure ends the work the progress screen shows.
    var isSync: Bool {
        switch self {
        case .export, .push: true
        default: false
        }
    }

    /// The mentor's screen's effects: their failure is said there, and nothing recorded is undone.
    var isReview: Bool {
        switch self {
        case .loadEssays, .recordReview: true
        default: false
        }
    }

    /// Effects that wait on an LRS run on the network queue, so the screen stays live.
    var waitsOnNetwork: Bool { self == .push || isReview }

    /// The app may quit before these finish: a push is resumed next time, essays read again.
    /// Everything else, a review being recorded included, is finished first.
    var mayBeLeft: Bool {
        if case .loadEssays = self { return true }
        return self == .push
    }
}
