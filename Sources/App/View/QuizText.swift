import CourseKit
import Markdown

extension Painter {
    /// A piece of quiz text (question, choice, matching prompt or answer, feedback) laid out at
    /// `width` in the format the question was written in.
    func quizLines(_ text: String, format: TextFormat, width: Int) -> [StyledLine] {
        ModuleDocument.parse(text).layout(width: max(width, 1), charset: state.charset, language: strings.language).lines
    }
}
