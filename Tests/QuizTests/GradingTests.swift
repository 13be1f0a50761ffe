import CourseKit
import Testing
@testable import Quiz

func question(_ kind: Question.Kind, id: String = "q1") -> Question {
    Question(id: id, text: "Soal", kind: kind, line: 1)
}

@Suite struct GradingTests {
    let capital = question(.multipleChoice([
        Choice(text: "Jakarta", weight: 100), Choice(text: "Bandung", weight: 0),
        Choice(text: "Surabaya", weight: -50), Choice(text: "Nusantara", weight: 50),
    ]))

    @Test func multipleChoiceEarnsTheWeightOfThePick() {
        #expect(Grading.fraction(of: capital, response: .choice(index: 0)) == 1)
        #expect(Grading.fraction(of: capital, response: .choice(index: 1)) == 0)
        #expect(Grading.fraction(of: capital, response: .choice(index: 3)) == 0.5)
    }

    /// Moodle gives a single-answer question the chosen answer's weight, negative included
    /// (`{=right ~%-50%bad}` scores -50% when `bad` is chosen).
    @Test func aNegativePickScoresItsNegativeWeight() {
        #expect(Grading.fraction(of: capital, response: .choice(index: 2)) == -0.5)
        let score = QuizScore(questions: [capital], responses: [capital.id: .choice(index: 2)])
        #expect(score.earned == -0.5)
    }

    @Test func aFeedbackComesWithItsFormat() {
        var html = question(.multipleChoice([Choice(text: "a", weight: 100, feedback: "<b>ya</b>"),
                                             Choice(text: "b", weight: 0, feedback: "*tidak*", feedbackFormat: .markdown)]))
        html.format = .html
        #expect(Grading.feedbackTexts(for: html, response: .choice(index: 0)) == [FormattedText("<b>ya</b>", format: .html)])
        #expect(Grading.feedbackTexts(for: html, response: .choice(index: 1)) == [FormattedText("*tidak*", format: .markdown)])
        #expect(Grading.feedback(for: html, response: .choice(index: 1)) == ["*tidak*"])
    }

    @Test func anOutOfRangePickOrWrongShapeScoresZero() {
        #expect(Grading.fraction(of: capital, response: .choice(index: 9)) == 0)
        #expect(Grading.fraction(of: capital, response: .text("Jakarta")) == 0)
    }

    @Test func anUnansweredQuestionScoresZero() {
        #expect(Grading.fraction(of: capital, response: nil) == 0)
    }

    let values = question(.multipleAnswer([
        Choice(text: "Berorientasi pelayanan", weight: 50), Choice(text: "Akuntabel", weight: 50),
        Choice(text: "Korupsi", weight: -100), Choice(text: "Malas", weight: -50),
    ]))

    @Test func multipleAnswerAddsWeightsAndClampsAtZero() {
        #expect(Grading.fraction(of: values, response: .choices(indexes: [0, 1])) == 1)
        #expect(Grading.fraction(of: values, response: .choices(indexes: [1])) == 0.5)
        #expect(Grading.fraction(of: values, response: .choices(indexes: [0, 1, 3])) == 0.5)
        #expect(Grading.fraction(of: values, response: .choices(indexes: [0, 2])) == 0)
        #expect(Grading.fraction(of: values, response: .choices(indexes: [])) == 0)
    }

    @Test func aChoiceTickedTwiceCountsOnce() {
        #expect(Grading.fraction(of: values, response: .choices(indexes: [0, 0])) == 0.5)
    }

    @Test func multipleAnswerNeverPassesOne() {
        let generous = question(.multipleAnswer([Choice(text: "a", weight: 100), Choice(text: "b", weight: 100)]))
        #expect(Grading.fraction(of: generous, response: .choices(indexes: [0, 1])) == 1)
    }

    @Test func trueFalse() {
        let statement = question(.trueFalse(answer: false, whenWrong: nil, whenRight: nil))
        #expect(Grading.fraction(of: statement, response: .truth(false)) == 1)
        #expect(Grading.fraction(of: statement, response: .truth(true)) == 0)
    }

    let law = question(.shortAnswer([ShortAnswer(text: "UU 20 Tahun 2023"), ShortAnswer(text: "UU ASN", weight: 50),
                                     ShortAnswer(text: "undang-undang*2023", weight: 80)], caseSensitive: false))

