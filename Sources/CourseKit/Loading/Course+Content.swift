import FoundationEssentials
import Glibc

extension Course {
    /// The module's Markdown, read now (never at load). Bytes that are not UTF-8 become U+FFFD
    /// so the learner still reads the rest; `belajar check` reports where they are.
    public func text(of module: Module) throws -> String {
        try source(module.file).text
    }

    /// The module's quiz, or nil when it has none. Throws when the GIFT file has errors: a
    /// question the parser cannot read is never silently skipped.
    public func quiz(of module: Module) throws -> ModuleQuiz? {
        guard let file = module.quiz else { return nil }
        let url = folder.appendingPathComponent(file)
        let source = try source(file)
        var parsed = GIFTParser.parse(source.text, file: url)
        parsed.diagnostics = source.quizDiagnostics(for: url) + parsed.diagnostics
        if parsed.diagnostics.hasErrors { throw CourseError(parsed.diagnostics) }
        return ModuleQuiz(file: file, questions: parsed.questions)
    }

    /// The course with each module that course.yaml left untitled titled by its file's first
    /// heading (else its id), and a diagnostic for each such module file that is gone. Opening a
    /// course costs a short read per module; opening the library never does.
    public func withModuleTitles() -> (course: Course, problems: [Diagnostic]) {
        var course = self
        var problems: [Diagnostic] = []
        for index in modules.indices where modules[index].titleFromHeading {
            let module = modules[index]
            let url = folder.appendingPathComponent(module.file)
            guard FileManager.default.fileExists(atPath: url.path) else {
                problems.append(.error(.fileMissing, module.file, file: url))
                continue
            }
            course.modules[index].title = Heading.first(inFile: url) ?? module.id
        }
        return (course, problems)
    }

    func source(_ file: String) throws -> TextFile {
        let url = folder.appendingPathComponent(file)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw CourseError([.error(.fileMissing, file, file: url)])
        }
        do {
            return try TextFile.read(url)
        } catch {
            throw CourseError([.error(.fileUnreadable, file: url)])
        }
    }
}
