import Basics
import FoundationEssentials
import Glibc

/// Writes questions back as GIFT the way Moodle's own export does (`qformat_gift::writequestion`),
/// so a bank improved in a course folder imports into Moodle with the same meaning, and reads
/// back here as the same questions: each question named (`::title::`) and given its id as
/// Moodle's idnumber (`// [id:...]`), format tags where a text's format differs from its default,
/// every weight one of Moodle's fractions, and Moodle's escapes (`repchar`).
public enum GIFTWriter {
    /// `category` is written before the first question without one of its own (a bank read from
    /// Moodle keeps the categories it came with).
    public static func write(_ questions: [Question], category: String? = nil) -> String {
        var blocks: [String] = []
        var current: String?
        for question in questions {
            if let wanted = question.category ?? category, wanted != current {
                blocks.append("$CATEGORY: \(oneLine(wanted))")
                current = wanted
            }
            blocks.append(write(question))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// Moodle's category path for a module of a course: `/` inside a name is written `//`.
    public static func category(course: Course, module: Module) -> String {
        "$course$/top/" + [course.title, module.title].map { oneLine($0).replacingEvery("/", with: "//") }
            .joined(separator: "/")
    }

    static func write(_ question: Question) -> String {
        let name = question.title ?? question.id
        // The id first: a name in the comment that holds `[id:` must not be read as the id.
        var lines = ["// [id:\(question.id)]", "// question: \(oneLine(question.id))  name: \(oneLine(name))"]
        let head = "::" + escaped(name) + "::" + text(question.text, question.format, default: .moodle)
        lines.append(head + answers(question))
        return lines.joined(separator: "\n")
    }

    private static func answers(_ question: Question) -> String {
        let own = { (text: String?, format: TextFormat?) -> String in
            text.map { Self.text($0, question.format(format), default: question.format) } ?? ""
        }
        let feedback = { (text: String?, format: TextFormat?) in text.map { "#" + own($0, format) } ?? "" }
        let general = question.generalFeedback.map { "\t####" + own($0, question.generalFeedbackFormat) + "\n" } ?? ""
        switch question.kind {
        case .description:
            return ""
        case .essay:
            return "{" + general.trimmed + "}"
        case .trueFalse(let answer, let whenWrong, let whenRight):
            let wrong = own(whenWrong, question.whenWrongFormat), right = own(whenRight, question.whenRightFormat)
            let marks = wrong.isEmpty && right.isEmpty ? "" : "#" + wrong + (right.isEmpty ? "" : "#" + right)
            return "{" + (answer ? "TRUE" : "FALSE") + marks + general.trimmed + "}"
        case .multipleChoice(let choices), .multipleAnswer(let choices):
            let single = if case .multipleChoice = question.kind { true } else { false }
            let rows = choices.map { choice in
                let mark = choice.weight == 100 && single ? "=" : choice.weight == 0 ? "~" : "~%\(MoodleFractions.written(choice.weight))%"
                return "\t" + mark + own(choice.text, choice.format) + feedback(choice.feedback, choice.feedbackFormat) + "\n"
            }
            return "{\n" + rows.joined() + general + "}"
        case .shortAnswer(let answers, _):
            let rows = answers.map { "\t=%\(MoodleFractions.written($0.weight))%" + escaped($0.text)
                + feedback($0.feedback, $0.feedbackFormat) + "\n" }
            return "{\n" + rows.joined() + general + "}"
        case .numerical(let answers):
            let rows = answers.map { answer -> String in
                guard let value = number(answer.value) else { return "\t~" + (feedback(answer.feedback, answer.feedbackFormat).nonEmpty ?? "#") + "\n" }
                return "\t=%\(MoodleFractions.written(answer.weight))%" + value + feedback(answer.feedback, answer.feedbackFormat) + "\n"
            }
            return "{#\n" + rows.joined() + general + "}"
        case .matching(let pairs):
            let rows = pairs.map { "\t=" + own($0.prompt, $0.promptFormat) + " -> " + escaped($0.answer) + "\n" }
            return "{\n" + rows.joined() + general + "}"
        }
    }

    /// A text with its format tag when it differs from `defaultFormat`, or when the text itself
    /// starts like a tag and would otherwise be read as one.
    static func text(_ text: String, _ format: TextFormat, default defaultFormat: TextFormat) -> String {
        let looksTagged = TextFormat.allCases.contains { text.hasPrefix("[\($0.rawValue)]") }
        let tag = format != defaultFormat || looksTagged ? "[\(format.rawValue)]" : ""
        return tag + escaped(text)
    }

    /// Moodle's `repchar`: the characters GIFT reads, escaped; a line end as `\n`.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "#", "=", "~", "{", "}", ":": result += "\\" + String(character)
            case "\n": result += "\\n"
            case "\r", "\r\n": result += character == "\r\n" ? "\\n" : ""
            default: result.append(character)
            }
        }
        return result
    }

    private static func number(_ value: NumericalAnswer.Value) -> String? {
        switch value {
        case .exact(let value, let tolerance): "\(decimal(value)):\(decimal(tolerance))"
        case .range(let low, let high): "\(decimal(low))..\(decimal(high))"
        case .anyOther: nil
        }
    }

    private static func decimal(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }

    private static func oneLine(_ text: String) -> String {
        text.replacingEvery("\r", with: " ").replacingEvery("\n", with: " ")
    }
}

private extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
