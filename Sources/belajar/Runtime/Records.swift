import App
import CourseKit
import Foundation
import Localization
import ProgressStore
import Quiz
import Sync

/// Performs the app's effects on the store and the course files, and answers with messages.
/// Every failure becomes a message on screen, worded by the library that met it.
final class Records {
    let store: ProgressStore
    /// As loaded; a course's module titles are read in when its outline first opens.
    private(set) var courses: [Course]
    /// Courses whose module titles were read, so reopening an outline reads nothing again.
    private var titled: Set<String> = []
    let language: Language
    let environment: [String: String]
    private var learner: NIP?
    /// The quiz being taken and its course: answers are saved against its questions.
    private var quiz: (quiz: ModuleQuiz, courseID: String)?

    /// Reading positions are kept as how far into the module the top line is, in ten-thousandths,
    /// so they survive a different terminal width.
    static let positionScale = 10_000.0

    init(store: ProgressStore, courses: [Course], language: Language, environment: [String: String]) {
        self.environment = environment
        self.store = store
        self.courses = courses
        self.language = language
    }

    func startup(library: CourseLibrary, folders: [URL], learnerFlag: String?) throws -> Startup {
        let learners = try store.learners().map(info)
        let last = try learnerFlag ?? nonEmpty(store.setting(.lastLearner))
        let broken = library.failures.map { failure in
            BrokenCourse(folder: failure.folder.lastPathComponent,
                         message: failure.diagnostics.first.map { $0.formatted(in: language, relativeTo: failure.folder) } ?? "")
        }
        return Startup(learners: learners, lastLearner: last, learnerGiven: learnerFlag != nil,
                       courses: library.courses, failures: broken,
                       folder: folders.map(\.path).joined(separator: ", "),
                       pinRequired: try store.isPINRequired())
    }

    /// `cancellation` stops a push (the app's Esc, once effects run beside the screen); what the
    /// LRS acknowledged by then stays marked sent.
    func perform(_ effect: Effect, cancellation: Cancellation? = nil) -> [Msg] {
        do {
            return try attempt(effect, cancellation)
        } catch let error as StoreError {
            return [.failed(Failure(error.message(in: language)))]
        } catch let error as NIP.Problem {
            return [.failed(Failure(StoreError.invalidNIP(error).message(in: language)))]
        } catch let error as SyncError {
            return [.failed(Failure(error.message(in: language)))]
        } catch let error as CourseError {
            return [.failed(Failure(error.diagnostics.first?.formatted(in: language) ?? "\(error)"))]
        } catch {
            return [.failed(Failure("\(error)"))]
        }
    }

    private func attempt(_ effect: Effect, _ cancellation: Cancellation?) throws -> [Msg] {
        switch effect {
        case .createLearner(let info, let pin):
            let nip = try NIP(validating: info.nip)
            try store.addLearner(Learner(nip: nip, name: info.name, agency: info.agency, unit: info.unit), pin: pin)
            // A removed learner brought back keeps their PIN: whoever re-adds them must know it.
            try store.checkPIN(pin ?? "", for: nip)
            return try choose(nip)
        case .chooseLearner(let digits, let pin):
            let nip = try NIP(validating: digits)
            try store.checkPIN(pin ?? "", for: nip)
            return try choose(nip)
        case .setPIN(let digits, let pin):
            let nip = try NIP(validating: digits)
            guard try !store.hasPIN(nip) else { throw StoreError.pinWrong(wait: 0) }
            try store.setPIN(pin, for: nip)
            return try choose(nip)
        case .loadCourse(let courseID):
            let opened = openCourse(try course(courseID))
            return opened + [.recordsChanged([courseID: try record(of: try course(courseID))])]
        case .openModule(let courseID, let moduleID):
            return try openModule(courseID, moduleID)
        case .savePosition(let courseID, let moduleID, let position):
            try recorder(courseID).move(module: moduleID, to: Int((position * Self.positionScale).rounded()))
            return []
        case .markRead(let courseID, let moduleID):
            try recorder(courseID).readToEnd(module: moduleID)
            return [.recordsChanged([courseID: try record(of: try course(courseID))])]
        case .openQuiz(let courseID, let moduleID):
            return try openQuiz(courseID, moduleID)
        case .recordAnswer(let attempt, let questionID, let response):
            guard let quiz, let question = quiz.quiz.questions.first(where: { $0.id == questionID }),
                  let id = Int64(attempt) else { return [] }
            try recorder(quiz.courseID).save(response, to: question, in: id)
            return []
        case .finishAttempt(let attempt):
            guard let (quiz, courseID) = quiz, let id = Int64(attempt) else { return [] }
            let outcome = try recorder(courseID).finish(id, quiz: quiz)
            return [.attemptFinished(score: outcome.score.percent, passed: outcome.attempt.passed ?? false,
                                     completedHours: outcome.completion?.hours),
                    .recordsChanged([courseID: try record(of: try course(courseID))])]
        case .receive(let path):
            guard let learner else { return [] }
            return try receive(path, learner: learner)
        case .loadFeedback:
            guard let learner else { return [] }
            return [.feedbackLoaded(try feedback(of: learner))]
        case .loadReport:
            return [.reportLoaded(try report())]
        case .export(let path):
            let result = try Exporter.export(store: store, to: path)
            return [.exported(count: result?.manifest.count ?? 0, path: result?.path ?? path)]
        case .push:
            // The learner waits at the screen: a short try, and the records stay for next time.
            guard let lrs = try LRSClient.configured(for: store, environment: environment, retry: .interactive)
            else { return [] }
            return [.pushed(count: try Pusher.push(store: store, lrs: lrs, cancellation: cancellation))]
        case .quit:
            return []
        }
    }

