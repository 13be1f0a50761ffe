import App
import Canvas
import Foundation
import CourseKit
import Localization
import Quiz
import Testing

/// The quiz as a learner and an examiner can trust it: shuffled per attempt, nothing answered by
/// accident, the right answer shown, and every piece readable at 80x24 and 40x12.
@Suite struct QuizTrustTests {
    static func quiz(_ language: Language = .indonesian, _ width: Int = 80, _ height: Int = 24, utf8: Bool = true,
                     seed: UInt64? = 7, saved: [String: Response] = [:], quiz: ModuleQuiz = Fixture.quiz,
                     records: [String: CourseRecord] = [:]) -> Session {
        var session = Session(Fixture.state(language, width, height, utf8: utf8))
        session.send(.started(Fixture.startup(learners: [Fixture.learner])))
        session.send(.learnerChosen(Fixture.learner, records: records))
        session.press(.enter, .down, .character("u"))
        session.send(.quizStarted(QuizSession(courseID: Fixture.course.id, moduleID: "pentingnya", quiz: quiz,
                                              attempt: "a1", saved: saved, attemptsLeft: 2, shuffleSeed: seed)))
        return session
    }

    /// The texts of the choices in the order the screen shows them.
    static func shownOrder(_ session: Session, _ texts: [String]) -> [String] {
        let lines = session.screen.split(separator: "\n").map(String.init)
        return lines.compactMap { line in texts.first { line.contains(". ( ) \($0)") || line.contains(". [ ] \($0)") } }
    }

    static let seven = ModuleQuiz(file: "q.gift", questions: [
        Question(id: "tujuh", text: "Pilih.", kind: .multipleChoice((1...7).map {
            Choice(text: "Pilihan \($0)", weight: $0 == 1 ? 100 : 0)
        }), line: 1),
    ])
    static let sevenTexts = (1...7).map { "Pilihan \($0)" }

    @Test func theOrderIsTheSameWhenResumedAndDiffersBetweenAttempts() {
        let first = Self.shownOrder(Self.quiz(seed: 7, quiz: Self.seven), Self.sevenTexts)
        #expect(first.count == 7)
        #expect(Self.shownOrder(Self.quiz(seed: 7, quiz: Self.seven), Self.sevenTexts) == first)
        let others = (8...12).map { Self.shownOrder(Self.quiz(seed: UInt64($0), quiz: Self.seven), Self.sevenTexts) }
        #expect(others.contains { $0 != first })
        #expect(Set(others + [first]).count > 2)
        #expect(Self.shownOrder(Self.quiz(seed: nil, quiz: Self.seven), Self.sevenTexts) == Self.sevenTexts)
    }

    @Test func theRightAnswerIsNotAlwaysFirstAcrossAttempts() {
        let firsts = (1...20).map { Self.shownOrder(Self.quiz(seed: UInt64($0), quiz: Self.seven), Self.sevenTexts).first }
        #expect(firsts.filter { $0 == "Pilihan 1" }.count < 10)
    }

    @Test func answersAreRecordedByIdentityWhateverTheOrder() {
        for seed in UInt64(1)...6 {
            var session = Self.quiz(seed: seed)
            let order = Self.shownOrder(session, ["10 JP", "20 JP", "40 JP"])
            let position = order.firstIndex(of: "20 JP")! + 1
            session.type(String(position))
            session.press(.enter)
            #expect(session.effects.last == .recordAnswer(Fixture.scope, attempt: "a1", Fixture.quiz.questions[0], .choice(index: 1)))
            #expect(session.screen.contains("Benar"))
        }
    }

    @Test func trueFalseKeepsBenarThenSalah() {
        let session = Self.quiz(seed: 99, saved: ["jp": .choice(index: 1), "bentuk": .choices(indexes: [0])])
        #expect(Self.shownOrder(session, ["Benar", "Salah"]) == ["Benar", "Salah"])
    }

    @Test func enterOnAnUntouchedQuestionAnswersNothingAndSaysWhatToDo() {
        var session = Self.quiz()
        #expect(!session.screen.contains("(*)"))
        session.press(.enter)
        #expect(!session.effects.contains { if case .recordAnswer = $0 { true } else { false } })
        #expect(session.screen.contains("Belum ada jawaban yang dipilih"))
        session.press(.character(" "), .enter)
        #expect(session.effects.contains { if case .recordAnswer = $0 { true } else { false } })
    }

