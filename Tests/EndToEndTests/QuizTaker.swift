import CourseKit
import Foundation
import Quiz
import TestSupport

/// A learner who knows the answers and takes a quiz by reading the screen: choices are found by
/// their text, wherever the attempt's shuffle put them, never by their place in the file.
struct QuizTaker {
    let app: Tmux
    /// The words of true and false in the app's language.
    var truth = ("Benar", "Salah")

    /// Answers every question of `quiz`, each followed by Enter on the feedback.
    func take(_ quiz: ModuleQuiz, from first: Int = 0) throws {
        for index in first..<quiz.questions.count {
            let question = quiz.questions[index]
            try app.wait(for: "\(index + 1)/\(quiz.questions.count)")
            try answer(question)
            try app.press("Enter")
            if case .description = question.kind { continue }
            try app.wait(for: "Enter") { $0.contains("Tekan Enter untuk lanjut") || $0.contains("Press Enter to continue") }
            try app.press("Enter")
        }
    }

    func answer(_ question: Question) throws {
        switch question.kind {
        case .multipleChoice(let choices):
            let best = choices.max { $0.weight < $1.weight }?.text ?? ""
            try app.press(try number(of: best))
        case .multipleAnswer(let choices):
            for choice in choices where choice.weight > 0 { try app.press(try number(of: choice.text)) }
        case .trueFalse(let answer, _, _):
            try app.press(try number(of: answer ? truth.0 : truth.1))
        case .shortAnswer(let answers, _):
            let best = answers.max { $0.weight < $1.weight }?.text ?? ""
            try app.type(best.replacingOccurrences(of: "*", with: "x"))
        case .numerical(let answers):
            switch answers.max(by: { $0.weight < $1.weight })?.value {
            case .exact(let value, _)?: try app.type(String(value))
            case .range(let low, let high)?: try app.type(String((low + high) / 2))
            default: try app.type("0")
            }
        case .matching(let pairs):
            try match(pairs)
        case .essay:
            try app.type("Belajar tiap Jumat")
        case .description:
            break
        }
    }

    /// The number shown before a choice: `› 2. ( ) text` or `  3. [x] text`.
    func number(of text: String) throws -> String {
        let start = String(Self.plain(text).prefix(18))
        let screen = try app.wait(for: "the choice \"\(start)\"") { Self.choiceNumber(start, in: $0) != nil }
        return Self.choiceNumber(start, in: screen) ?? ""
    }

    static func choiceNumber(_ start: String, in screen: String) -> String? {
        for line in screen.split(separator: "\n") {
            guard let range = line.range(of: start), line[..<range.lowerBound].contains(".") else { continue }
            let head = line[..<range.lowerBound]
            if let digit = head.first(where: \.isNumber), head.contains("(") || head.contains("[") { return String(digit) }
        }
        return nil
    }

    /// Course text as the screen shows it: without Markdown's marks.
    static func plain(_ text: String) -> String {
        text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "_", with: "")
    }

    /// Each row: → until the row shows its right answer, then down to the next.
    private func match(_ pairs: [MatchPair]) throws {
        let options = MatchingOptions.of(pairs).count
        for pair in pairs where !pair.isDistractor {
            var found = false
            for _ in 0...options {
                let screen = app.screen
                if screen.split(separator: "\n").contains(where: { $0.contains(pair.prompt) && $0.contains(pair.answer) }) {
                    found = true
                    break
                }
                let before = screen
                try app.press("Right")
                try app.wait(for: "the next answer") { $0 != before }
            }
            guard found else { throw Tmux.Failure(description: "no row shows \(pair.prompt) -> \(pair.answer):\n\(app.screen)") }
            try app.press("Down")
        }
    }
}
