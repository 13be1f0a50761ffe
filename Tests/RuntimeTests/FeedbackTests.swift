import App
import CourseKit
import Foundation
import ProgressStore
import Quiz
@testable import Runtime
@testable import Sync
import Testing

/// The learner's side of the office's answer against a real store and a real signed package:
/// receiving it installs a course the library then shows, records the review the feedback list
/// and the attempt's review show, and leaves an attempt started on the old version finishable.
@Suite struct FeedbackTests {
    let bench: Bench
    let library: URL
    let performer: Performer
    let essay: Course

    init() throws {
        bench = try Bench().withLearner()
        library = bench.folder.appendingPathComponent("courses")
        performer = Performer(store: bench.store, language: .indonesian, environment: [:], libraryFolders: [library])
        essay = try Self.essayCourse(in: library, id: "esai", version: "1.0.0")
    }

    /// Three true/false questions and an essay: two right fail a pass mark of 70; with the
    /// essay graded 100 the attempt scores 75 and passes.
    static func essayCourse(in folder: URL, id: String, version: String) throws -> Course {
        let url = folder.appendingPathComponent(id)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try "id: \(id)\ntitle: Esai \(id)\nversion: \(version)\nhours: 3\nmodules:\n  - file: 01-satu.md\n    quiz: 01-satu.gift\n"
            .write(to: url.appendingPathComponent("course.yaml"), atomically: true, encoding: .utf8)
        try "# Satu\n\nIsi.\n".write(to: url.appendingPathComponent("01-satu.md"), atomically: true, encoding: .utf8)
        try "::a:: Satu? {T}\n\n::b:: Dua? {T}\n\n::c:: Tiga? {T}\n\n::esai:: Ceritakan. {}\n"
            .write(to: url.appendingPathComponent("01-satu.gift"), atomically: true, encoding: .utf8)
        return try #require(CourseLibrary.load(folder: url).courses.first)
    }