    @Test(arguments: [(80, 24), (40, 12)])
    func aWrongTypedAnswerIsShownTheAcceptedOne(size: (Int, Int)) {
        var session = Self.quiz(.indonesian, size.0, size.1, saved: ["jp": .choice(index: 1), "bentuk": .choices(indexes: [0]),
                                                                     "mandiri": .truth(true)])
        session.type("jam")
        session.press(.enter)
        #expect(session.screen.contains("Salah"))
        #expect(session.screen.contains("Jawaban yang benar:"))
        #expect(session.screen.contains("✓ JP"))
        session.press(.enter)
        session.type("40")
        session.press(.enter)
        #expect(session.screen.contains("✓ 45"))
    }

    @Test(arguments: [true, false])
    func aWrongMatchingRowIsShownItsRightPair(utf8: Bool) {
        var session = Self.quiz(.english, utf8: utf8, seed: nil,
                                saved: ["jp": .choice(index: 1), "bentuk": .choices(indexes: [0]), "mandiri": .truth(true),
                                        "satuan": .text("JP"), "menit": .number(45)])
        session.press(.enter)
        #expect(session.screen.contains("A row has no match yet"))
        #expect(!session.effects.contains { if case .recordAnswer = $0 { true } else { false } })
        session.press(.right, .right, .down, .right, .right, .enter)
        let arrow = utf8 ? "→" : "->"
        #expect(session.screen.contains("The right answer:"))
        #expect(session.screen.contains("PNS \(arrow) Pegawai tetap"))
        #expect(session.screen.contains(utf8 ? "✗" : "x "))
        #expect(!session.screen.contains("Right"))
    }

    @Test func threeThirdsAreFullyRight() {
        let thirds = ModuleQuiz(file: "q.gift", questions: [
            Question(id: "tiga", text: "Pilih tiga.", kind: .multipleAnswer([
                Choice(text: "A", weight: 33.33333), Choice(text: "B", weight: 33.33333),
                Choice(text: "C", weight: 33.33334), Choice(text: "D", weight: -100),
            ]), line: 1),
        ])
        var session = Self.quiz(seed: nil, quiz: thirds)
        session.press(.character("1"), .character("2"), .character("3"), .enter)
        #expect(session.screen.contains("Benar"))
        #expect(!session.screen.contains("Sebagian"))
    }

    static let long = ModuleQuiz(file: "q.gift", questions: [
        Question(id: "panjang", text: "Manakah pernyataan yang paling tepat tentang pengembangan kompetensi ASN?",
                 kind: .multipleChoice([
                    Choice(text: "Pengembangan kompetensi adalah hak dan kewajiban setiap ASN paling sedikit dua puluh jam pelajaran setahun", weight: 100),
                    Choice(text: "Pengembangan kompetensi hanya untuk pejabat struktural yang akan dipromosikan ke jabatan lebih tinggi", weight: 0),
                 ]), generalFeedback: String(repeating: "Umpan balik umum yang panjang sekali. ", count: 12), line: 1),
    ])

    @Test(arguments: [(80, 24, true), (40, 12, true), (40, 12, false)])
    func longChoicesWrapWithTheirMarksAndTheFeedbackScrolls(size: (Int, Int, Bool)) {
        var session = Self.quiz(.indonesian, size.0, size.1, utf8: size.2, seed: nil, quiz: Self.long)
        let words = session.screen.split(whereSeparator: { $0 == " " || $0 == "\n" })
        #expect(words.contains("setahun"))
        #expect(words.contains("tinggi") || size.1 == 12)
        #expect(!session.screen.split(separator: "\n").dropFirst().contains { $0.contains("…") })
        session.press(.character("2"), .enter)
        #expect(session.screen.contains("Salah"))
        let check = size.2 ? "✓" : "+"
        #expect(session.screen.contains("\(check) Pengembangan"))
        for _ in 0..<6 { session.press(.pageDown) }
        #expect(session.screen.contains("Tekan Enter untuk lanjut."))
        session.press(.pageUp, .pageUp, .pageUp, .pageUp, .pageUp, .pageUp)
        #expect(session.screen.contains("Manakah"))
    }

