import Foundation

/// What `belajar check` does: load a folder as the learner's app would, then read every module
/// and quiz the app would only read later, and gather every problem found.
public enum CourseCheck {
    public struct Report: Sendable {
        /// Course folders looked at, loaded or not.
        public var courses: Int
        /// In file order, then line and column.
        public var diagnostics: [Diagnostic]

        public var hasErrors: Bool { diagnostics.hasErrors }
    }

    /// Each path is a course folder, a folder of courses, or a single file being written: a
    /// `.gift` quiz, a `.md` module, or a `course.yaml` (which checks its whole course).
    public static func check(paths: [URL]) -> Report {
        var report = Report(courses: 0, diagnostics: [])
        for path in paths {
            if let single = singleFile(path) {
                report.diagnostics += single
                continue
            }
            let folder = path.lastPathComponent == ManifestReader.fileName ? path.deletingLastPathComponent() : path
            let library = CourseLibrary.load(folder: folder)
            report.courses += library.courses.count + library.failures.filter(\.hasCourseFile).count
            report.diagnostics += library.diagnostics
            let readable = library.courses + library.failures.compactMap(\.partialCourse)
            for course in readable {
                report.diagnostics += course.modules.flatMap { contentDiagnostics(course, $0) }
            }
        }
        report.diagnostics.sort(by: Self.inFileOrder)
        return report
    }

    static func contentDiagnostics(_ course: Course, _ module: Module) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let url = course.folder.appendingPathComponent(module.file)
        if let source = try? course.source(module.file) {
            found += source.diagnostics(for: url) + MarkdownLint(file: url).diagnostics(for: source.text)
        }
        if let quiz = module.quiz, let source = try? course.source(quiz) {
            let quizURL = course.folder.appendingPathComponent(quiz)
            found += source.diagnostics(for: quizURL) + GIFTParser.parse(source.text, file: quizURL).diagnostics
        }
        return found
    }

    private static func singleFile(_ url: URL) -> [Diagnostic]? {
        let kind = url.pathExtension.lowercased()
        guard kind == "gift" || kind == "md", let source = try? TextFile.read(url) else { return nil }
        let found = kind == "gift" ? GIFTParser.parse(source.text, file: url).diagnostics
            : MarkdownLint(file: url).diagnostics(for: source.text)
        return source.diagnostics(for: url) + found
    }

    static func inFileOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        (a.file.path, a.line ?? 0, a.column ?? 0) < (b.file.path, b.line ?? 0, b.column ?? 0)
    }
}