    @Test func shortAnswerIgnoresCaseAndSurroundingSpaces() {
        #expect(Grading.fraction(of: law, response: .text("  uu 20 tahun 2023 ")) == 1)
        #expect(Grading.fraction(of: law, response: .text("uu asn")) == 0.5)
        #expect(Grading.fraction(of: law, response: .text("UU 5 Tahun 2014")) == 0)
    }

    @Test func shortAnswerStarMatchesAnyText() {
        #expect(Grading.fraction(of: law, response: .text("Undang-Undang Nomor 20 Tahun 2023")) == 0.8)
        #expect(Grading.fraction(of: law, response: .text("Undang-Undang 2024")) == 0)
    }

    @Test func shortAnswerTreatsRegexCharactersLiterally() {
        let dotted = question(.shortAnswer([ShortAnswer(text: "a.b")], caseSensitive: false))
        #expect(Grading.fraction(of: dotted, response: .text("a.b")) == 1)
        #expect(Grading.fraction(of: dotted, response: .text("axb")) == 0)
    }

    @Test func shortAnswerCanBeCaseSensitive() {
        let acronym = question(.shortAnswer([ShortAnswer(text: "BKN")], caseSensitive: true))
        #expect(Grading.fraction(of: acronym, response: .text("BKN")) == 1)
        #expect(Grading.fraction(of: acronym, response: .text("bkn")) == 0)
    }

    @Test func shortAnswerTakesTheFirstMatchingAnswerAsMoodleDoes() {
        let ordered = question(.shortAnswer([ShortAnswer(text: "*", weight: 20), ShortAnswer(text: "tepat")],
                                            caseSensitive: false))
        #expect(Grading.fraction(of: ordered, response: .text("tepat")) == 0.2)
    }

    let jp = question(.numerical([
        NumericalAnswer(value: .exact(20, tolerance: 0)),
        NumericalAnswer(value: .exact(20, tolerance: 5), weight: 50),
        NumericalAnswer(value: .range(40, 45), weight: 25),
    ]))

    @Test func numericalToleranceIsInclusive() {
        #expect(Grading.fraction(of: jp, response: .number(20)) == 1)
        #expect(Grading.fraction(of: jp, response: .number(25)) == 0.5)
        #expect(Grading.fraction(of: jp, response: .number(15)) == 0.5)
        #expect(Grading.fraction(of: jp, response: .number(25.01)) == 0)
    }

    @Test func numericalRangesAreInclusive() {
        #expect(Grading.fraction(of: jp, response: .number(40)) == 0.25)
        #expect(Grading.fraction(of: jp, response: .number(45)) == 0.25)
        #expect(Grading.fraction(of: jp, response: .number(45.5)) == 0)
    }

    @Test func numericalAbsorbsBinaryRounding() {
        let tenth = question(.numerical([NumericalAnswer(value: .exact(0.3, tolerance: 0))]))
        #expect(Grading.fraction(of: tenth, response: .number(0.1 + 0.2)) == 1)
    }

    let pairs = question(.matching([
        MatchPair(prompt: "BKN", answer: "Kepegawaian"), MatchPair(prompt: "LAN", answer: "Administrasi"),
        MatchPair(prompt: "KASN", answer: "Sistem merit"), MatchPair(prompt: "", answer: "Keuangan"),
    ]))

    @Test func matchingGivesEachPromptAnEqualShare() {
        let right: [String?] = ["Kepegawaian", "Administrasi", "Sistem merit"]
        #expect(Grading.fraction(of: pairs, response: .matching(answers: right)) == 1)
        let oneWrong: [String?] = ["Kepegawaian", "Keuangan", "Sistem merit"]
        #expect(abs(Grading.fraction(of: pairs, response: .matching(answers: oneWrong))! - 2.0 / 3) < 1e-12)
        let partial: [String?] = ["Kepegawaian", nil]
        #expect(abs(Grading.fraction(of: pairs, response: .matching(answers: partial))! - 1.0 / 3) < 1e-12)
    }

    @Test func matchingOffersEachAnswerOnceWithDistractors() {
        let repeated = [MatchPair(prompt: "a", answer: "x"), MatchPair(prompt: "b", answer: "x"),
                        MatchPair(prompt: "", answer: "y")]
        #expect(MatchingOptions.of(repeated) == ["x", "y"])
    }

    @Test func essayIsRecordedNotGraded() {
        let essay = question(.essay)
        #expect(Grading.fraction(of: essay, response: .text("Pendapat saya ...")) == nil)
        #expect(Grading.isAnswerable(essay))
        #expect(!Grading.isGraded(essay))
    }

