import Basics
import CourseKit
import FoundationEssentials

/// Moodle's grading of each GIFT kind, so a question bank scores the same here as there.
public enum Grading {
    /// The part of the question's mark earned, or nil for a question that is not graded
    /// (essay: recorded for a person to read; description: no answer at all).
    /// As in Moodle, a single-answer question gives the chosen answer's weight, negative ones
    /// included (`qtype_multichoice_single_question::grade_response`; its lowest mark is its
    /// lowest weight), while every other kind scores 0...1 (`qtype_multichoice_multi_question`
    /// clamps the sum of the ticked weights at 0).
    public static func fraction(of question: Question, response: Response?) -> Double? {
        guard isGraded(question) else { return nil }
        guard let response else { return 0 }
        let raw = raw(question.kind, response)
        if case .multipleChoice = question.kind { return min(1, max(-1, raw)) }
        return clamp(raw)
    }

    public static func isGraded(_ question: Question) -> Bool {
        switch question.kind {
        case .essay, .description: false
        default: true
        }
    }

    /// Does the question take an answer at all?
    public static func isAnswerable(_ question: Question) -> Bool {
        if case .description = question.kind { return false }
        return true
    }

    private static func raw(_ kind: Question.Kind, _ response: Response) -> Double {
        switch (kind, response) {
        case (.multipleChoice(let choices), .choice(let index)):
            return choices.indices.contains(index) ? choices[index].weight / 100 : 0
        case (.multipleAnswer(let choices), .choices(let indexes)):
            return Set(indexes).filter(choices.indices.contains).reduce(0) { $0 + choices[$1].weight / 100 }
        case (.trueFalse(let answer, _, _), .truth(let given)):
            return answer == given ? 1 : 0
        case (.shortAnswer(let answers, let caseSensitive), .text(let text)):
            return (answers.first { ShortAnswerMatch.matches(text, $0.text, caseSensitive: caseSensitive) }?.weight ?? 0) / 100
        case (.numerical(let answers), .number(let value)):
            return (answers.first { contains($0.value, value) }?.weight ?? 0) / 100
        case (.matching(let pairs), .matching(let given)):
            return matchingFraction(pairs, given)
        default:
            return 0
        }
    }

    private static func clamp(_ fraction: Double) -> Double { min(1, max(0, fraction)) }

    /// The feedback the trainer wrote for the answer given (GIFT's `#...` after an answer, the
    /// first matching one for short answers and numbers, as Moodle shows it). The general
    /// feedback (`####`) is not included: it goes with every answer.
    public static func feedback(for question: Question, response: Response) -> [String] {
        feedbackTexts(for: question, response: response).map(\.text)
    }

    /// `feedback(for:response:)` with the format each feedback is to be shown in.
    public static func feedbackTexts(for question: Question, response: Response) -> [FormattedText] {
        let shown = { (text: String?, format: TextFormat?) in text.map { FormattedText($0, format: question.format(format)) } }
        switch (question.kind, response) {
        case (.multipleChoice(let choices), .choice(let index)):
            return [choices.indices.contains(index) ? shown(choices[index].feedback, choices[index].feedbackFormat) : nil]
                .compactMap { $0 }
        case (.multipleAnswer(let choices), .choices(let indexes)):
            return Set(indexes).sorted().filter(choices.indices.contains).compactMap { shown(choices[$0].feedback, choices[$0].feedbackFormat) }
        case (.trueFalse(let answer, let whenWrong, let whenRight), .truth(let given)):
            return [answer == given ? shown(whenRight, question.whenRightFormat) : shown(whenWrong, question.whenWrongFormat)]
                .compactMap { $0 }
        case (.shortAnswer(let answers, let caseSensitive), .text(let text)):
            let matched = answers.first { ShortAnswerMatch.matches(text, $0.text, caseSensitive: caseSensitive) }
            return [shown(matched?.feedback, matched?.feedbackFormat)].compactMap { $0 }
        case (.numerical(let answers), .number(let value)):
            let matched = answers.first { contains($0.value, value) }
            return [shown(matched?.feedback, matched?.feedbackFormat)].compactMap { $0 }
        default:
            return []
        }
    }

    /// The tolerance is inclusive; a hair of slack absorbs binary rounding (`0.1 + 0.2`).
    private static func contains(_ accepted: NumericalAnswer.Value, _ value: Double) -> Bool {
        let slack = 1e-9
        switch accepted {
        case .exact(let target, let tolerance): return abs(value - target) <= abs(tolerance) + slack
        case .range(let low, let high): return min(low, high) - slack <= value && value <= max(low, high) + slack
        case .anyOther: return true
        }
    }

    /// Each prompt is worth the same; distractors only make choosing harder.
    private static func matchingFraction(_ pairs: [MatchPair], _ given: [String?]) -> Double {
        let prompts = pairs.filter { !$0.isDistractor }
        guard !prompts.isEmpty else { return 0 }
        let right = prompts.enumerated().filter { index, pair in
            given.indices.contains(index) && given[index] == pair.answer
        }.count
        return Double(right) / Double(prompts.count)
    }
}

/// Moodle's short-answer comparison: surrounding spaces ignored, `*` matches any text.
enum ShortAnswerMatch {
    static func matches(_ given: String, _ accepted: String, caseSensitive: Bool) -> Bool {
        let fold = { (text: String) in caseSensitive ? text.trimmed : text.trimmed.lowercased() }
        let (text, pattern) = (fold(given), fold(accepted))
        guard pattern.contains("*") else { return text == pattern }
        return wildcardMatch(Array(text), pattern.split(separator: "*", omittingEmptySubsequences: false).map(Array.init))
    }

    /// Whether `text` is the pieces in order with anything between them (the `*`s): each piece
    /// is taken at its first place after the last, the leftmost match a `.*` regex finds.
    private static func wildcardMatch(_ text: [Character], _ pieces: [[Character]]) -> Bool {
        guard let first = pieces.first, let last = pieces.last, pieces.count >= 2 else { return text == pieces.first ?? [] }
        guard text.count >= first.count + last.count, text.starts(with: first), text.reversed().starts(with: last.reversed())
        else { return false }
        var position = first.count
        let end = text.count - last.count
        for piece in pieces.dropFirst().dropLast() where !piece.isEmpty {
            guard let found = firstIndex(of: piece, in: text, from: position, before: end) else { return false }
            position = found + piece.count
        }
        return true
    }

    private static func firstIndex(of piece: [Character], in text: [Character], from start: Int, before end: Int) -> Int? {
        guard end - start >= piece.count else { return nil }
        return (start...(end - piece.count)).first { text[$0..<$0 + piece.count].elementsEqual(piece) }
    }
}
