import CourseKit
import Quiz

/// How each GIFT kind is described to an LRS as an xAPI interaction, and how a learner's
/// response is written in xAPI's response syntax (`c0[,]c2`, `s0[.]t1[,]s1[.]t0`).
public enum Interaction {
    public static func definition(of question: Question, language: String) -> ActivityDefinition {
        func components(_ texts: [String], _ id: (Int) -> String) -> [InteractionComponent] {
            texts.enumerated().map { InteractionComponent(id: id($0.offset), description: [language: $0.element]) }
        }
        switch question.kind {
        case .multipleChoice(let choices):
            let best = choices.map(\.weight).max() ?? 0
            return ActivityDefinition(interactionType: "choice",
                                      correctResponsesPattern: choices.indices.filter { choices[$0].weight == best }.map(choiceID),
                                      choices: components(choices.map(\.text), choiceID))
        case .multipleAnswer(let choices):
            let right = choices.indices.filter { choices[$0].weight > 0 }.map(choiceID).joined(separator: "[,]")
            return ActivityDefinition(interactionType: "choice", correctResponsesPattern: [right],
                                      choices: components(choices.map(\.text), choiceID))
        case .trueFalse(let answer, _, _):
            return ActivityDefinition(interactionType: "true-false", correctResponsesPattern: [answer ? "true" : "false"])
        case .shortAnswer(let answers, let caseSensitive):
            let best = answers.map(\.weight).max() ?? 0
            return ActivityDefinition(interactionType: "fill-in", correctResponsesPattern: answers.filter { $0.weight == best }
                .map { "{case_matters=\(caseSensitive)}\($0.text)" })
        case .numerical(let answers):
            return ActivityDefinition(interactionType: "numeric",
                                      correctResponsesPattern: answers.filter { $0.weight == 100 }.compactMap(numericRange))
        case .matching(let pairs):
            let options = MatchingOptions.of(pairs)
            let right = pairs.filter { !$0.isDistractor }.enumerated().compactMap { index, pair in
                options.firstIndex(of: pair.answer).map { "\(sourceID(index))[.]\(targetID($0))" }
            }.joined(separator: "[,]")
            return ActivityDefinition(interactionType: "matching", correctResponsesPattern: [right],
                                      source: components(prompts(pairs), sourceID),
                                      target: components(options, targetID))
        case .essay:
            return ActivityDefinition(interactionType: "long-fill-in")
        case .description:
            return ActivityDefinition(interactionType: "other")
        }
    }

    public static func response(_ response: Response, to question: Question) -> String {
        switch response {
        case .choice(let index): return choiceID(index)
        case .choices(let indexes): return indexes.sorted().map(choiceID).joined(separator: "[,]")
        case .truth(let value): return value ? "true" : "false"
        case .text(let text): return text
        case .number(let value): return number(value)
        case .matching(let answers): return matchingResponse(answers, question)
        }
    }

    private static func matchingResponse(_ answers: [String?], _ question: Question) -> String {
        guard case .matching(let pairs) = question.kind else { return "" }
        let options = MatchingOptions.of(pairs)
        return answers.enumerated().compactMap { index, answer in
            guard let answer, let target = options.firstIndex(of: answer) else { return nil }
            return "\(sourceID(index))[.]\(targetID(target))"
        }.joined(separator: "[,]")
    }

    /// xAPI's numeric pattern is `min[:]max`; an exact answer is its tolerance band.
    private static func numericRange(_ answer: NumericalAnswer) -> String? {
        switch answer.value {
        case .exact(let value, let tolerance): "\(number(value - tolerance))[:]\(number(value + tolerance))"
        case .range(let low, let high): "\(number(low))[:]\(number(high))"
        case .anyOther: nil
        }
    }

    private static func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    private static func prompts(_ pairs: [MatchPair]) -> [String] { pairs.filter { !$0.isDistractor }.map(\.prompt) }
    private static func choiceID(_ index: Int) -> String { "c\(index)" }
    private static func sourceID(_ index: Int) -> String { "s\(index)" }
    private static func targetID(_ index: Int) -> String { "t\(index)" }
}