    @Test func descriptionIsNeitherAnsweredNorGraded() {
        let text = question(.description)
        #expect(Grading.fraction(of: text, response: nil) == nil)
        #expect(!Grading.isAnswerable(text))
    }
}

@Suite struct NumberInputTests {
    @Test(arguments: [("3,5", 3.5), ("3.5", 3.5), (" 20 ", 20), ("1.234,5", 1234.5), ("1,234.5", 1234.5),
                      ("1.000.000", 1_000_000), ("-2,25", -2.25)])
    func readsNumbersAsPeopleTypeThem(_ text: String, _ value: Double) {
        #expect(NumberInput.parse(text) == value)
    }

    @Test(arguments: ["", "dua", "3,5,x"])
    func refusesWhatIsNotANumber(_ text: String) {
        #expect(NumberInput.parse(text) == nil)
    }
}

@Suite struct NumericalAnyOtherTests {
    @Test func anyOtherAnswerMatchesLastWithItsOwnWeight() {
        let withCatchAll = question(.numerical([NumericalAnswer(value: .exact(5, tolerance: 0)),
                                                NumericalAnswer(value: .anyOther, weight: 0)]))
        #expect(Grading.fraction(of: withCatchAll, response: .number(5)) == 1)
        #expect(Grading.fraction(of: withCatchAll, response: .number(6)) == 0)
    }
}

struct AnswerFeedbackTests {
    @Test func choicesGiveTheFeedbackOfWhatWasPicked() {
        let choices = [Choice(text: "A", weight: 100, feedback: "Tepat."), Choice(text: "B", weight: 0, feedback: "Bukan B."),
                       Choice(text: "C", weight: 0)]
        #expect(Grading.feedback(for: question(.multipleChoice(choices)), response: .choice(index: 1)) == ["Bukan B."])
        #expect(Grading.feedback(for: question(.multipleChoice(choices)), response: .choice(index: 2)).isEmpty)
        #expect(Grading.feedback(for: question(.multipleAnswer(choices)), response: .choices(indexes: [1, 0, 1])) == ["Tepat.", "Bukan B."])
    }

    @Test func trueFalseGivesTheRightOrWrongFeedback() {
        let kind = Question.Kind.trueFalse(answer: true, whenWrong: "Salah: ASN wajib.", whenRight: "Benar.")
        #expect(Grading.feedback(for: question(kind), response: .truth(true)) == ["Benar."])
        #expect(Grading.feedback(for: question(kind), response: .truth(false)) == ["Salah: ASN wajib."])
    }

    @Test func shortAnswerGivesTheFeedbackOfTheFirstMatch() {
        let answers = [ShortAnswer(text: "JP", feedback: "Ya, jam pelajaran."),
                       ShortAnswer(text: "jam*", weight: 50, feedback: "Hampir: singkatannya JP."),
                       ShortAnswer(text: "*", weight: 0, feedback: "Lihat modul 1.")]
        let kind = Question.Kind.shortAnswer(answers, caseSensitive: false)
        #expect(Grading.feedback(for: question(kind), response: .text(" jp ")) == ["Ya, jam pelajaran."])
        #expect(Grading.feedback(for: question(kind), response: .text("jam pelatihan")) == ["Hampir: singkatannya JP."])
        #expect(Grading.feedback(for: question(kind), response: .text("entah")) == ["Lihat modul 1."])
    }

    @Test func numericalGivesTheFeedbackOfTheFirstMatchingRange() {
        let answers = [NumericalAnswer(value: .exact(20, tolerance: 0), feedback: "Tepat 20 JP."),
                       NumericalAnswer(value: .range(10, 30), weight: 50, feedback: "Dekat."),
                       NumericalAnswer(value: .anyOther, weight: 0, feedback: "Target tahunan 20 JP.")]
        #expect(Grading.feedback(for: question(.numerical(answers)), response: .number(20)) == ["Tepat 20 JP."])
        #expect(Grading.feedback(for: question(.numerical(answers)), response: .number(25)) == ["Dekat."])
        #expect(Grading.feedback(for: question(.numerical(answers)), response: .number(99)) == ["Target tahunan 20 JP."])
    }

    @Test func aResponseOfAnotherShapeHasNoFeedback() {
        let choices = [Choice(text: "A", weight: 100, feedback: "Tepat.")]
        #expect(Grading.feedback(for: question(.multipleChoice(choices)), response: .text("A")).isEmpty)
    }
}
