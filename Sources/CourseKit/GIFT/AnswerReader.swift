import FoundationEssentials
import Localization

/// Decides a question's type from its answer text in Moodle's order (numerical, multiple
/// choice, matching, true/false, short answer) and reads the answers of that type.
struct AnswerReader {
    /// The question text's format: every answer and feedback without a tag of its own has it.
    let format: TextFormat

    func kind(_ answers: GIFTText?, _ reader: inout QuestionReader) -> Question.Kind? {
        guard let answers else { return .description }
        if answers.isEmpty { return .essay }
        if answers.first == "#" { return numerical(answers.dropFirst(), &reader) }
        if answers.contains("~") { return choices(answers, &reader) }
        if answers.contains("="), answers.contains("->") { return matching(answers, &reader) }
        let bare = answers.firstIndex(of: "#").map { answers.prefix(upTo: $0).trimmed() } ?? answers
        if ["T", "TRUE", "F", "FALSE"].contains(bare.string) { return trueFalse(answers, &reader) }
        if ["t", "true", "f", "false"].contains(bare.string.lowercased()) {
            reader.report(.giftLowercaseTrueFalse, bare.string, at: bare, severity: .warning)
        }
        return shortAnswer(answers, &reader)
    }

    // MARK: Types

    /// Without any `=`, Moodle makes it a multiple-answer question whose weights must total 100%.
    private func choices(_ answers: GIFTText, _ reader: inout QuestionReader) -> Question.Kind? {
        let single = answers.contains("=")
        let pieces = Self.pieces(answers, separators: ["~", "="])
        guard pieces.count >= 2 else {
            reader.report(.giftTooFewChoices, at: answers)
            return nil
        }
        var choices: [Choice] = []
        for piece in pieces {
            var text = piece.text
            var weight = 0.0
            if piece.separator == "=" {
                weight = 100
            } else if let parsed = Self.weight(&text, &reader) {
                weight = parsed
            } else if reader.diagnostics.hasErrors {
                return nil
            }
            let (answer, feedback) = withFeedback(text)
            choices.append(Choice(text: answer.text, weight: weight, feedback: feedback?.text,
                                  format: answer.own, feedbackFormat: feedback?.own))
        }
        if single { return .multipleChoice(choices) }
        let total = choices.map(\.weight).filter { $0 > 0 }.reduce(0, +)
        if total == 0 {
            reader.report(.giftNoRightAnswer, at: answers)
            return nil
        }
        if abs(total - 100) > 0.01 {
            reader.report(.giftWeightsNot100, Self.percent(total), at: answers)
            return nil
        }
        return .multipleAnswer(choices)
    }

    private func matching(_ answers: GIFTText, _ reader: inout QuestionReader) -> Question.Kind? {
        var pairs: [MatchPair] = []
        for piece in Self.pieces(answers, separators: ["="]) {
            guard let arrow = piece.text.firstIndex(of: "->") else {
                reader.report(.giftMatchingNoArrow, piece.text.string, at: piece.text)
                return nil
            }
            let prompt = TaggedText(piece.text.prefix(upTo: arrow), default: format)
            pairs.append(MatchPair(prompt: prompt.text, answer: piece.text.suffix(from: arrow + 2).trimmed().string,
                                   promptFormat: prompt.own))
        }
        let prompts = pairs.filter { !$0.isDistractor }.count
        guard prompts >= 2 else {
            reader.report(.giftMatchingTooFewPairs, String(prompts), at: answers)
            return nil
        }
        return .matching(pairs)
    }

    private func trueFalse(_ answers: GIFTText, _ reader: inout QuestionReader) -> Question.Kind {
        let bits = answers.split(on: "#", limit: 3)
        let feedback = { (index: Int) -> TaggedText? in
            index < bits.count ? TaggedText(bits[index], default: format).nonEmpty : nil
        }
        let answer = ["T", "TRUE"].contains(bits[0].trimmed().string)
        reader.trueFalseFormats = (feedback(1)?.own, feedback(2)?.own)
        return .trueFalse(answer: answer, whenWrong: feedback(1)?.text, whenRight: feedback(2)?.text)
    }

    private func shortAnswer(_ answers: GIFTText, _ reader: inout QuestionReader) -> Question.Kind? {
        var accepted: [ShortAnswer] = []
        for piece in Self.pieces(answers, separators: ["="]) {
            var text = piece.text
            let weight = Self.weight(&text, &reader) ?? 100
            let (answer, feedback) = withFeedback(text)
            accepted.append(ShortAnswer(text: answer.text, weight: weight, feedback: feedback?.text,
                                        feedbackFormat: feedback?.own))
        }
        if reader.diagnostics.hasErrors { return nil }
        guard !accepted.isEmpty else {
            reader.report(.giftNoAnswer, at: answers)
            return nil
        }
        return .shortAnswer(accepted, caseSensitive: false)
    }

