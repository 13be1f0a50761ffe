import Basics
import Canvas
import CourseKit
import FoundationEssentials
import Localization
import Markdown

/// `belajar check --questions`: each question of a GIFT file as belajar read it (line, id, type,
/// the text as the learner sees it, every answer with its mark and feedback), so a trainer can
/// verify a bank before learners see it. The same facts as JSON for tools.
public struct QuestionListing: Sendable {
    public var questions: [Question]
    public var charset: Charset

    public init(questions: [Question], charset: Charset = .utf8) {
        self.questions = questions
        self.charset = charset
    }

    /// One answer row: what is accepted, its mark and its feedback.
    struct Row: Encodable {
        /// `=` right, `~` a choice, `->` a pair, `*` any other, `T`/`F`.
        var mark: String
        var text: String?
        var format: String?
        var shown: String?
        /// Part of the question's mark, -1...1, as Moodle stores it.
        var fraction: Double?
        var value: Double?
        var tolerance: Double?
        var min: Double?
        var max: Double?
        var prompt: String?
        var answer: String?
        var feedback: Shown?
    }

    struct Shown: Encodable {
        var text: String
        var format: String
        var shown: String
    }

    struct Entry: Encodable {
        var line: Int
        var id: String
        var idNumber: String?
        var title: String?
        var category: String?
        var type: String
        var text: Shown
        var answers: [Row]
        var generalFeedback: Shown?
    }

    func shown(_ text: String, _ format: TextFormat) -> Shown {
        Shown(text: text, format: format.rawValue, shown: QuizText.oneLine(text, format: format, charset: charset))
    }

    func entry(_ question: Question) -> Entry {
        let feedback = { (text: String?, format: TextFormat?) in text.map { shown($0, question.format(format)) } }
        return Entry(line: question.line, id: question.id, idNumber: question.idNumber, title: question.title,
                     category: question.category, type: "\(ListingText.kind(question.kind))",
                     text: shown(question.text, question.format), answers: rows(question, feedback),
                     generalFeedback: question.generalFeedbackText.map { shown($0.text, $0.format) })
    }

    private func rows(_ question: Question, _ feedback: (String?, TextFormat?) -> Shown?) -> [Row] {
        switch question.kind {
        case .multipleChoice(let choices), .multipleAnswer(let choices):
            return choices.map { choice in
                let text = shown(choice.text, question.format(choice.format))
                return Row(mark: choice.weight > 0 ? "=" : "~", text: text.text, format: text.format, shown: text.shown,
                           fraction: choice.weight / 100, feedback: feedback(choice.feedback, choice.feedbackFormat))
            }
        case .trueFalse(let answer, let whenWrong, let whenRight):
            return [Row(mark: answer ? "T" : "F", fraction: 1, feedback: feedback(whenRight, question.whenRightFormat)),
                    Row(mark: answer ? "F" : "T", fraction: 0, feedback: feedback(whenWrong, question.whenWrongFormat))]
        case .shortAnswer(let answers, _):
            return answers.map { Row(mark: "=", text: $0.text, fraction: $0.weight / 100,
                                     feedback: feedback($0.feedback, $0.feedbackFormat)) }
        case .numerical(let answers):
            return answers.map { answer in
                var row = Row(mark: "=", fraction: answer.weight / 100, feedback: feedback(answer.feedback, answer.feedbackFormat))
                switch answer.value {
                case .exact(let value, let tolerance): (row.value, row.tolerance) = (value, tolerance)
                case .range(let low, let high): (row.min, row.max) = (low, high)
                case .anyOther: row.mark = "*"
                }
                return row
            }
        case .matching(let pairs):
            return pairs.map { pair in
                Row(mark: "->", shown: QuizText.oneLine(pair.prompt, format: question.format(pair.promptFormat), charset: charset),
                    prompt: pair.prompt, answer: pair.answer)
            }
        case .essay, .description:
            return []
        }
    }

    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(questions.map(entry)), as: UTF8.self)
    }

    public func text(file: String, in language: Language) -> String {
        var lines: [String] = []
        for question in questions {
            let entry = entry(question)
            lines.append("\(file):\(entry.line)  \(entry.id)  \(ListingText.kind(question.kind).text(in: language))  [\(entry.text.format)]")
            if let category = entry.category { lines.append("    \(ListingText.category.text(in: language)): \(category)") }
            if let idNumber = entry.idNumber { lines.append("    \(ListingText.idNumber.text(in: language)): \(idNumber)") }
            lines.append("    " + entry.text.shown)
            lines += entry.answers.map { "      " + describe($0, question, language).trimmingSpaces }
            if let general = entry.generalFeedback {
                lines.append("      #### \(ListingText.generalFeedback.text(in: language)): \(general.shown)")
            }
            lines.append("")
        }
        lines.append(ListingText.summary.text(in: language, ["count": String(questions.count)]))
        return lines.map(Sanitizer.clean).joined(separator: "\n")
    }

    private func describe(_ row: Row, _ question: Question, _ language: Language) -> String {
        let percent = row.fraction.map { (MoodleFractions.written($0 * 100) + "%").leftPadded(5) + "  " } ?? ""
        let feedback = row.feedback.map { "  # " + $0.shown } ?? ""
        switch row.mark {
        case "->": return "\(row.shown ?? "") -> \(row.answer ?? "")"
        case "*": return "* \(percent)\(ListingText.anyOther.text(in: language))\(feedback)"
        case "T", "F":
            let label: ListingText = row.fraction == 1 ? .whenRight : .whenWrong
            let said = row.feedback.map { "# \(label.text(in: language)): \($0.shown)" } ?? ""
            return "\(row.mark) \(percent)\(said)"
        default:
            let value = row.shown ?? row.text ?? row.value.map { "\(number($0)) \(charset == .ascii ? "+/-" : "±") \(number(row.tolerance ?? 0))" }
                ?? "\(number(row.min ?? 0))..\(number(row.max ?? 0))"
            return "\(row.mark) \(percent)\(value)\(feedback)"
        }
    }

    private func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
