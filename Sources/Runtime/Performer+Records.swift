import App
import CourseKit
import FoundationEssentials
import ProgressStore
import Quiz
import Sync

extension Performer {
    /// The progress screen's figures for `year`; a course no longer on the device is named by its id.
    func report(of learner: NIP, year: Int, titles: [String: String]) throws -> App.ProgressReport {
        let hours = try store.yearlyHours(of: learner, year: year)
        let completions = hours.completions.map { completion in
            App.ProgressReport.Completion(title: titles[completion.courseId] ?? completion.courseId,
                                          date: completion.completedAt, hours: completion.hours)
        }
        let sync = try SyncStatus.of(store)
        let step = { (step: SyncStatus.Step?) in
            step.map { App.ProgressReport.SyncStep(at: $0.at, count: $0.count, destination: $0.destination) }
        }
        return App.ProgressReport(year: year, hours: hours.earned, target: hours.target, completions: completions,
                                  pending: try store.pendingStatementCount(learner: learner),
                                  lastExport: step(sync.lastExport), lastPush: step(sync.lastPush),
                                  canPush: try LRSClient.configured(for: store, environment: environment) != nil,
                                  drives: RemovableDrives.paths(inMounts: (try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8)) ?? ""),
                                  newFeedback: try store.unreadFeedbackCount(of: learner))
    }

    /// A course's record with each module's reading and quiz attempts, for its outline.
    func record(of scope: CourseScope) throws -> CourseRecord {
        let recorder = try store.recorder(for: try NIP(validating: scope.learner), in: scope.course)
        var record = Self.record(try recorder.progress())
        var lastOpened: (Date, ModuleReading)?
        var opened = false
        for module in scope.course.modules {
            let reading = try recorder.reading(module: module.id)
            let attempts = module.quiz == nil ? [] : try recorder.attempts(module: module.id)
            opened = opened || reading != nil || !attempts.isEmpty
            let unfinished = attempts.first { !$0.isFinished }.flatMap { Self.inProgress(module.id, $0.answers.count, in: scope.course) }
            record.modules[module.id] = ModuleRecord(
                isRead: reading?.readToEndAt != nil, bestScore: attempts.compactMap(\.scorePercent).max(),
                passed: attempts.contains { $0.passed == true }, attempts: attempts.count, inProgress: unfinished)
            record.quizInProgress = record.quizInProgress ?? unfinished
            if let reading, reading.readToEndAt == nil, reading.firstOpenedAt > (lastOpened?.0 ?? .distantPast) {
                lastOpened = (reading.firstOpenedAt, reading)
            }
        }
        record.lastModule = lastOpened?.1.moduleId
        // A learner who has opened a module has started the course, though no step is done yet.
        if record.status == .notStarted, opened { record.status = .inProgress }
        return record
    }

    /// nil for a module gone from the course. A quiz file that no longer loads still shows the
    /// attempt (with 0 questions): opening it says what is wrong.
    static func inProgress(_ moduleID: String, _ answered: Int, in course: Course) -> QuizInProgress? {
        guard let module = course.module(id: moduleID) else { return nil }
        let questions = ((try? course.quiz(of: module)) ?? nil)?.questions.filter(Grading.isAnswerable).count ?? 0
        return QuizInProgress(moduleID: moduleID, answered: answered, questions: questions)
    }

    static func record(_ progress: CourseProgress) -> CourseRecord {
        let status: CourseStatus = progress.completion != nil ? .completed
            : progress.modulesRead + progress.quizzesPassed > 0 ? .inProgress : .notStarted
        return CourseRecord(percent: Double(progress.percent), status: status)
    }
}
