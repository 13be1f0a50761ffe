import App
import CourseKit
import Foundation
import ProgressStore
@testable import Runtime
import Sync
import Testing

/// The mentor's screen's effects against real files: a learner's essay recorded in a real store
/// and exported as a real bundle, read at the office's desk and reviewed into its book.
@Suite struct ReviewPerformerTests {
    let bench: Bench
    let essayCourse: Course
    let usb: URL
    let bookPath: String

    static let mentor = Mentor(nip: "197001011995031001", name: "Dr. Sri Mentor")

    init() throws {
        bench = try Bench().withLearner()
        let folder = bench.folder.appendingPathComponent("courses/integritas")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let files = [
            "course.yaml": "id: integritas\ntitle: Integritas ASN\nversion: 1.0.0\nhours: 2\nmodules:\n"
                + "  - file: 01-gratifikasi.md\n    quiz: 01-gratifikasi.gift\n",
            "01-gratifikasi.md": "# Gratifikasi\n\nTolak dan laporkan.\n",
            "01-gratifikasi.gift": "::tolak:: Ceritakan bagaimana Anda menolak gratifikasi. {\n"
                + "#### Nilai penuh bila menyebut penolakan dan pelaporan ke UPG.\n}\n",
        ]
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        essayCourse = try #require(CourseLibrary.load(folder: folder).courses.first)
        let scope = CourseScope(learner: Bench.nip, course: essayCourse)
        guard case .quizStarted(let session)? = bench.performer.perform(.openQuiz(scope, moduleID: "gratifikasi")).first else {
            throw BenchError.noCourse("no quiz")
        }
        _ = bench.performer.perform(.recordAnswer(scope, attempt: session.attempt, session.quiz.questions[0],
                                                  .text("Saya menolak dan melapor ke UPG.")))
        _ = bench.performer.perform(.finishAttempt(scope, attempt: session.attempt, session.quiz))
        usb = bench.folder.appendingPathComponent("usb")
        try FileManager.default.createDirectory(at: usb, withIntermediateDirectories: true)
        _ = try Exporter.export(store: bench.store, to: usb.path)
        bookPath = bench.folder.appendingPathComponent("office/\(ReviewBook.fileName)").path
        try FileManager.default.createDirectory(atPath: (bookPath as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
    }

    func office(lrs: LRSClient? = nil, bundles: Bool = true) -> Performer {
        Performer(store: bench.store, language: .english, environment: [:],
                  desk: ReviewDesk(bookPath: bookPath, bundles: bundles ? usb.path : nil, lrs: lrs))
    }

    func loaded(_ performer: Performer) throws -> [EssayItem] {
        let answer = performer.perform(.loadEssays(courses: [bench.course, essayCourse]))
        guard case .essaysLoaded(let items)? = answer.first else { throw BenchError.noCourse("\(answer)") }
        return items
    }

    @Test func theEssaysComeWithTheirCourseTitleAndTheTrainersGuidance() throws {
        let items = try loaded(office())
        #expect(items.count == 1)
        let item = try #require(items.first)
        #expect(item.course == "Integritas ASN" && item.question == "tolak" && item.learnerName == "Siti Rahayu")
        #expect(item.answer == "Saya menolak dan melapor ke UPG.")
        #expect(item.guidance == "Nilai penuh bila menyebut penolakan dan pelaporan ke UPG.")
        #expect(item.review == nil)
    }

    @Test func aReviewIsRecordedInTheBookAsTheCLIRecordsItAndKeptWithoutAnLRS() throws {
        let performer = office()
        let essay = try #require(try loaded(performer).first)
        let answer = performer.perform(.recordReview(ReviewDraft(essayID: essay.id, percent: 85, comment: "Tepat.",
                                                                 mentor: Self.mentor)))
        guard case .reviewRecorded(let id, let review, let delivery)? = answer.first else { Issue.record("\(answer)"); return }
        #expect(id == essay.id && review.percent == 85 && review.mentor == "Dr. Sri Mentor" && delivery == .kept)
        let book = try ReviewBook.load(path: bookPath)
        #expect(book.entries.count == 1)
        let entry = try #require(book.entries.first)
        #expect(entry.review.essayStatementID == essay.id && entry.review.mentorNIP == Self.mentor.nip
                && entry.review.comment == "Tepat." && entry.sentTo == nil)
        #expect(entry.deviceID == (try bench.store.setting(.deviceID)))
        let statement = try JSONSerialization.jsonObject(with: Data(entry.statement.utf8)) as? [String: Any]
        #expect((statement?["object"] as? [String: String])?["objectType"] == "StatementRef")
        #expect(try loaded(office()).first?.review?.percent == 85, "a fresh performer reads the review back")
    }

    @Test func anUnreachableLRSKeepsTheReviewUnsentAndSaysWhy() throws {
        let dead = LRSClient(endpoint: try LRSEndpoint(url: "http://127.0.0.1:9/xAPI/", user: "u", password: "p"),
                             retry: RetryPolicy(attempts: 1, firstDelay: 0, maximumDelay: 0, deadline: 1))
        let performer = office(lrs: dead)
        let essay = try #require(try loaded(performer).first)
        let answer = performer.perform(.recordReview(ReviewDraft(essayID: essay.id, percent: 50, comment: "",
                                                                 mentor: Self.mentor)))
        guard case .reviewRecorded(_, let review, .unsent(let reason))? = answer.first else { Issue.record("\(answer)"); return }
        #expect(reason.contains("127.0.0.1:9") && !review.sent)
        #expect(try ReviewBook.load(path: bookPath).entries.map(\.sentTo) == [nil])

        let fromLRS = office(lrs: dead, bundles: false).perform(.loadEssays(courses: [essayCourse]))
        guard case .reviewFailed(let failure)? = fromLRS.first else { Issue.record("\(fromLRS)"); return }
        #expect(failure.message.contains("127.0.0.1:9"))
    }

    /// The review waits on the LRS on the network queue, yet quitting (`finish`) waits for it:
    /// a review the mentor saved is in the book when the app ends.
    @Test func aReviewBeingRecordedIsFinishedBeforeTheAppQuits() throws {
        let dead = LRSClient(endpoint: try LRSEndpoint(url: "http://127.0.0.1:9/xAPI/", user: "u", password: "p"),
                             retry: RetryPolicy(attempts: 2, firstDelay: 0.3, maximumDelay: 0.3, deadline: 2))
        let performer = office(lrs: dead)
        let essay = try #require(try loaded(performer).first)
        let worker = Worker(performer: performer)
        worker.submit(.recordReview(ReviewDraft(essayID: essay.id, percent: 90, comment: "Baik.", mentor: Self.mentor)))
        worker.submit(.loadEssays(courses: [essayCourse]))
        worker.finish()
        #expect(try ReviewBook.load(path: bookPath).entries.map(\.review.comment) == ["Baik."])
        let answers = worker.take()
        #expect(answers.contains { if case .reviewRecorded(_, _, .unsent) = $0 { true } else { false } })
    }

    @Test func anEssayNotAtTheDeskOrABadMentorIsWordedAndNothingIsRecorded() throws {
        let performer = office()
        let unknown = performer.perform(.recordReview(ReviewDraft(essayID: "00000000-0000-0000-0000-000000000000",
                                                                  percent: 50, comment: "", mentor: Self.mentor)))
        guard case .reviewFailed(let failure)? = unknown.first else { Issue.record("\(unknown)"); return }
        #expect(failure.message.contains("No essay answer with id 00000000-0000-0000-0000-000000000000"))
        let essay = try #require(try loaded(performer).first)
        let badMentor = performer.perform(.recordReview(ReviewDraft(essayID: essay.id, percent: 50, comment: "",
                                                                    mentor: Mentor(nip: "123", name: "X"))))
        guard case .reviewFailed? = badMentor.first else { Issue.record("\(badMentor)"); return }
        #expect(!FileManager.default.fileExists(atPath: bookPath))
    }

    @Test func aQuestionsActivityIdIsReadWhateverTheBase() {
        let place = QuestionPlace(activity: "https://kantor.example.go.id/lrs/courses/etika/modules/kode/quiz/questions/refleksi%20diri")
        #expect(place == QuestionPlace(course: "etika", module: "kode", question: "refleksi diri"))
        #expect(QuestionPlace(activity: "https://example.org/courses/etika") == nil)
    }
}
