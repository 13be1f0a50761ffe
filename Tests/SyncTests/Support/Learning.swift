import CourseKit
import Foundation
import ProgressStore
import Quiz
@testable import Sync

/// The bundled courses, loaded as the app loads them.
let bundledCourses = CourseLibrary.load(folder: Ralph.root.appendingPathComponent("courses")).courses
/// The one with every GIFT question type.
let sampleCourse = bundledCourses.first { $0.id == "pengembangan-kualitas-asn" }!
let guideCourse = bundledCourses.first { $0.id == "panduan-menulis-kursus" }!

/// A store in a temporary folder; its device key and bundle numbers live beside it.
struct StoreFixture {
    let folder: TemporaryFolder
    /// Moved by hand, so learners finish courses in the years a script chooses.
    let clock = Locked(Date(timeIntervalSince1970: 1_790_000_000))  // 2026-09-21
    let store: ProgressStore

    static let timeZone = TimeZone(identifier: "Asia/Jayapura")!

    init(timeZone: TimeZone = Self.timeZone) throws {
        folder = try TemporaryFolder()
        let clock = clock
        store = try ProgressStore(location: StoreLocation(path: folder.file("progress.sqlite"), createsFolder: false),
                                  clock: { clock.value }, timeZone: timeZone)
    }

    func learner(_ nip: String, _ name: String, agency: String? = "BKN", unit: String? = "Kanreg XIV") throws -> Learner {
        let learner = Learner(nip: try NIP(validating: nip), name: name, agency: agency, unit: unit)
        try store.addLearner(learner)
        return learner
    }

    /// Reads every module and takes every quiz of `course`: right answers pass and complete it,
    /// wrong ones leave every quiz failed. Makes every kind of statement the store writes.
    func study(_ learner: Learner, _ course: Course = sampleCourse, right: Bool = true) throws {
        let recorder = try store.recorder(for: learner.nip, in: course)
        for module in course.modules {
            _ = try recorder.open(module: module.id)
            clock.set(clock.value + 300)
            _ = try recorder.readToEnd(module: module.id)
            guard let quiz = try course.quiz(of: module) else { continue }
            let attempt = try recorder.startAttempt(module: module.id)
            for question in quiz.questions {
                guard let response = right ? Answers.right(question) : Answers.wrong(question) else { continue }
                clock.set(clock.value + 20)
                try recorder.save(response, to: question, in: attempt.id)
            }
            _ = try recorder.finish(attempt.id, quiz: quiz)
        }
    }

    func outbox(_ filter: OutboxFilter = .all) throws -> [OutboxStatement] {
        try store.allStatements(filter)
    }
}

/// A response to each kind of question, right or wrong.
enum Answers {
    static func right(_ question: Question) -> Response? {
        switch question.kind {
        case .multipleChoice(let choices):
            .choice(index: choices.indices.max { choices[$0].weight < choices[$1].weight } ?? 0)
        case .multipleAnswer(let choices): .choices(indexes: choices.indices.filter { choices[$0].weight > 0 })
        case .trueFalse(let answer, _, _): .truth(answer)
        case .shortAnswer(let answers, _): .text(answers.max { $0.weight < $1.weight }?.text ?? "")
        case .numerical(let answers): .number(answers.compactMap(value).first ?? 0)
        case .matching(let pairs): .matching(answers: pairs.filter { !$0.isDistractor }.map(\.answer))
        case .essay: .text("Saya belajar setiap pagi, \"sedikit demi sedikit\".\nLalu menulis catatan.")
        case .description: nil
        }
    }

    static func wrong(_ question: Question) -> Response? {
        switch question.kind {
        case .multipleChoice(let choices):
            .choice(index: choices.indices.min { choices[$0].weight < choices[$1].weight } ?? 0)
        case .multipleAnswer(let choices): .choices(indexes: choices.indices.filter { choices[$0].weight <= 0 })
        case .trueFalse(let answer, _, _): .truth(!answer)
        case .shortAnswer: .text("tidak tahu")
        case .numerical: .number(-987_654)
        case .matching(let pairs): .matching(answers: pairs.filter { !$0.isDistractor }.map { _ in nil })
        case .essay: .text("")
        case .description: nil
        }
    }

    private static func value(_ answer: NumericalAnswer) -> Double? {
        switch answer.value {
        case .exact(let value, _): value
        case .range(let low, let high): (low + high) / 2
        case .anyOther: nil
        }
    }
}
