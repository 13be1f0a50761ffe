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
        case .multipleChoice(let choices), .multipleAnswer(let choices):
            return ActivityDefinition(interactionType: "choice", choices: components(choices.map(\.text), choiceID))
        case .trueFalse:
            return ActivityDefinition(interactionType: "true-false")
        case .shortAnswer:
            return ActivityDefinition(interactionType: "fill-in")
        case .numerical:
            return ActivityDefinition(interactionType: "numeric")
        case .matching(let pairs):
            return ActivityDefinition(interactionType: "matching",
                                      source: components(prompts(pairs), sourceID),
                                      target: components(MatchingOptions.of(pairs), targetID))
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
        case .number(let value): return value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
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

    private static func prompts(_ pairs: [MatchPair]) -> [String] { pairs.filter { !$0.isDistractor }.map(\.prompt) }
    private static func choiceID(_ index: Int) -> String { "c\(index)" }
    private static func sourceID(_ index: Int) -> String { "s\(index)" }
    private static func targetID(_ index: Int) -> String { "t\(index)" }
}
