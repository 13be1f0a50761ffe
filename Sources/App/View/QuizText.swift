import CourseKit
import Markdown
import QuizText

extension Painter {
    /// A question's text, a choice or a feedback as Moodle shows it in its format, at `width`.
    func quizLines(_ text: String, format: TextFormat, width: Int) -> [StyledLine] {
        QuizText.lines(text, format: format, width: width, charset: state.charset, language: strings.language)
    }
}
