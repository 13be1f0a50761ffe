/// A module's quiz: the questions of one GIFT file, in file order.
public struct ModuleQuiz: Sendable, Hashable {
    /// The GIFT file, relative to the course folder.
    public var file: String
    public var questions: [Question]

    public init(file: String, questions: [Question]) {
        self.file = file
        self.questions = questions
    }
}

/// One GIFT question. Its type follows Moodle's rules (see `GIFTParser`), so a file exported
/// from Moodle means the same here.
public struct Question: Sendable, Hashable, Identifiable {
    /// Stable within the quiz: Moodle's `[id:...]` made into an id, else the `::title::` made into
    /// an id, else `q` + its position (`q3`); a repeat gets `-2`, `-3`... (see `QuestionIds`).
    /// It names the question in every answer record.
    public var id: String
    public var title: String?
    /// Moodle's idnumber, from a `// [id:...]` comment line of the question, as written.
    public var idNumber: String?
    /// The question text (stem), escapes resolved.
    public var text: String
    /// The format of the text, and of every other text of the question that has no tag of its own.
    public var format: TextFormat
    public var kind: Kind
    /// `####` feedback shown after answering, whatever the answer.
    public var generalFeedback: String?
    /// nil: the question's `format`. The same holds for every `...Format` below.
    public var generalFeedbackFormat: TextFormat?
    /// Formats of a true/false question's two feedbacks (`Kind.trueFalse`).
    public var whenWrongFormat: TextFormat?
    public var whenRightFormat: TextFormat?
    /// The last `$CATEGORY:` before the question.
    public var category: String?
    /// 1-based line where the question starts in its file.
    public var line: Int

    public init(id: String, title: String? = nil, text: String, format: TextFormat = .moodle,
                kind: Kind, generalFeedback: String? = nil, category: String? = nil, line: Int) {
        self.id = id
        self.title = title
        self.text = text
        self.format = format
        self.kind = kind
        self.generalFeedback = generalFeedback
        self.category = category
        self.line = line
    }

    /// The format of one of the question's texts: its own tag, else the question's.
    public func format(_ own: TextFormat?) -> TextFormat { own ?? format }

    /// The general feedback (`####`), shown after any answer, with its format.
    public var generalFeedbackText: FormattedText? {
        generalFeedback.map { FormattedText($0, format: format(generalFeedbackFormat)) }
    }

    public enum Kind: Sendable, Hashable {
        /// One right answer (`=`), wrong ones (`~`), optionally with partial-credit weights.
        case multipleChoice([Choice])
        /// Several answers with weights `~%50%`; negative weights penalise. No `=` in the braces.
        case multipleAnswer([Choice])
        /// `whenWrong` is GIFT's first feedback, `whenRight` its second.
        case trueFalse(answer: Bool, whenWrong: String?, whenRight: String?)
        /// Accepted answers with weights; compared case-insensitively unless `caseSensitive`.
        case shortAnswer([ShortAnswer], caseSensitive: Bool)
        case numerical([NumericalAnswer])
        /// Pairs with an empty `prompt` are distractors: answers that match no prompt.
        case matching([MatchPair])
        /// Recorded, not graded.
        case essay
        /// Text only: no answer, no grade.
        case description
    }
}

/// GIFT's `[markdown]`, `[plain]`, `[html]` tags; `.moodle` when none is given.
public enum TextFormat: String, Sendable, Hashable, CaseIterable {
    case moodle, markdown, plain, html
}

/// A text of a question with the format it is to be shown in.
public struct FormattedText: Sendable, Hashable {
    public var text: String
    public var format: TextFormat

    public init(_ text: String, format: TextFormat) {
        self.text = text
        self.format = format
    }
}

public struct Choice: Sendable, Hashable {
    public var text: String
    /// Percent of the question's mark, -100...100, one of `MoodleFractions.percents`.
    public var weight: Double
    public var feedback: String?
    /// nil: the question's format.
    public var format: TextFormat?
    public var feedbackFormat: TextFormat?

    public init(text: String, weight: Double, feedback: String? = nil,
                format: TextFormat? = nil, feedbackFormat: TextFormat? = nil) {
        self.text = text
        self.weight = weight
        self.feedback = feedback
        self.format = format
        self.feedbackFormat = feedbackFormat
    }
}

public struct ShortAnswer: Sendable, Hashable {
    /// Plain text, compared with what the learner types (Moodle keeps no format for it).
    public var text: String
    public var weight: Double
    public var feedback: String?
    public var feedbackFormat: TextFormat?

    public init(text: String, weight: Double = 100, feedback: String? = nil, feedbackFormat: TextFormat? = nil) {
        self.text = text
        self.weight = weight
        self.feedback = feedback
        self.feedbackFormat = feedbackFormat
    }
}

public struct NumericalAnswer: Sendable, Hashable {
    public enum Value: Sendable, Hashable {
        /// `value:tolerance`
        case exact(Double, tolerance: Double)
        /// `min..max`
        case range(Double, Double)
        /// Any other answer (GIFT's `~` after the numerical answers, Moodle's `*`): weight 0,
        /// there to carry the feedback for a wrong answer.
        case anyOther
    }
    public var value: Value
    public var weight: Double
    public var feedback: String?
    public var feedbackFormat: TextFormat?

    public init(value: Value, weight: Double = 100, feedback: String? = nil, feedbackFormat: TextFormat? = nil) {
        self.value = value
        self.weight = weight
        self.feedback = feedback
        self.feedbackFormat = feedbackFormat
    }
}

public struct MatchPair: Sendable, Hashable {
    /// Empty for a distractor.
    public var prompt: String
    /// Plain text: Moodle reads no format tag here (`qformat_gift`'s match case).
    public var answer: String
    public var promptFormat: TextFormat?

    public init(prompt: String, answer: String, promptFormat: TextFormat? = nil) {
        self.prompt = prompt
        self.answer = answer
        self.promptFormat = promptFormat
    }

    public var isDistractor: Bool { prompt.isEmpty }
}
