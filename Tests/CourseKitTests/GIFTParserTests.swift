import Testing
import Foundation
@testable import CourseKit

/// One test per GIFT question type and syntax feature, read the way Moodle reads them.
@Suite struct GIFTParserTests {
    let file = URL(fileURLWithPath: "/kursus/kuis.gift")

    func parse(_ source: String) -> GIFTParser.Result { GIFTParser.parse(source, file: file) }

    func only(_ source: String) throws -> Question {
        let result = parse(source)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map { $0.formatted(in: .english) })")
        return try #require(result.questions.count == 1 ? result.questions.first : nil)
    }

    // MARK: Types

    @Test func multipleChoiceWithFeedback() throws {
        let question = try only("Ibu kota Indonesia? {=Jakarta#Tepat ~Bandung#Itu ibu kota Jawa Barat ~Medan}")
        #expect(question.text == "Ibu kota Indonesia?")
        #expect(question.kind == .multipleChoice([
            Choice(text: "Jakarta", weight: 100, feedback: "Tepat"),
            Choice(text: "Bandung", weight: 0, feedback: "Itu ibu kota Jawa Barat"),
            Choice(text: "Medan", weight: 0),
        ]))
    }

    @Test func multipleChoiceWithPartialCredit() throws {
        let question = try only("Pilih {=Benar ~%50%Setengah ~Salah}")
        #expect(question.kind == .multipleChoice([
            Choice(text: "Benar", weight: 100), Choice(text: "Setengah", weight: 50), Choice(text: "Salah", weight: 0),
        ]))
    }

    @Test func multipleAnswerHasNoEqualsSignAndNegativeWeights() throws {
        let question = try only("""
            Mana yang bilangan prima? {
              ~%50%Dua#Ya
              ~%50%Tiga
              ~%-100%Empat#Empat bukan prima
            }
            """)
        #expect(question.kind == .multipleAnswer([
            Choice(text: "Dua", weight: 50, feedback: "Ya"), Choice(text: "Tiga", weight: 50),
            Choice(text: "Empat", weight: -100, feedback: "Empat bukan prima"),
        ]))
    }

    @Test func trueFalseWithItsTwoFeedbacks() throws {
        let question = try only("Matahari terbit dari barat. {F#Coba lagi: dari timur.#Betul, dari timur.}")
        #expect(question.kind == .trueFalse(answer: false, whenWrong: "Coba lagi: dari timur.",
                                            whenRight: "Betul, dari timur."))
        #expect(try only("Air itu basah. {TRUE}").kind == .trueFalse(answer: true, whenWrong: nil, whenRight: nil))
        #expect(try only("Air itu basah. {T}").kind == .trueFalse(answer: true, whenWrong: nil, whenRight: nil))
    }

    @Test func shortAnswerAcceptsSeveralWeightedAnswersCaseInsensitively() throws {
        let question = try only("Siapa presiden pertama RI? {=Soekarno =Sukarno#Ejaan baru =%50%Bung Karno}")
        #expect(question.kind == .shortAnswer([
            ShortAnswer(text: "Soekarno"), ShortAnswer(text: "Sukarno", feedback: "Ejaan baru"),
            ShortAnswer(text: "Bung Karno", weight: 50),
        ], caseSensitive: false))
    }

    @Test func numericalWithToleranceRangeAndWeights() throws {
        #expect(try only("Pi? {#3.14:0.01}").kind == .numerical([NumericalAnswer(value: .exact(3.14, tolerance: 0.01))]))
        #expect(try only("Antara? {#1..5}").kind == .numerical([NumericalAnswer(value: .range(1, 5))]))
        let several = try only("Tahun? {# =1945#Tepat =%50%1945:5#Hampir ~#Jauh sekali}")
        #expect(several.kind == .numerical([
            NumericalAnswer(value: .exact(1945, tolerance: 0), feedback: "Tepat"),
            NumericalAnswer(value: .exact(1945, tolerance: 5), weight: 50, feedback: "Hampir"),
            NumericalAnswer(value: .anyOther, weight: 0, feedback: "Jauh sekali"),
        ]))
        #expect(try only("Negatif? {#-5..-1}").kind == .numerical([NumericalAnswer(value: .range(-5, -1))]))
    }

    @Test func matchingWithADistractor() throws {
        let question = try only("""
            Pasangkan. {
              =Jawa Barat -> Bandung
              =Jawa Timur -> Surabaya
              = -> Makassar
            }
            """)
        #expect(question.kind == .matching([
            MatchPair(prompt: "Jawa Barat", answer: "Bandung"), MatchPair(prompt: "Jawa Timur", answer: "Surabaya"),
            MatchPair(prompt: "", answer: "Makassar"),
        ]))
    }

    @Test func essayAndDescription() throws {
        let essay = try only("Ceritakan pengalaman Anda. {####Jawaban yang baik menyebut contoh.}")
        #expect(essay.kind == .essay)
        #expect(essay.generalFeedback == "Jawaban yang baik menyebut contoh.")
        let description = try only("::Bacaan:: Bacalah teks berikut dengan saksama.")
        #expect(description.kind == .description)
        #expect(description.text == "Bacalah teks berikut dengan saksama.")
    }

    // MARK: Syntax

    @Test func titlesBecomeIdsAndUntitledQuestionsArePositional() {
        let result = parse("::Ibu Kota Négara:: A? {T}\n\nB? {F}\n\n::!!!:: C? {T}")
        #expect(result.questions.map(\.id) == ["ibu-kota-negara", "q2", "q3"])
        #expect(result.questions.map(\.title) == ["Ibu Kota Négara", nil, "!!!"])
    }

    @Test func commentsAreIgnoredAndLinesAreCounted() {
        let result = parse("// pembuka\n\n// tentang air\nAir itu basah.\n// catatan di tengah\n{T}\n\n\nB? {F}")
        #expect(result.questions.map(\.line) == [4, 9])
        #expect(result.questions.first?.text == "Air itu basah.")
    }

    @Test func categoryLinesApplyToTheQuestionsAfterThem() {
        let result = parse("A? {T}\n\n$CATEGORY: $course$/Etika\n\nB? {T}\n\nC? {F}")
        #expect(result.questions.map(\.category) == [nil, "$course$/Etika", "$course$/Etika"])
    }

    @Test func formatTagsSetTheFormatAndAreRemoved() throws {
        let question = try only("::T::[markdown]Apa **ini**? {=[plain]itu}")
        #expect(question.format == .markdown)
        #expect(question.text == "Apa **ini**?")
        #expect(question.kind == .shortAnswer([ShortAnswer(text: "itu")], caseSensitive: false))
        #expect(try only("[html]<b>Ya</b>? {T}").format == .html)
        #expect(try only("Biasa? {T}").format == .moodle)
    }

    @Test func generalFeedbackIsTakenFromTheLastFourHashes() throws {
        let question = try only("A? {=ya ~tidak ####Ingat: ya.}")
        #expect(question.generalFeedback == "Ingat: ya.")
        #expect(question.kind == .multipleChoice([Choice(text: "ya", weight: 100), Choice(text: "tidak", weight: 0)]))
    }

    @Test func escapesAreLiteralCharacters() throws {
        let question = try only(##"Tulis \{a\} \= b\: c \~ d \# e\\f\ng? {=x\=1 ~y\#2 ~z\~3}"##)
        #expect(question.text == "Tulis {a} = b: c ~ d # e\\f\ng?")
        #expect(question.kind == .multipleChoice([
            Choice(text: "x=1", weight: 100), Choice(text: "y#2", weight: 0), Choice(text: "z~3", weight: 0),
        ]))
    }

    @Test func answersInTheMiddleAreAMissingWord() throws {
        let question = try only("Pancasila memiliki {=lima ~empat} sila.")
        #expect(question.text == "Pancasila memiliki _____ sila.")
    }

    @Test func questionsMaySpanLines() throws {
        let question = try only("Pilih\nsatu. {\n=a\n~b\n}")
        #expect(question.text == "Pilih\nsatu.")
        #expect(question.line == 1)
    }

    // MARK: Errors, each with its line and column

    func problem(_ source: String) -> Diagnostic? { parse(source).diagnostics.first }

    @Test func unclosedBraceIsAnErrorAtTheBrace() {
        let diagnostic = problem("A? {T}\n\nB?\n  Pilih {=a ~b\n\nC? {T}")
        #expect(diagnostic?.message.key == .giftUnclosedBrace)
        #expect(diagnostic?.line == 4 && diagnostic?.column == 9)
        #expect(parse("A? {T}\n\nB?\n  Pilih {=a ~b\n\nC? {T}").questions.count == 2)
    }

    @Test func closingBraceWithoutOpeningIsAnError() {
        #expect(problem("A? =a ~b}")?.message.key == .giftUnopenedBrace)
        #expect(problem("A? } {=a ~b}")?.message.key == .giftUnopenedBrace)
    }

    @Test func twoAnswerBlocksMeanAMissingBlankLine() {
        let diagnostic = problem("A? {T}\nB? {F}")
        #expect(diagnostic?.message.key == .giftSecondAnswerBlock)
        #expect(diagnostic?.line == 2)
    }

    @Test func multipleChoiceWithoutARightAnswerIsAnError() {
        let diagnostic = problem("\nA? {~a ~b ~c}")
        #expect(diagnostic?.message.key == .giftNoRightAnswer)
        #expect(diagnostic?.line == 2)
    }

    @Test func multipleAnswerWeightsMustTotal100() {
        let diagnostic = problem("A? {~%50%a ~%30%b ~c}")
        #expect(diagnostic?.message.key == .giftWeightsNot100)
        #expect(diagnostic?.message.arguments == ["80"])
        #expect(problem("A? {~%50%a ~%60%b ~c}")?.message.arguments == ["110"])
    }

    @Test func multipleChoiceNeedsTwoChoices() {
        #expect(problem("A? {~a}")?.message.key == .giftTooFewChoices)
    }

    @Test func matchingNeedsTwoPairsWithArrows() {
        #expect(problem("A? {=a -> b = -> c}")?.message.key == .giftMatchingTooFewPairs)
        let noArrow = problem("A? {=a -> b\n=c d}")
        #expect(noArrow?.message.key == .giftMatchingNoArrow)
        #expect(noArrow?.line == 2 && noArrow?.column == 2)
    }

    @Test func numericalAnswersMustBeNumbers() {
        let diagnostic = problem("Berapa? {#2,5:0.1}")
        #expect(diagnostic?.message.key == .giftNotANumber)
        #expect(diagnostic?.message.arguments == ["2,5"])
        #expect(diagnostic?.column == 11)
        #expect(problem("Berapa? {#1..lima}")?.message.arguments == ["lima"])
        #expect(problem("Berapa? {#}")?.message.key == .giftNoAnswer)
    }

    @Test func weightsMustBePercentages() {
        #expect(problem("A? {~%abc%a ~%100%b}")?.message.key == .giftBadWeight)
        #expect(problem("A? {=%150%a}")?.message.arguments == ["%150%"])
    }

    @Test func repeatedIdsAreWarningsAndGetASuffix() {
        let result = parse("::Sama:: A? {T}\n\n::sama:: B? {F}")
        #expect(result.questions.map(\.id) == ["sama", "sama-2"])
        let diagnostic = result.diagnostics.first
        #expect(diagnostic?.severity == .warning)
        #expect(diagnostic?.message.key == .giftDuplicateQuestionId)
        #expect(diagnostic?.message.arguments == ["sama", "1", "sama-2"])
        #expect(diagnostic?.line == 3)
    }

    @Test func lowercaseTrueIsAShortAnswerWithAWarning() throws {
        let result = parse("Air basah? {true}")
        #expect(result.questions.first?.kind == .shortAnswer([ShortAnswer(text: "true")], caseSensitive: false))
        #expect(result.diagnostics.map(\.severity) == [.warning])
        #expect(result.diagnostics.first?.message.key == .giftLowercaseTrueFalse)
    }
}
