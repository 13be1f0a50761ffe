import CourseKit
import Testing
@testable import Quiz

@Suite struct ScoringTests {
    let questions = [
        question(.trueFalse(answer: true, whenWrong: nil, whenRight: nil), id: "a"),
        question(.multipleChoice([Choice(text: "x", weight: 100), Choice(text: "y", weight: 50)]), id: "b"),
        question(.essay, id: "c"),
        question(.description, id: "d"),
        question(.numerical([NumericalAnswer(value: .exact(7, tolerance: 0))]), id: "e"),
    ]

    @Test func eachGradedQuestionIsWorthOneMark() {
        let score = QuizScore(questions: questions, responses: ["a": .truth(true), "b": .choice(index: 1),
                                                                "c": .text("esai")])
        #expect(score.possible == 3)
        #expect(score.earned == 1.5)
        #expect(score.percent == 50)
    }

    @Test func aQuizOfEssaysOnlyCannotBeFailed() {
        let score = QuizScore(questions: [question(.essay)], responses: [:])
        #expect(score.possible == 0)
        #expect(score.percent == 100)
    }

    @Test func passingIsAtOrAboveThePassMark() {
        let rules = AttemptRules(CompletionRule(passMark: 50, maxAttempts: 0))
        let half = QuizScore(questions: questions, responses: ["a": .truth(true), "b": .choice(index: 1)])
        #expect(rules.passes(half))
        let less = QuizScore(questions: questions, responses: ["a": .truth(true)])
        #expect(!rules.passes(less))
    }

    @Test func aScoreShownAsThePassMarkPasses() {
        let thirds = [question(.trueFalse(answer: true, whenWrong: nil, whenRight: nil), id: "a"),
                      question(.trueFalse(answer: true, whenWrong: nil, whenRight: nil), id: "b"),
                      question(.trueFalse(answer: true, whenWrong: nil, whenRight: nil), id: "c")]
        let twoOfThree = QuizScore(questions: thirds, responses: ["a": .truth(true), "b": .truth(true)])
        #expect(AttemptRules(CompletionRule(passMark: 66.67, maxAttempts: 0)).passes(twoOfThree))
        #expect(!AttemptRules(CompletionRule(passMark: 66.68, maxAttempts: 0)).passes(twoOfThree))
    }

    @Test func maxAttemptsLimitsStartsAndZeroMeansUnlimited() {
        let twice = AttemptRules(CompletionRule(passMark: 70, maxAttempts: 2))
        #expect(twice.mayStart(attemptsMade: 0))
        #expect(twice.mayStart(attemptsMade: 1))
        #expect(!twice.mayStart(attemptsMade: 2))
        #expect(AttemptRules(CompletionRule()).mayStart(attemptsMade: 1000))
    }
}
