import Foundation

/// Decides a question's type from its answer text in Moodle's order (numerical, multiple
/// choice, matching, true/false, short answer) and reads the answers of that type.
struct AnswerReader {
    let question: QuestionReader

    func kind(_ answers: GIFTText?, _ reader: inout QuestionReader) -> Question.Kind? {
        guard let answers else { return .description }
        if answers.isEmpty { return .essay }
        if answers.first == "#" { return numerical(answers.dropFirst(), &reader) }
        if answers.contains("~") { return choices(answers, &reader) }
        if answers.contains("="), answers.contains("->") { return matching(answers, &reader) }
        let bare = answers.firstIndex(of: "#").map { answers.prefix(upTo: $0).trimmed() } ?? answers
        if ["T", "TRUE", "F", "FALSE"].contains(bare.string) { return trueFalse(answers) }
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
            let (answer, feedback) = Self.withFeedback(text)
            choices.append(Choice(text: answer, weight: weight, feedback: feedback))
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
            pairs.append(MatchPair(prompt: FormattedText(piece.text.prefix(upTo: arrow)).text,
                                   answer: piece.text.suffix(from: arrow + 2).trimmed().string))
        }
        let prompts = pairs.filter { !$0.isDistractor }.count
        guard prompts >= 2 else {
            reader.report(.giftMatchingTooFewPairs, String(prompts), at: answers)
            return nil
        }
        return .matching(pairs)
    }

    private func trueFalse(_ answers: GIFTText) -> Question.Kind {
        let bits = answers.split(on: "#", limit: 3)
        let feedback = { (index: Int) -> String? in
            index < bits.count ? Self.nonEmpty(FormattedText(bits[index]).text) : nil
        }
        let answer = ["T", "TRUE"].contains(bits[0].trimmed().string)
        return .trueFalse(answer: answer, whenWrong: feedback(1), whenRight: feedback(2))
    }

    private func shortAnswer(_ answers: GIFTText, _ reader: inout QuestionReader) -> Question.Kind? {
        var accepted: [ShortAnswer] = []
        for piece in Self.pieces(answers, separators: ["="]) {
            var text = piece.text
            let weight = Self.weight(&text, &reader) ?? 100
            let (answer, feedback) = Self.withFeedback(text)
            accepted.append(ShortAnswer(text: answer, weight: weight, feedback: feedback))
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
            guard let parsed = NumberReader.answer(text, weight: weight, &reader) else { return nil }
            values.append(parsed)
        }
        if reader.diagnostics.hasErrors { return nil }
        guard !values.isEmpty else {
            reader.report(.giftNoAnswer, at: answers)
            return nil
        }
        if let otherwise {
            values.append(NumericalAnswer(value: .anyOther, weight: 0, feedback: Self.withFeedback(otherwise).1))
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
    static func weight(_ text: inout GIFTText, _ reader: inout QuestionReader) -> Double? {
        guard text.first == "%", let end = text.dropFirst().firstIndex(of: "%") else { return nil }
        let written = text.slice(text.range.lowerBound + 1..<end).string
        guard let weight = Double(written), (-100...100).contains(weight) else {
            reader.report(.giftBadWeight, "%\(written)%", at: text)
            return nil
        }
        text = text.suffix(from: end + 1)
        return weight
    }

    /// `answer#feedback`, as Moodle's `commentparser`.
    static func withFeedback(_ text: GIFTText) -> (String, String?) {
        let bits = text.split(on: "#", limit: 2)
        let feedback = bits.count > 1 ? nonEmpty(FormattedText(bits[1]).text) : nil
        return (FormattedText(bits[0]).text, feedback)
    }

    static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }

    static func percent(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }
}

/// The number part of a numerical answer, as Moodle's numerical case reads it.
enum NumberReader {
    static func answer(_ text: GIFTText, weight: Double, _ reader: inout QuestionReader) -> NumericalAnswer? {
        let bits = text.split(on: "#", limit: 2)
        let feedback = bits.count > 1 ? AnswerReader.nonEmpty(FormattedText(bits[1]).text) : nil
        let written = bits[0].trimmed()
        guard let value = value(written, &reader) else { return nil }
        return NumericalAnswer(value: value, weight: weight, feedback: feedback)
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
