import CourseKit
import Foundation
import Quiz
import Testing
import XAPI
@testable import ProgressStore

/// The statements the store writes, read back from the outbox as an LRS would receive them.
@Suite struct StatementTests {
    @Test func anAnswerStatementNamesWhoWhatAndWhen() throws {
        let fixture = try Fixture()
        try fixture.store.set(.actorHomePage, to: "https://siasn.example.go.id")
        try fixture.store.set(.activityBase, to: "https://lms.example.go.id/xapi/")
        let recorder = try fixture.store.recorder(for: ani.nip, in: course)
        let attempt = try recorder.startAttempt(module: "kode-etik")
        try recorder.save(.choice(index: 0), to: kodeEtikQuiz.questions[1], in: attempt.id)
        let answered = try fixture.statements()[1]
        let actor = answered["actor"] as? [String: Any]
        let account = actor?["account"] as? [String: String]
        #expect(account == ["homePage": "https://siasn.example.go.id", "name": ani.nip.digits])
        #expect(actor?["name"] as? String == "Ani Lestari")
        #expect((answered["verb"] as? [String: Any])?["id"] as? String == "http://adlnet.gov/expapi/verbs/answered")
        let object = answered["object"] as? [String: Any]
        #expect(object?["id"] as? String == "https://lms.example.go.id/xapi/courses/etika-asn/modules/kode-etik/quiz/questions/nilai")
        let definition = object?["definition"] as? [String: Any]
        #expect(definition?["interactionType"] as? String == "choice")
        let result = answered["result"] as? [String: Any]
        #expect(result?["response"] as? String == "c0")
        #expect(result?["success"] as? Bool == true)
        let context = answered["context"] as? [String: Any]
        #expect(context?["registration"] as? String == attempt.registration.uuidString.lowercased())
        #expect(context?["revision"] as? String == "1.2.0")
        // The device's local time with its offset (the fixture's store is in Jayapura, UTC+9).
        #expect(answered["timestamp"] as? String
                == Timestamp.statementText(fixture.clock.now, timeZone: TimeZone(identifier: "Asia/Jayapura")!))
        #expect((answered["timestamp"] as? String)?.hasSuffix("+09:00") == true)
    }

    @Test func theStatementIdIsTheOneMadeAtTheEvent() throws {
        let id = UUID(uuidString: "8a2b6a1c-6c4e-4b7e-9b5d-2f1f0c6e4d11")!
        let fixture = try Fixture(makeID: { id })
        try fixture.recorder.open(module: "nilai-dasar")
        let stored = try #require(try fixture.store.pendingStatements(limit: 1).first)
        #expect(stored.id == id)
        #expect(try fixture.statements()[0]["id"] as? String == "8a2b6a1c-6c4e-4b7e-9b5d-2f1f0c6e4d11")
    }

    @Test func anEssayIsRecordedWithoutAScore() throws {
        let fixture = try Fixture()
        let attempt = try fixture.recorder.startAttempt(module: "kode-etik")
        try fixture.recorder.save(.text("Saya menolak."), to: kodeEtikQuiz.questions[2], in: attempt.id)
        let result = try fixture.statements()[1]["result"] as? [String: Any]
        #expect(result?["response"] as? String == "Saya menolak.")
        #expect(result?["score"] == nil)
        #expect(result?["success"] == nil)
    }

    @Test func aFinishedAttemptCarriesScoreAndDuration() throws {
        let fixture = try Fixture()
        let attempt = try fixture.recorder.startAttempt(module: "kode-etik")
        try fixture.recorder.save(.truth(true), to: kodeEtikQuiz.questions[0], in: attempt.id)
        fixture.clock.advance(75)
        _ = try fixture.recorder.finish(attempt.id, quiz: kodeEtikQuiz)
        let finished = try fixture.statements().last!
        let result = finished["result"] as? [String: Any]
        let score = result?["score"] as? [String: Double]
        #expect(score == ["scaled": 0.5, "raw": 50, "min": 0, "max": 100])
        #expect(result?["success"] as? Bool == false)
        #expect(result?["duration"] as? String == "PT75S")
        #expect(try fixture.verbs().last == "failed")
    }

    @Test func aCompletionCarriesTheJP() throws {
        let fixture = try Fixture()
        let single = Course(id: "singkat", title: "Singkat", version: "1.0.0", hours: 4,
                            modules: [Module(id: "satu", title: "Satu", file: "satu.md")], folder: URL(fileURLWithPath: "/c"))
        try fixture.store.recorder(for: ani.nip, in: single).readToEnd(module: "satu")
        let completed = try fixture.statements().last!
        #expect((completed["object"] as? [String: Any])?["id"] as? String == "https://belajar.asn.go.id/xapi/courses/singkat")
        let extensions = (completed["result"] as? [String: Any])?["extensions"] as? [String: Double]
        #expect(extensions == ["https://belajar.asn.go.id/xapi/extensions/jp": 4])
    }

    @Test(arguments: [
        (Response.choices(indexes: [2, 0]), "c0[,]c2"),
        (.truth(false), "false"),
        (.number(20), "20"),
        (.number(3.5), "3.5"),
        (.matching(answers: ["Administrasi", nil]), "s0[.]t1"),
    ])
    func responsesUseXAPISyntax(_ response: Response, _ expected: String) {
        let matching = Question(id: "m", text: "", kind: .matching([MatchPair(prompt: "BKN", answer: "Kepegawaian"),
                                                                     MatchPair(prompt: "LAN", answer: "Administrasi")]), line: 1)
        #expect(Interaction.response(response, to: matching) == expected)
    }
}
