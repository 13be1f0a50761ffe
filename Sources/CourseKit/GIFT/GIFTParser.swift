import Basics
import FoundationEssentials
import Glibc

/// Reads a GIFT file into typed questions, deciding each question's type by the rules of
/// Moodle's `qformat_gift::readquestion`, so a file exported from Moodle means the same here.
/// Every question it cannot read is an error with its line: nothing is skipped silently.
public enum GIFTParser {
    public struct Result: Sendable {
        public var questions: [Question]
        public var diagnostics: [Diagnostic]
    }

    public static func parse(_ source: String, file: URL) -> Result {
        var result = Result(questions: [], diagnostics: [])
        var category: String?
        var columns: [Int] = []
        for block in blocks(of: source) {
            let text = GIFTText.joining(lines: block)
            if text.isEmpty { continue }
            if text.hasPrefix("$CATEGORY:") {
                category = text.dropFirst(10).trimmed().string
                continue
            }
            var reader = QuestionReader(file: file, position: result.questions.count + 1)
            let parsed = reader.read(text)
            result.diagnostics += reader.diagnostics
            guard var question = parsed else { continue }
            question.category = category
            question.idNumber = idNumber(inCommentsOf: block)
            columns.append(text.place.column)
            result.questions.append(question)
        }
        let ids = QuestionIds(result.questions)
        for (index, repeated) in ids.repeats {
            let question = result.questions[index]
            result.diagnostics.append(.warning(.giftDuplicateQuestionId, repeated.base, String(repeated.firstLine), ids.ids[index],
                                               file: file, line: question.line, column: columns[index]))
        }
        for index in result.questions.indices { result.questions[index].id = ids.ids[index] }
        return result
    }

    /// Moodle's idnumber: the first `[id:...]` in the question's `//` comment lines, `\]` standing
    /// for `]` (`qformat_gift::extract_idnumber_and_tags_from_comment`).
    static func idNumber(inCommentsOf block: [(number: Int, text: String)]) -> String? {
        for line in block {
            let trimmed = line.text.trimmingSpaces
            guard trimmed.hasPrefix("//"), let start = trimmed.firstRange(of: "[id:") else { continue }
            var found = ""
            var rest = trimmed[start.upperBound...]
            while let character = rest.first {
                if rest.hasPrefix("\\]") {
                    found.append("]")
                    rest = rest.dropFirst(2)
                } else if character == "]" {
                    let id = found.trimmingSpaces
                    return id.isEmpty ? nil : id
                } else if character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                    break
                } else {
                    found.append(character)
                    rest = rest.dropFirst()
                }
            }
        }
        return nil
    }

    /// Questions are separated by blank lines, as in Moodle's `readquestions`.
    static func blocks(of source: String) -> [[(number: Int, text: String)]] {
        var blocks: [[(number: Int, text: String)]] = []
        var current: [(number: Int, text: String)] = []
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            let text = line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
            if text.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { blocks.append(current) }
                current = []
            } else {
                current.append((index + 1, text))
            }
        }
        if !current.isEmpty { blocks.append(current) }
        return blocks
    }
}

/// One question block: title, text, answer braces, general feedback, then the type's answers.
struct QuestionReader {
    let file: URL
    /// 1-based among the file's questions: the id of an untitled question.
    let position: Int
    var diagnostics: [Diagnostic] = []
    /// Set by a true/false question's answers: its two feedbacks' own formats.
    var trueFalseFormats: (TextFormat?, TextFormat?) = (nil, nil)

    mutating func report(_ key: DiagnosticMessage.Key, _ arguments: String..., at text: GIFTText,
                         severity: Diagnostic.Severity = .error) {
        let place = text.place
        diagnostics.append(Diagnostic(severity, DiagnosticMessage(key, arguments), file: file,
                                      line: place.line, column: place.column))
    }

