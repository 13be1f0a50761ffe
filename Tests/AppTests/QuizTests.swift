import App
import Canvas
import Quiz
import Testing

@Suite struct QuizTests {
    static func quiz(saved: [String: Response] = [:]) -> Session {
        var session = ReaderTests.reading()
        session.press(.end, .enter)
        session.send(.quizStarted(QuizSession(courseID: Fixture.course.id, moduleID: "pentingnya", quiz: Fixture.quiz,
                                              attempt: "a1", saved: saved, attemptsLeft: 2)))
        return session
    }

    var recorded: (Session) -> [String: Response] = { session in
        var answers: [String: Response] = [:]
        for case .recordAnswer(_, "a1", let question, let response) in session.effects { answers[question.id] = response }
        return answers
    }

    @Test func everyAnswerIsRecordedAsGivenTheMomentItIsGiven() {
        var session = Self.quiz()
        session.press(.down, .enter)
        #expect(recorded(session).isEmpty)
        session.press(.character(" "), .enter)
        #expect(recorded(session) == ["jp": .choice(index: 1)])
        session.press(.enter, .character(" "), .down, .down, .character(" "), .enter, .enter)
        session.press(.character("2"), .enter, .enter)
        session.type("  jp ")
        session.press(.enter, .enter)
        session.type("44,5")
        session.press(.enter, .enter)
        session.press(.right, .down, .left, .enter, .enter)
        session.type("Membaca 学习")
        session.press(.backspace, .enter)
        #expect(recorded(session) == [
            "jp": .choice(index: 1), "bentuk": .choices(indexes: [0, 2]), "mandiri": .truth(false),
            "satuan": .text("  jp "), "menit": .number(44.5),
            "pasangan": .matching(answers: ["Pegawai tetap", "Pegawai kontrak"]), "refleksi": .text("Membaca 学"),
        ])
        session.press(.enter)
        #expect(session.effects.last == .finishAttempt(Fixture.scope, attempt: "a1", Fixture.quiz))
    }

    @Test func feedbackSaysWhetherTheAnswerWasRight() {
        var session = Self.quiz()
        session.press(.character("1"), .enter)
        #expect(session.screen.contains("Salah"))
        #expect(session.screen.contains("Terlalu sedikit."))
        #expect(session.screen.contains("Lihat UU ASN 2023."))
    }

    @Test func aNumberThatIsNotANumberIsRefusedWithAReason() {
        var session = Self.quiz(saved: ["jp": .choice(index: 1), "bentuk": .choices(indexes: [0]),
                                        "mandiri": .truth(true), "satuan": .text("JP")])
        #expect(session.screen.contains("Soal 5/7"))
        session.type("empat puluh")
        session.press(.enter)
        #expect(session.screen.contains("Tulis sebuah angka"))
        #expect(!session.effects.contains { if case .recordAnswer = $0 { true } else { false } })
    }

    @Test func aResumedAttemptStartsAtTheFirstUnansweredQuestion() {
        let session = Self.quiz(saved: ["jp": .choice(index: 1), "bentuk": .choices(indexes: [0])])
        #expect(session.state.quiz?.index == 2)
        #expect(session.screen.contains("Soal 3/7"))
    }

    @Test func anAttemptWithEveryAnswerSavedFinishesAtOnce() {
        var answers: [String: Response] = [:]
        for question in Fixture.quiz.questions { answers[question.id] = .text("x") }
        let session = Self.quiz(saved: answers)
        #expect(session.effects.last == .finishAttempt(Fixture.scope, attempt: "a1", Fixture.quiz))
    }

    @Test func theResultShowsScoreAndVerdict() {
        var session = Self.quiz()
        session.send(.attemptFinished(score: 42.5, passed: false))
        #expect(session.screen.contains("Nilai: 42,5%"))
        #expect(session.screen.contains("Belum lulus"))
        #expect(session.screen.contains("Sisa kesempatan: 2"))
        session.press(.enter)
        #expect(session.state.screen == .reader)
    }

    @Test func multipleAnswerNeedsATick() {
        var session = Self.quiz(saved: ["jp": .choice(index: 1)])
        session.press(.enter)
        #expect(session.screen.contains("Belum ada jawaban yang dipilih"))
    }
}
