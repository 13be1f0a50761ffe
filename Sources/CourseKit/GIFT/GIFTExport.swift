import FoundationEssentials
import Glibc

/// `belajar gift export`: a course's quizzes (or one module's) as one GIFT file for Moodle, each
/// module's questions under a `$CATEGORY` named after the course and the module.
public enum GIFTExport {
    public enum Failure: Error, Sendable {
        /// No module of that id in the course.
        case noModule(String)
        /// The course (or that module) has no quiz to export.
        case noQuiz
        /// A quiz that cannot be read: what Moodle would be given would not be what learners see.
        case quizErrors([Diagnostic])
    }

    public static func export(_ course: Course, module id: String? = nil) throws(Failure) -> (text: String, questions: Int) {
        // Module titles from first headings name the categories, as learners know the modules.
        let course = course.withModuleTitles().course
        var modules = course.modules.filter { $0.quiz != nil }
        if let id {
            guard let module = course.module(id: id) else { throw Failure.noModule(id) }
            modules = [module].filter { $0.quiz != nil }
        }
        guard !modules.isEmpty else { throw Failure.noQuiz }
        var parts: [String] = []
        var count = 0
        for module in modules {
            let quiz: ModuleQuiz?
            do {
                quiz = try course.quiz(of: module)
            } catch let error as CourseError {
                throw Failure.quizErrors(error.diagnostics)
            } catch {
                throw Failure.quizErrors([])
            }
            guard let quiz else { continue }
            parts.append(GIFTWriter.write(quiz.questions, category: GIFTWriter.category(course: course, module: module)))
            count += quiz.questions.count
        }
        return (parts.joined(separator: "\n"), count)
    }
}