    mutating func read(_ whole: GIFTText) -> Question? {
        let line = whole.place.line
        var text = whole
        var title: String?
        if text.hasPrefix("::") {
            text = text.dropFirst(2)
            if let end = text.firstIndex(of: "::") {
                title = text.prefix(upTo: end).trimmed().string
                text = text.suffix(from: end + 2).trimmed()
            }
        }
        guard let parts = split(text) else { return nil }
        let stem = TaggedText(parts.stem, default: .moodle)
        let generalFeedback = parts.generalFeedback.flatMap { TaggedText($0, default: stem.format).nonEmpty }
        guard let kind = AnswerReader(format: stem.format).kind(parts.answers, &self) else { return nil }
        var question = Question(id: "q\(position)", title: title, text: stem.text, format: stem.format, kind: kind,
                                generalFeedback: generalFeedback?.text, line: line)
        question.generalFeedbackFormat = generalFeedback?.own
        (question.whenWrongFormat, question.whenRightFormat) = trueFalseFormats
        return question
    }

    struct Parts {
        var stem: GIFTText
        /// nil for a description (no braces at all).
        var answers: GIFTText?
        var generalFeedback: GIFTText?
    }

    /// Finds the answer braces as Moodle does (the first `{` and the first `}`).
    private mutating func split(_ text: GIFTText) -> Parts? {
        let open = text.firstIndex(of: "{"), close = text.firstIndex(of: "}")
        switch (open, close) {
        case (nil, nil):
            return Parts(stem: text, answers: nil, generalFeedback: nil)
        case (let open?, nil):
            report(.giftUnclosedBrace, at: text.suffix(from: open))
            return nil
        case (nil, let close?):
            report(.giftUnopenedBrace, at: text.suffix(from: close))
            return nil
        case (let open?, let close?):
            if close < open {
                report(.giftUnopenedBrace, at: text.suffix(from: close))
                return nil
            }
            let after = text.suffix(from: close + 1)
            if let extra = after.firstIndex(of: "{") ?? after.firstIndex(of: "}") {
                report(.giftSecondAnswerBlock, at: text.suffix(from: extra))
                return nil
            }
            return parts(text, open: open, close: close)
        }
    }

    private func parts(_ text: GIFTText, open: Int, close: Int) -> Parts {
        // Answers at the very end leave the text whole; in the middle they are a missing word.
        let stem = close + 1 == text.range.upperBound
            ? text.prefix(upTo: open)
            : text.replacing(open..<close + 1, with: "_____")
        var answers = text.slice(open + 1..<close).trimmed()
        var generalFeedback: GIFTText?
        if let separator = answers.lastIndex(of: "####") {
            generalFeedback = answers.suffix(from: separator + 4)
            answers = answers.prefix(upTo: separator).trimmed()
        }
        return Parts(stem: stem.trimmed(), answers: answers, generalFeedback: generalFeedback)
    }
}

/// GIFT's `[markdown]`, `[plain]`, `[html]`, `[moodle]` prefix, as Moodle's `parse_text_with_format`:
/// read after trimming (Moodle's callers trim each piece first; its general feedback is the one
/// piece it does not trim, which here is trimmed too so `#### [html]...` is not shown raw).
/// An unknown tag (`[id:x]`, `[b]`) is text; escapes were undone once, by `GIFTText`.
struct TaggedText {
    var text: String
    var format: TextFormat
    /// The format when it differs from the default it was read with, else nil.
    var own: TextFormat?

    init(_ source: GIFTText, default defaultFormat: TextFormat) {
        var body = source.trimmed()
        format = defaultFormat
        if body.first == "[", let end = body.firstIndex(of: "]"),
           let tagged = TextFormat(rawValue: body.slice(body.range.lowerBound + 1..<end).string) {
            format = tagged
            body = body.suffix(from: end + 1)
        }
        own = format == defaultFormat ? nil : format
        text = body.trimmed().string
    }

    var nonEmpty: TaggedText? { text.isEmpty ? nil : self }
}
