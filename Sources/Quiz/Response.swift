import Basics
import FoundationEssentials

/// What a learner gave as the answer to one question, as it is saved and graded.
/// Choices are indexes into the question's choices in file order, whatever order they were shown in.
public enum Response: Codable, Sendable, Hashable {
    /// Multiple choice: the one choice picked.
    case choice(index: Int)
    /// Multiple answer: every choice ticked.
    case choices(indexes: [Int])
    case truth(Bool)
    /// Short answer or essay, as typed.
    case text(String)
    case number(Double)
    /// Matching: for each prompt in file order (distractors have none), the answer picked, or nil.
    case matching(answers: [String?])
}

public enum NumberInput {
    /// Numbers as Indonesians and English speakers type them: `3,5` and `3.5` are both three and
    /// a half. With both marks, or one mark repeated, the others group thousands (`1.234,5`,
    /// `1,234.5`, `1.000.000`); a single mark is the decimal one.
    public static func parse(_ text: String) -> Double? {
        let trimmed = text.trimmingSpaces
        let marks = trimmed.filter { $0 == "," || $0 == "." }
        let isMark: (Character) -> Bool = { $0 == "," || $0 == "." }
        guard let last = trimmed.lastIndex(where: isMark) else { return Double(trimmed) }
        if Set(marks).count == 1 && marks.count > 1 { return Double(trimmed.filter { !isMark($0) }) }
        let whole = trimmed[..<last].filter { !isMark($0) }
        return Double(whole + "." + trimmed[trimmed.index(after: last)...])
    }
}