    private func choose(_ nip: NIP) throws -> [Msg] {
        let learner = try store.learner(nip)
        self.learner = nip
        try store.set(.lastLearner, to: nip.digits)
        let progress = try store.progress(of: nip, in: courses)
        var records: [String: CourseRecord] = [:]
        for course in progress { records[course.courseId] = Self.record(course) }
        for unfinished in try store.unfinishedAttempts(of: nip) {
            guard let course = courses.first(where: { $0.id == unfinished.courseId }) else { continue }
            records[course.id]?.quizInProgress = inProgress(unfinished.moduleId, unfinished.answered, in: course)
        }
        return [.learnerChosen(try info(learner), records: records)]
    }

    /// Titles the course's modules by their headings (the library never read them), once. A
    /// module file gone since the library opened is said on the outline; it stays listed by its id.
    private func openCourse(_ course: Course) -> [Msg] {
        guard !titled.contains(course.id), let index = courses.firstIndex(where: { $0.id == course.id }) else { return [] }
        let (opened, problems) = course.withModuleTitles()
        courses[index] = opened
        // A missing file is looked for again next time: it may be back, with its heading.
        if problems.isEmpty { titled.insert(course.id) }
        let library = course.folder.deletingLastPathComponent()
        let notices = problems.prefix(1).map { Msg.failed(Failure($0.formatted(in: language, relativeTo: library))) }
        return [.courseOpened(opened)] + notices
    }

    private func openModule(_ courseID: String, _ moduleID: String) throws -> [Msg] {
        let course = try course(courseID)
        guard let module = course.module(id: moduleID) else { throw StoreError.moduleUnknown(course: courseID, module: moduleID) }
        let reading = try recorder(courseID).open(module: moduleID)
        do {
            let text = ModuleText(markdown: try course.text(of: module),
                                  position: Double(reading.lastPosition) / Self.positionScale)
            return [.moduleLoaded(courseID: courseID, moduleID: moduleID, .success(text))]
        } catch let error as CourseError {
            let message = error.diagnostics.first?.formatted(in: language) ?? module.file
            return [.moduleLoaded(courseID: courseID, moduleID: moduleID, .failure(Failure(message)))]
        }
    }

    private func openQuiz(_ courseID: String, _ moduleID: String) throws -> [Msg] {
        let course = try course(courseID)
        guard let module = course.module(id: moduleID) else { throw StoreError.moduleUnknown(course: courseID, module: moduleID) }
        let quiz = try course.quiz(of: module) ?? ModuleQuiz(file: "", questions: [])
        let recorder = try recorder(courseID)
        let attempt = try recorder.startAttempt(module: moduleID)
        self.quiz = (quiz, courseID)
        let made = try recorder.attempts(module: moduleID).count
        return [.quizStarted(QuizSession(courseID: courseID, moduleID: moduleID, quiz: quiz, attempt: String(attempt.id),
                                         saved: attempt.answers,
                                         attemptsLeft: AttemptRules(course.completion).attemptsLeft(attemptsMade: made),
                                         shuffleSeed: attempt.shuffleSeed))]
    }