    /// `{#value:tolerance}`, `{#min..max}`, several `=%w%` answers, and `~` feedback for any other.
    private func numerical(_ answers: GIFTText, _ reader: inout QuestionReader) -> Question.Kind? {
        var body = answers
        var otherwise: GIFTText?
        if let tilde = answers.firstIndex(of: "~") {
            body = answers.prefix(upTo: tilde)
            otherwise = answers.suffix(from: tilde + 1)
        }
        var values: [NumericalAnswer] = []
        for piece in Self.pieces(body, separators: ["="]) {
            var text = piece.text
            let weight = Self.weight(&text, &reader) ?? 100
            guard let parsed = NumberReader.answer(text, weight: weight, format: format, &reader) else { return nil }
            values.append(parsed)
        }
        if reader.diagnostics.hasErrors { return nil }
        guard !values.isEmpty else {
            reader.report(.giftNoAnswer, at: answers)
            return nil
        }
        if let otherwise {
            let feedback = withFeedback(otherwise).feedback
            values.append(NumericalAnswer(value: .anyOther, weight: 0, feedback: feedback?.text, feedbackFormat: feedback?.own))
        }
        return .numerical(values)
    }

    // MARK: Pieces

    struct Piece {
        /// The character that started this piece (`~` or `=`), nil for text before the first.
        var separator: Character?
        var text: GIFTText
    }

    /// Splits at each separator, keeping which one started each piece; empty text before the
    /// first separator is dropped, as Moodle drops an empty first `explode` piece.
    static func pieces(_ text: GIFTText, separators: [Character]) -> [Piece] {
        var pieces: [Piece] = []
        var start = text.range.lowerBound
        var separator: Character?
        for index in text.range where separators.contains(text.characters[index]) {
            pieces.append(Piece(separator: separator, text: text.slice(start..<index).trimmed()))
            separator = text.characters[index]
            start = index + 1
        }
        pieces.append(Piece(separator: separator, text: text.slice(start..<text.range.upperBound).trimmed()))
        if let first = pieces.first, first.separator == nil, first.text.isEmpty { pieces.removeFirst() }
        return pieces
    }

    /// Reads a leading `%50%` (`%-25%`, `%33.333%`) and removes it from `text`; nil when absent.
    /// A weight must be one of Moodle's fractions (`MoodleFractions`), which it is then set to.
    static func weight(_ text: inout GIFTText, _ reader: inout QuestionReader) -> Double? {
        guard text.first == "%", let end = text.dropFirst().firstIndex(of: "%") else { return nil }
        let written = text.slice(text.range.lowerBound + 1..<end).string
        let place = text
        // Taken off even when refused, so the answer after it reads on without a second error.
        text = text.suffix(from: end + 1)
        guard let weight = Double(written), (-100...100).contains(weight) else {
            reader.report(.giftBadWeight, "%\(written)%", at: place)
            return nil
        }
        guard let allowed = MoodleFractions.allowed(weight) else {
            let nearest = MoodleFractions.nearest(weight).map { "%" + MoodleFractions.written($0) + "%" }
            reader.report(.giftWeightNotMoodle, "%\(written)%", nearest.joined(separator: ", "), at: place)
            return nil
        }
        return allowed
    }

    /// `answer#feedback`, as Moodle's `commentparser`; each part may carry its own format tag.
    func withFeedback(_ text: GIFTText) -> (answer: TaggedText, feedback: TaggedText?) {
        let bits = text.split(on: "#", limit: 2)
        let feedback = bits.count > 1 ? TaggedText(bits[1], default: format).nonEmpty : nil
        return (TaggedText(bits[0], default: format), feedback)
    }

    static func percent(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : Readable.fixed(value, places: 2)
    }
}

/// The number part of a numerical answer, as Moodle's numerical case reads it.
enum NumberReader {
    static func answer(_ text: GIFTText, weight: Double, format: TextFormat,
                       _ reader: inout QuestionReader) -> NumericalAnswer? {
        let bits = text.split(on: "#", limit: 2)
        let feedback = bits.count > 1 ? TaggedText(bits[1], default: format).nonEmpty : nil
        let written = bits[0].trimmed()
        guard let value = value(written, &reader) else { return nil }
        return NumericalAnswer(value: value, weight: weight, feedback: feedback?.text, feedbackFormat: feedback?.own)
    }

    private static func value(_ written: GIFTText, _ reader: inout QuestionReader) -> NumericalAnswer.Value? {
        if let dots = written.firstIndex(of: ".."), dots > written.range.lowerBound {
            guard let low = number(written.prefix(upTo: dots), &reader),
                  let high = number(written.suffix(from: dots + 2), &reader) else { return nil }
            return .range(min(low, high), max(low, high))
        }
        if let colon = written.firstIndex(of: ":"), colon > written.range.lowerBound {
            guard let value = number(written.prefix(upTo: colon), &reader),
                  let tolerance = number(written.suffix(from: colon + 1), &reader) else { return nil }
            return .exact(value, tolerance: abs(tolerance))
        }
        return number(written, &reader).map { .exact($0, tolerance: 0) }
    }

    private static func number(_ text: GIFTText, _ reader: inout QuestionReader) -> Double? {
        let trimmed = text.trimmed()
        guard let value = Double(trimmed.string), value.isFinite else {
            reader.report(.giftNotANumber, trimmed.string, at: trimmed)
            return nil
        }
        return value
    }
}
