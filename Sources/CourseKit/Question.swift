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
    /// Stable within the quiz: the `::title::` made into an id, else `q` + its position (`q3`).
    /// It names the question in every answer record.
    public var id: String
    public var title: String?
    /// The question text (stem), escapes resolved.
    public var text: String
    public var format: TextFormat
    public var kind: Kind
    /// `####` feedback shown after answering, whatever the answer.
    public var generalFeedback: String?
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
public enum TextFormat: String, Sendable, Hashable {
    case moodle, markdown, plain, html
}

public struct Choice: Sendable, Hashable {
    public var text: String
    /// Percent of the question's mark, -100...100.
    public var weight: Double
    public var feedback: String?

    public init(text: String, weight: Double, feedback: String? = nil) {
        self.text = text
        self.weight = weight
        self.feedback = feedback
    }
}

public struct ShortAnswer: Sendable, Hashable {
    public var text: String
    public var weight: Double
    public var feedback: String?

    public init(text: String, weight: Double = 100, feedback: String? = nil) {
        self.text = text
        self.weight = weight
        self.feedback = feedback
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

    public init(value: Value, weight: Double = 100, feedback: String? = nil) {
        self.value = value
        self.weight = weight
        self.feedback = feedback
    }
}

public struct MatchPair: Sendable, Hashable {
    /// Empty for a distractor.
    public var prompt: String
    public var answer: String

    public init(prompt: String, answer: String) {
        self.prompt = prompt
        self.answer = answer
    }

    public var isDistractor: Bool { prompt.isEmpty }
}