    @Test(arguments: [(80, 24), (40, 12)])
    func theEssayIsAWrappedBoxAndAnEmptyOneIsRefused(size: (Int, Int)) {
        var answers: [String: Response] = [:]
        for question in Fixture.quiz.questions.dropLast() { answers[question.id] = .text("x") }
        var session = Self.quiz(.indonesian, size.0, size.1, saved: answers)
        session.type("   ")
        session.press(.enter)
        #expect(session.screen.contains("Esai masih kosong"))
        let essay = "Saya akan membaca satu modul setiap minggu dan mencatat apa yang saya pelajari untuk dibahas dengan mentor"
        session.type(essay)
        for word in essay.split(separator: " ") { #expect(session.screen.contains(word)) }
        let before = session.state.quiz!.input.field.cursor
        session.press(.up)
        #expect(session.state.quiz!.input.field.cursor < before)
        session.press(.down)
        #expect(session.state.quiz!.input.field.cursor == before)
        session.press(.enter)
        #expect(session.effects.last.map { if case .recordAnswer(_, "a1", let question, .text("   " + essay)) = $0 { question.id == "refleksi" } else { false } } == true)
        // The verdict wraps too: every word of it on screen.
        for word in Strings(.indonesian)[.quizRecorded].split(separator: " ") { #expect(session.screen.contains(word)) }
    }

    @Test(arguments: [Language.indonesian, .english], [true, false])
    func theResultReviewsEveryAnswerAndSaysWhatNext(language: Language, utf8: Bool) {
        var session = Self.quiz(language, 40, 12, utf8: utf8, seed: nil,
                                saved: ["jp": .choice(index: 0), "bentuk": .choices(indexes: [0, 1]), "mandiri": .truth(true),
                                        "satuan": .text("JP"), "menit": .number(45), "pasangan": .matching(answers: ["Pegawai tetap", nil]),
                                        "refleksi": .text("Rencana.")])
        session.send(.attemptFinished(score: 66.7, passed: false))
        let english = language == .english
        let counts = session.screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(counts.contains(english ? "Right 4, wrong 2, waiting for grading 1" : "Benar 4, salah 2, menunggu penilaian 1"))
        #expect(session.screen.contains(english ? "Pass mark: 70%" : "Nilai kelulusan: 70%"))
        // The header cuts the module's title; the body cuts nothing.
        func body(_ screen: String) -> String { screen.split(separator: "\n").dropFirst().joined(separator: "\n") }
        var seen = body(session.screen)
        for _ in 0..<12 {
            session.press(.pageDown)
            seen += body(session.screen)
        }
        #expect(seen.contains(english ? "Right answer: 20 JP" : "Jawaban benar: 20 JP"))
        #expect(seen.contains(english ? "Waiting for the trainer's grade" : "Menunggu penilaian pengajar"))
        #expect(seen.contains(english ? "press u to retake" : "tekan u untuk mengulang"))
        #expect(!seen.contains("…"))
    }

    @Test func completingTheCourseSaysSoWithItsJP() {
        var session = Self.quiz()
        session.send(.attemptFinished(score: 100, passed: true, completedHours: 2))
        #expect(session.screen.contains("Kursus selesai: 2 JP dicatat."))
    }

    @Test func aNewAttemptAfterAPassAsksFirst() {
        let passed = [Fixture.course.id: CourseRecord(modules: ["pentingnya": ModuleRecord(bestScore: 80, passed: true, attempts: 1)])]
        var session = Session(Fixture.state(.indonesian, 80, 24))
        session.send(.started(Fixture.startup(learners: [Fixture.learner])))
        session.send(.learnerChosen(Fixture.learner, records: passed))
        session.press(.enter, .down, .character("u"))
        #expect(!session.effects.contains { if case .openQuiz = $0 { true } else { false } })
        #expect(session.screen.contains("Anda sudah lulus kuis ini (nilai terbaik 80%)"))
        #expect(session.screen.contains("1 dari 2 kesempatan"))
        session.press(.enter)
        #expect(session.effects.last == .openQuiz(Fixture.scope, moduleID: "pentingnya"))
    }

    @Test func noAttemptLeftStartsNothing() {
        let used = [Fixture.course.id: CourseRecord(modules: ["pentingnya": ModuleRecord(bestScore: 20, attempts: 3)])]
        var session = Session(Fixture.state(.english, 40, 12))
        session.send(.started(Fixture.startup(learners: [Fixture.learner])))
        session.send(.learnerChosen(Fixture.learner, records: used))
        session.press(.enter, .down, .character("u"))
        #expect(session.screen.contains("No attempts are left"))
        session.press(.enter)
        #expect(!session.effects.contains { if case .openQuiz = $0 { true } else { false } })
    }

    @Test(arguments: [(80, 24), (40, 12)])
    func anUnfinishedAttemptShowsAndContinueGoesToIt(size: (Int, Int)) {
        let progress = QuizInProgress(moduleID: "pentingnya", answered: 3, questions: 7)
        let records = [Fixture.course.id: CourseRecord(status: .inProgress, modules: ["pentingnya": ModuleRecord(attempts: 1, inProgress: progress)],
                                                       quizInProgress: progress)]
        var session = Session(Fixture.state(.indonesian, size.0, size.1))
        session.send(.started(Fixture.startup(learners: [Fixture.learner])))
        session.send(.learnerChosen(Fixture.learner, records: records))
        #expect(session.screen.contains("Kuis sedang dikerjakan 3/7"))
        session.press(.enter)
        // The outline has room for each module's quiz only when wide.
        #expect(session.screen.contains("Kuis sedang dikerjakan 3/7") == (size.0 == 80))
        #expect(session.screen.contains("Lanjutkan: Kuis: Pentingnya"))
        session.press(.enter)
        #expect(session.effects.last == .openQuiz(Fixture.scope, moduleID: "pentingnya"))
        session.send(.quizStarted(QuizSession(courseID: Fixture.course.id, moduleID: "pentingnya", quiz: Fixture.quiz, attempt: "a1",
                                              saved: ["jp": .choice(index: 1), "bentuk": .choices(indexes: [0]), "mandiri": .truth(true)])))
        #expect(session.screen.contains("Melanjutkan kuis (3/7 dijawab)"))
        #expect(session.screen.contains("Soal 4/7"))
    }

    @Test func theASCIIGlyphsKeepTheirMeaning() {
        #expect(Glyphs.ascii.check != "x")
        #expect(Glyphs.ascii.right == "->")
        #expect(Glyphs.ascii.cross == "x")
        #expect(ASCIIFallback.text("“Benar” – ‘ya’ → ✓") == "\"Benar\" - 'ya' -> +")
        for glyph in [Glyphs.unicode.check, Glyphs.unicode.cross, Glyphs.unicode.right, Glyphs.unicode.pointer] {
            #expect(ASCIIFallback.table[glyph] != nil)
        }
        let session = Self.quiz(.english, utf8: false, seed: nil, quiz: ModuleQuiz(file: "q", questions: [
            Question(id: "kutip", text: "Apa arti “integritas”?", kind: .essay, line: 1)]))
        #expect(session.screen.contains("Apa arti \"integritas\"?"))
    }
}

/// Help that does not fit in columns is one key a row, wrapped, and scrolls.
@Suite struct HelpPageTests {
    @Test(arguments: [Language.indonesian, .english])
    func theQuizHelpAt40x12CutsNothingAndScrolls(language: Language) {
        var session = QuizTrustTests.quiz(language, 40, 12)
        session.press(.character("?"))
        var seen = ""
        for _ in 0..<8 {
            seen += session.screen
            session.press(.down)
        }
        #expect(session.state.showsHelp)
        let strings = Strings(language)
        for binding in Keymap.bindings(for: .quizChoice) + Keymap.global(typing: false) {
            for word in strings[binding.help].split(separator: " ") { #expect(seen.contains(word)) }
        }
        #expect(!seen.contains("…"))
        session.press(.character("x"))
        #expect(!session.state.showsHelp)
        #expect(session.state.helpTop == 0)
    }
}
