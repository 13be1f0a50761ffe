import CourseKit
import Testing
@testable import Quiz

@Suite struct AnswerOrderTests {
    static func choices(_ count: Int) -> Question {
        Question(id: "q", text: "?", kind: .multipleChoice((0..<count).map { Choice(text: "\($0)", weight: $0 == 0 ? 100 : 0) }), line: 1)
    }

    @Test func everyOrderIsAPermutationAndTheSameForTheSameSeed() {
        for seed in UInt64(0)..<200 {
            let order = AnswerOrder.of(Self.choices(5), seed: seed)
            #expect(order.sorted() == [0, 1, 2, 3, 4])
            #expect(AnswerOrder.of(Self.choices(5), seed: seed) == order)
        }
    }

    /// Fixed values: a stored seed must give the same order in every later version.
    @Test func theOrderOfASeedNeverChanges() {
        #expect(AnswerOrder.permutation(6, seed: 1) == [0, 1, 3, 2, 4, 5])
        #expect(AnswerOrder.permutation(6, seed: 0x5EED_0F_A77E_3F7) == [5, 3, 4, 2, 1, 0])
    }

    @Test func theRightAnswerLandsEverywhereAboutEqually() {
        var first = [0, 0, 0, 0]
        for seed in UInt64(0)..<4000 { first[AnswerOrder.of(Self.choices(4), seed: seed &* 0x9E37_79B9)[0]] += 1 }
        #expect(first.allSatisfy { 800 < $0 && $0 < 1200 }, "\(first)")
    }

    @Test func questionsOfOneAttemptGetOrdersOfTheirOwn() {
        var other = Self.choices(6)
        other.id = "q2"
        let orders = (UInt64(1)...20).filter { AnswerOrder.of(Self.choices(6), seed: $0) != AnswerOrder.of(other, seed: $0) }
        #expect(orders.count > 15)
    }

    @Test func trueFalseAndNoSeedKeepTheFileOrder() {
        let truth = Question(id: "t", text: "?", kind: .trueFalse(answer: false, whenWrong: nil, whenRight: nil), line: 1)
        #expect(AnswerOrder.of(truth, seed: 123) == [0, 1])
        #expect(AnswerOrder.of(Self.choices(5), seed: nil) == [0, 1, 2, 3, 4])
    }

    @Test func matchingShufflesItsDistinctAnswers() {
        let pairs = [MatchPair(prompt: "a", answer: "1"), MatchPair(prompt: "b", answer: "2"), MatchPair(prompt: "", answer: "3")]
        let matching = Question(id: "m", text: "?", kind: .matching(pairs), line: 1)
        #expect(AnswerOrder.of(matching, seed: 5).sorted() == [0, 1, 2])
    }
}

@Suite struct VerdictTests {
    @Test func withinOneTenMillionthOfFullMarksIsRight() {
        #expect(Verdict.of(0.9999999999) == .right)
        #expect(Verdict.of(1) == .right)
        #expect(Verdict.of(0.9999) == .partial(0.9999))
        #expect(Verdict.of(0) == .wrong)
        #expect(Verdict.of(0.00000001) == .wrong)
    }

    @Test func theReviewCountsRightWrongAndPending() {
        let questions = [
            AnswerOrderTests.choices(3),
            Question(id: "e", text: "?", kind: .essay, line: 2),
            Question(id: "d", text: "!", kind: .description, line: 3),
            Question(id: "s", text: "?", kind: .shortAnswer([ShortAnswer(text: "JP")], caseSensitive: false), line: 4),
        ]
        let review = AttemptReview(questions: questions, responses: ["q": .choice(index: 0), "e": .text("x")])
        #expect(review.rows.map(\.question.id) == ["q", "e", "s"])
        #expect((review.right, review.wrong, review.pending) == (1, 1, 1))
    }

    @Test func theRightAnswerOfEachKind() {
        #expect(RightAnswer(AnswerOrderTests.choices(3)) == .choices([0]))
        let numbers = Question(id: "n", text: "?", kind: .numerical([NumericalAnswer(value: .range(1, 5)),
                                                                   NumericalAnswer(value: .exact(3, tolerance: 0), weight: 50)]), line: 1)
        #expect(RightAnswer(numbers) == .numbers([.range(1, 5)]))
        let texts = Question(id: "s", text: "?", kind: .shortAnswer([ShortAnswer(text: "mentoring"), ShortAnswer(text: "coaching", weight: 50)],
                                                                    caseSensitive: false), line: 1)
        #expect(RightAnswer(texts) == .texts(["mentoring"]))
        #expect(RightAnswer(Question(id: "e", text: "?", kind: .essay, line: 1)) == .none)
    }

    @Test func attemptsLeftAreCountedInOnePlace() {
        let limited = AttemptRules(CompletionRule(maxAttempts: 3))
        #expect(limited.attemptsLeft(attemptsMade: 1) == 2)
        #expect(limited.attemptsLeft(attemptsMade: 5) == 0)
        #expect(AttemptRules(CompletionRule()).attemptsLeft(attemptsMade: 9) == nil)
    }
}