    private func report() throws -> App.ProgressReport {
        guard let learner else { return App.ProgressReport(year: 0, hours: 0, target: 0, completions: [], pending: 0) }
        let year = Calendar.current.component(.year, from: Date())
        let hours = try store.yearlyHours(of: learner, year: year)
        let completions = hours.completions.map { completion in
            App.ProgressReport.Completion(title: courses.first { $0.id == completion.courseId }?.title ?? completion.courseId,
                                      date: completion.completedAt, hours: completion.hours)
        }
        let sync = try SyncStatus.of(store)
        let step = { (step: SyncStatus.Step?) in step.map { App.ProgressReport.SyncStep(at: $0.at, count: $0.count, destination: $0.destination) } }
        return App.ProgressReport(year: year, hours: hours.earned, target: hours.target, completions: completions,
                              pending: try store.pendingStatementCount(learner: learner),
                              lastExport: step(sync.lastExport), lastPush: step(sync.lastPush),
                              canPush: try LRSClient.configured(for: store, environment: environment) != nil,
                              drives: RemovableDrives.paths(inMounts: (try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8)) ?? ""),
                              newFeedback: try store.unreadFeedbackCount(of: learner))
    }

    /// A course's record with each module's reading and quiz attempts, for its outline.
    private func record(of course: Course) throws -> CourseRecord {
        let recorder = try recorder(course.id)
        var record = Self.record(try recorder.progress())
        var lastOpened: (Date, ModuleReading)?
        for module in course.modules {
            let reading = try recorder.reading(module: module.id)
            let attempts = module.quiz == nil ? [] : try recorder.attempts(module: module.id)
            let unfinished = attempts.first { !$0.isFinished }.flatMap { inProgress(module.id, $0.answers.count, in: course) }
            record.modules[module.id] = ModuleRecord(
                isRead: reading?.readToEndAt != nil, bestScore: attempts.compactMap(\.scorePercent).max(),
                passed: attempts.contains { $0.passed == true }, attempts: attempts.count, inProgress: unfinished)
            record.quizInProgress = record.quizInProgress ?? unfinished
            if let reading, reading.readToEndAt == nil, reading.firstOpenedAt > (lastOpened?.0 ?? .distantPast) {
                lastOpened = (reading.firstOpenedAt, reading)
            }
        }
        record.lastModule = lastOpened?.1.moduleId
        return record
    }

    /// nil for a module gone from the course. A quiz file that no longer loads still shows the
    /// attempt (with 0 questions): opening it says what is wrong.
    private func inProgress(_ moduleID: String, _ answered: Int, in course: Course) -> QuizInProgress? {
        guard let module = course.module(id: moduleID) else { return nil }
        let questions = ((try? course.quiz(of: module)) ?? nil)?.questions.filter(Grading.isAnswerable).count ?? 0
        return QuizInProgress(moduleID: moduleID, answered: answered, questions: questions)
    }

    static func record(_ progress: CourseProgress) -> CourseRecord {
        let status: CourseStatus = progress.completion != nil ? .completed
            : progress.modulesRead + progress.quizzesPassed > 0 ? .inProgress : .notStarted
        return CourseRecord(percent: Double(progress.percent), status: status)
    }

    private func recorder(_ courseID: String) throws -> CourseRecorder {
        // The app asks for records only once a learner is chosen.
        guard let learner else { throw StoreError.moduleUnknown(course: courseID, module: "") }
        return try store.recorder(for: learner, in: try course(courseID))
    }

    private func course(_ id: String) throws -> Course {
        guard let course = courses.first(where: { $0.id == id }) else { throw StoreError.moduleUnknown(course: id, module: "") }
        return course
    }

    private func info(_ learner: Learner) throws -> LearnerInfo {
        LearnerInfo(nip: learner.nip.digits, name: learner.name, agency: learner.agency ?? "", unit: learner.unit ?? "",
                    hasPIN: try store.hasPIN(learner.nip))
    }

    private func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
}