    /// The essay course's quiz taken with one wrong answer and an essay: failed, waiting for a mentor.
    func takeEssayQuiz() throws -> (attempt: String, essayStatement: String) {
        let scope = CourseScope(learner: Bench.nip, course: essay)
        _ = performer.perform(.openModule(scope, moduleID: "satu"))
        _ = performer.perform(.markRead(scope, moduleID: "satu"))
        guard case .quizStarted(let session)? = performer.perform(.openQuiz(scope, moduleID: "satu")).first else {
            throw BenchError.noCourse("no quiz")
        }
        let questions = session.quiz.questions
        for (question, response) in zip(questions, [Response.truth(true), .truth(true), .truth(false), .text("Saya melapor.")]) {
            #expect(performer.perform(.recordAnswer(scope, attempt: session.attempt, question, response)).isEmpty)
        }
        let finished = performer.perform(.finishAttempt(scope, attempt: session.attempt, session.quiz))
        guard case .attemptFinished(_, let passed, _)? = finished.first else { throw BenchError.noCourse("\(finished)") }
        #expect(!passed)
        let answered = try #require(try bench.store.allStatements(.all).first {
            String(decoding: $0.json, as: UTF8.self).contains("/questions/esai")
        })
        return (session.attempt, answered.id.uuidString.lowercased())
    }

    /// A package for this device, signed by an office it trusts: the review, and `courses`.
    func package(grading essayStatement: String, publishing courses: [URL]) throws -> String {
        let office = bench.folder.appendingPathComponent("office")
        let identity = try OfficeIdentity.create(in: office.path, officeID: "bpsdm-contoh").identity
        try TrustedOffice.parse(identity.trustLine, source: "test").save(folder: bench.folder.path)
        let review = OfficeReview(statementID: UUID().uuidString.lowercased(), essayStatementID: essayStatement,
                                  learnerNIP: Bench.nip, scaled: 1, comment: "Tepat; contohnya jelas.",
                                  mentorNIP: "197001011995031001", mentorName: "Dr. Sri Mentor",
                                  reviewedAt: "2026-11-30T20:00:00.000Z")
        let packed = try courses.map { folder in
            let course = try #require(CourseLibrary.load(folder: folder).courses.first)
            let files = try CourseFile.all(in: folder, course: course.id)
            return (course: PackedCourse(id: course.id, version: course.version, files: files.count), files: files)
        }
        let path = office.appendingPathComponent("device.package").path
        _ = try PackageWriter.write(reviews: [review], courses: packed, identity: identity,
                                    deviceID: try bench.store.setting(.deviceID), sequence: 1,
                                    created: "2026-11-30T21:00:00.000Z", to: path)
        return path
    }

    @Test func aReceivedPackageShowsItsCoursesItsFeedbackAndTheGradedAttempt() throws {
        let (attempt, essayStatement) = try takeEssayQuiz()
        // An attempt under way on the version of "etika" the package replaces.
        guard case .quizStarted(let underWay)? = performer.perform(.openQuiz(bench.scope, moduleID: "kode")).first else {
            Issue.record("no etika quiz")
            return
        }
        let published = bench.folder.appendingPathComponent("published")
        let newer = published.appendingPathComponent("etika")
        try FileManager.default.createDirectory(at: published, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: bench.course.folder, to: newer)
        let manifest = newer.appendingPathComponent("course.yaml")
        try (try String(contentsOf: manifest, encoding: .utf8)).replacingOccurrences(of: "version: 1.0.0", with: "version: 1.1.0")
            .write(to: manifest, atomically: true, encoding: .utf8)
        _ = try Self.essayCourse(in: published, id: "baru", version: "1.0.0")
        let path = try package(grading: essayStatement, publishing: [newer, published.appendingPathComponent("baru")])

        let answers = performer.perform(.receive(path: path, learner: Bench.nip, courses: [bench.course, essay]))
        let reloaded = answers.compactMap { if case .coursesReloaded(let courses, _) = $0 { courses } else { nil } }.first
        #expect(reloaded?.map(\.id).sorted() == ["baru", "esai", "etika"])
        #expect(reloaded?.first { $0.id == "etika" }?.version == "1.1.0")
        #expect(answers.contains { if case .received(1, 1, 3, 2) = $0 { true } else { false } }, "\(answers)")
        let records = answers.compactMap { if case .recordsChanged(let records) = $0 { records } else { nil } }
        #expect(records.contains { $0["esai"]?.status == .completed })
        #expect(records.contains { $0["baru"]?.status == .notStarted })
        #expect(answers.last.map { if case .feedbackCounted(FeedbackCount(total: 1, unread: 1)) = $0 { true } else { false } } == true)

        #expect(try count() == FeedbackCount(total: 1, unread: 1))
        guard case .feedbackLoaded(let items)? = performer.perform(.loadFeedback(learner: Bench.nip, courses: reloaded ?? [])).first
        else { Issue.record("no feedback"); return }
        #expect(items.map(\.question) == ["esai"] && items.first?.course == "Esai esai")
        #expect(items.first?.grade == MentorGrade(percent: 100, mentor: "Dr. Sri Mentor", comment: "Tepat; contohnya jelas.",
                                                  reviewedAt: "2026-11-30T20:00:00.000Z"))
        #expect(items.first?.answer == ReviewedAnswer(courseID: "esai", moduleID: "satu", attempt: attempt))
        #expect(try count() == FeedbackCount(total: 1, unread: 0))
        let chosen = performer.perform(.chooseLearner(nip: Bench.nip, courses: reloaded ?? []))
        #expect(chosen.contains { if case .feedbackCounted(FeedbackCount(total: 1, unread: 0)) = $0 { true } else { false } })

        let scope = CourseScope(learner: Bench.nip, course: try #require(reloaded?.first { $0.id == "esai" }))
        guard case .pastAttemptLoaded(let past)? = performer.perform(.openPastAttempt(scope, moduleID: "satu", attempt: attempt)).first
        else { Issue.record("no attempt"); return }
        #expect(past.score == 75 && past.passed)
        #expect(past.grades["esai"]?.comment == "Tepat; contohnya jelas.")
        #expect(past.session.saved["esai"] == .text("Saya melapor."))

        // The attempt started on 1.0.0 still finishes, on the quiz it was started with.
        for question in underWay.quiz.questions {
            let response: Response = if case .trueFalse = question.kind { .truth(true) } else { .choice(index: 0) }
            _ = performer.perform(.recordAnswer(bench.scope, attempt: underWay.attempt, question, response))
        }
        let finished = performer.perform(.finishAttempt(bench.scope, attempt: underWay.attempt, underWay.quiz))
        guard case .attemptFinished(let score, let passed, _)? = finished.first else { Issue.record("\(finished)"); return }
        #expect(score == 100 && passed)
    }

    func count() throws -> FeedbackCount {
        try performer.feedbackCount(of: try NIP(validating: Bench.nip))
    }

    @Test func aPackageWithoutCoursesLeavesTheLibraryAsItIs() throws {
        let (_, essayStatement) = try takeEssayQuiz()
        let path = try package(grading: essayStatement, publishing: [])
        let answers = performer.perform(.receive(path: path, learner: Bench.nip, courses: [bench.course, essay]))
        #expect(!answers.contains { if case .coursesReloaded = $0 { true } else { false } })
        #expect(answers.contains { if case .received(1, 1, 3, 0) = $0 { true } else { false } }, "\(answers)")
    }

    @Test func anAttemptNotFinishedOrNotThereIsNotOpenedAsPast() throws {
        let scope = CourseScope(learner: Bench.nip, course: essay)
        let answers = performer.perform(.openPastAttempt(scope, moduleID: "satu", attempt: "999"))
        #expect(answers.first?.failureMessage?.isEmpty == false)
    }
}
