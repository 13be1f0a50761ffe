import App
import CourseKit
import Foundation
import Localization
import ProgressStore
import Quiz
@testable import Runtime
import Testing

/// Every effect, performed against a real store in a temp folder and real course files.
@Suite struct PerformerTests {
    @Test func creatingALearnerChoosesThemWithTheirRecords() throws {
        let bench = try Bench()
        let answers = bench.performer.perform(.createLearner(Bench.learner, courses: [bench.course]))
        guard case .learnerChosen(let learner, let records)? = answers.first else { Issue.record("\(answers)"); return }
        #expect(learner == Bench.learner)
        #expect(records["etika"]?.status == .notStarted)
        #expect(try bench.store.setting(.lastLearner) == Bench.nip)
    }

    /// The profile form's learner reaches the office before they open anything: one
    /// `registered` statement with their name and agency, and none for the unit left empty.
    @Test func creatingALearnerRegistersThem() throws {
        let bench = try Bench()
        _ = bench.performer.perform(.createLearner(Bench.learner, courses: [bench.course]))
        let outbox = try bench.store.statements(.all, limit: 10)
        #expect(outbox.map(\.verb) == ["http://adlnet.gov/expapi/verbs/registered"])
        let json = String(decoding: try #require(outbox.first).json, as: UTF8.self)
        #expect(json.contains(#""name":"Siti Rahayu""#) && json.contains(#"/extensions/agency":"BKN""#))
        #expect(!json.contains("/extensions/unit"))
    }

    @Test func choosingAnUnknownLearnerIsWordedForThem() throws {
        let bench = try Bench(language: .english)
        let answers = bench.performer.perform(.chooseLearner(nip: Bench.nip, courses: []))
        #expect(answers.first?.failureMessage?.hasPrefix("No learner with NIP 198609262015051001") == true)
    }

    @Test func loadingACourseTitlesItsModulesOnlyWhenAsked() throws {
        let bench = try Bench().withLearner()
        let titled = bench.performer.perform(.loadCourse(bench.scope, readTitles: true))
        guard case .courseOpened(let course, let complete)? = titled.first else { Issue.record("\(titled)"); return }
        #expect(course.modules.map(\.title) == ["Nilai Dasar", "Kode Etik"])
        #expect(complete)
        let again = bench.performer.perform(.loadCourse(bench.scope, readTitles: false))
        #expect(again.count == 1)
        guard case .recordsChanged(let records)? = again.first else { Issue.record("\(again)"); return }
        #expect(records["etika"]?.modules.count == 2)
    }

    @Test func aModuleOpensWhereTheLearnerLeftIt() throws {
        let bench = try Bench().withLearner()
        _ = bench.performer.perform(.openModule(bench.scope, moduleID: "nilai"))
        #expect(bench.performer.perform(.savePosition(bench.scope, moduleID: "nilai", position: 0.25)).isEmpty)
        let answers = bench.performer.perform(.openModule(bench.scope, moduleID: "nilai"))
        guard case .moduleLoaded("etika", "nilai", .success(let text))? = answers.first else { Issue.record("\(answers)"); return }
        #expect(text.markdown.hasPrefix("# Nilai Dasar"))
        #expect(text.position == 0.25)
    }

    /// A module opened and read a quarter of the way: the library says the course is under way.
    @Test func aModuleOpenedStartsTheCourse() throws {
        let bench = try Bench().withLearner()
        _ = bench.performer.perform(.openModule(bench.scope, moduleID: "nilai"))
        _ = bench.performer.perform(.savePosition(bench.scope, moduleID: "nilai", position: 0.25))
        let answers = bench.performer.perform(.loadCourse(bench.scope, readTitles: false))
        guard case .recordsChanged(let records)? = answers.first else { Issue.record("\(answers)"); return }
        #expect(records["etika"]?.status == .inProgress)
        #expect(records["etika"]?.percent == 0)
    }

    @Test func aModuleReadToTheEndCountsOnTheOutline() throws {
        let bench = try Bench().withLearner()
        _ = bench.performer.perform(.openModule(bench.scope, moduleID: "nilai"))
        let answers = bench.performer.perform(.markRead(bench.scope, moduleID: "nilai"))
        guard case .recordsChanged(let records)? = answers.first else { Issue.record("\(answers)"); return }
        #expect(records["etika"]?.modules["nilai"]?.isRead == true)
        #expect(records["etika"]?.status == .inProgress)
    }

    /// The quiz is carried by the effects: nothing depends on an earlier `.openQuiz` kept inside.
    @Test func aQuizIsTakenFromStartToResult() throws {
        let bench = try Bench().withLearner()
        let started = bench.performer.perform(.openQuiz(bench.scope, moduleID: "kode"))
        guard case .quizStarted(let session)? = started.first else { Issue.record("\(started)"); return }
        #expect(session.quiz.questions.map(\.id) == ["netral", "nilai"])
        #expect(session.attemptsLeft == 1)
        let fresh = Performer(store: bench.store, language: .indonesian, environment: [:])
        #expect(fresh.perform(.recordAnswer(bench.scope, attempt: session.attempt, session.quiz.questions[0], .truth(true))).isEmpty)
        #expect(fresh.perform(.recordAnswer(bench.scope, attempt: session.attempt, session.quiz.questions[1], .choice(index: 0))).isEmpty)
        let finished = fresh.perform(.finishAttempt(bench.scope, attempt: session.attempt, session.quiz))
        guard case .attemptFinished(let score, let passed, _)? = finished.first else { Issue.record("\(finished)"); return }
        #expect(score == 100)
        #expect(passed)
        guard case .recordsChanged(let records)? = finished.last else { Issue.record("\(finished)"); return }
        #expect(records["etika"]?.modules["kode"]?.passed == true)
    }

    @Test func anAttemptNotInTheStoreIsWorded() throws {
        let bench = try Bench().withLearner()
        let quiz = ModuleQuiz(file: "02-kode.gift", questions: [])
        let answers = bench.performer.perform(.finishAttempt(bench.scope, attempt: "999", quiz))
        #expect(answers.first?.failureMessage == StoreError.attemptUnknown(999).message(in: .indonesian))
    }

    @Test func theReportCountsTheYearAndTheRecordsNotSent() throws {
        let bench = try Bench().withLearner()
        _ = bench.performer.perform(.openModule(bench.scope, moduleID: "nilai"))
        let year = Calendar(identifier: .gregorian).component(.year, from: Date())
        let answers = bench.performer.perform(.loadReport(learner: Bench.nip, year: year, titles: ["etika": "Etika ASN"]))
        guard case .reportLoaded(let report)? = answers.first else { Issue.record("\(answers)"); return }
        #expect(report.year == year)
        #expect(report.pending > 0)
        #expect(!report.canPush)
    }

    @Test func anExportWritesABundleAndSaysHowMany() throws {
        let bench = try Bench().withLearner()
        _ = bench.performer.perform(.openModule(bench.scope, moduleID: "nilai"))
        let stick = bench.folder.appendingPathComponent("usb")
        try FileManager.default.createDirectory(at: stick, withIntermediateDirectories: true)
        let answers = bench.performer.perform(.export(path: stick.path))
        guard case .exported(let count, let path, let bytes)? = answers.first else { Issue.record("\(answers)"); return }
        #expect(count > 0)
        #expect(bytes > 100)
        #expect(FileManager.default.fileExists(atPath: path))
        guard case .exported(0, _, _)? = bench.performer.perform(.export(path: stick.path)).first else {
            Issue.record("a second export should find nothing new"); return
        }
    }

    @Test func anExportThatFailsEndsTheSyncWorkInWords() throws {
        let bench = try Bench(language: .english).withLearner()
        _ = bench.performer.perform(.openModule(bench.scope, moduleID: "nilai"))
        let answers = bench.performer.perform(.export(path: bench.folder.appendingPathComponent("none/x.bundle").path))
        guard case .syncFailed(let failure)? = answers.first else { Issue.record("\(answers)"); return }
        #expect(!failure.message.contains("Error("))
        #expect(!failure.message.isEmpty)
    }

    /// Progress arrives while the push works; a refused connection is said in words.
    @Test func aPushToAnLRSThatIsNotThereFailsInWords() throws {
        let bench = try Bench(environment: ["BELAJAR_LRS_URL": "http://127.0.0.1:9/xAPI/",
                                            "BELAJAR_LRS_USER": "u", "BELAJAR_LRS_PASSWORD": "p"]).withLearner()
        _ = bench.performer.perform(.openModule(bench.scope, moduleID: "nilai"))
        var progress: [Msg] = []
        let answers = bench.performer.perform(.push) { progress.append($0) }
        guard case .pushProgress(0, let total)? = progress.first else { Issue.record("\(progress)"); return }
        #expect(total > 0)
        guard case .syncFailed(let failure)? = answers.first else { Issue.record("\(answers)"); return }
        #expect(failure.message.contains("127.0.0.1"))
    }

    @Test func aPushWithoutAnLRSSendsNothing() throws {
        let bench = try Bench().withLearner()
        guard case .pushed(0)? = bench.performer.perform(.push).first else { Issue.record("expected nothing sent"); return }
    }

    /// A Swift error no library words never reaches the learner as `\(error)`.
    @Test func anUnwordedErrorGetsASentence() throws {
        struct Odd: Error { let code = 7 }
        let bench = try Bench(language: .english)
        let words = bench.performer.wording(of: Odd())
        #expect(words == Strings(.english)[.unexpectedError])
        #expect(!words.contains("Odd"))
    }
}
