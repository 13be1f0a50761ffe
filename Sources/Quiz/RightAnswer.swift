import CourseKit

/// What a fully right answer to a question is, shown after each answer and in the review.
public enum RightAnswer: Sendable, Hashable {
    /// Multiple choice, multiple answer: file indexes of the choices that earn marks.
    case choices([Int])
    case truth(Bool)
    /// Short answer: the accepted answers of the best weight.
    case texts([String])
    /// Numerical: the accepted values of the best weight.
    case numbers([NumericalAnswer.Value])
    /// Matching: the right answer of each prompt, in file order.
    case pairs([MatchPair])
    /// Essay and description: nothing is right or wrong.
    case none

    public init(_ question: Question) {
        switch question.kind {
        case .multipleChoice(let choices):
            let best = choices.map(\.weight).max() ?? 0
            self = .choices(choices.indices.filter { best > 0 && choices[$0].weight == best })
        case .multipleAnswer(let choices):
            self = .choices(choices.indices.filter { choices[$0].weight > 0 })
        case .trueFalse(let answer, _, _):
            self = .truth(answer)
        case .shortAnswer(let answers, _):
            let best = answers.map(\.weight).max() ?? 0
            self = .texts(answers.filter { $0.weight == best && best > 0 }.map(\.text))
        case .numerical(let answers):
            let best = answers.map(\.weight).max() ?? 0
            self = .numbers(answers.filter { $0.weight == best && best > 0 }.map(\.value))
        case .matching(let pairs):
            self = .pairs(pairs.filter { !$0.isDistractor })
        case .essay, .description:
            self = .none
        }
    }
}
