import Basics
import Dispatch
import FoundationEssentials
import Glibc

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

    /// Whether a module's text lays out for learners: nil if it does, else the warning's message.
    /// The composition root gives it (laying out is the Markdown target's, which CourseKit is below).
    public typealias LayoutCheck = @Sendable (String) -> DiagnosticMessage?

    /// Each path is a course folder, a folder of courses, or a single file being written: a
    /// `.gift` quiz, a `.md` module, or a `course.yaml` (which checks its whole course).
    public static func check(paths: [URL], layout: LayoutCheck? = nil) -> Report {
        var report = Report(courses: 0, diagnostics: [])
        for path in paths {
            if let single = singleFile(path, layout: layout) {
                report.diagnostics += single
                continue
            }
            let folder = path.lastPathComponent == ManifestReader.fileName ? path.deletingLastPathComponent() : path
            let library = CourseLibrary.load(folder: folder)
            report.courses += library.courses.count + library.failures.filter(\.hasCourseFile).count
            report.diagnostics += library.diagnostics
            let readable = library.courses + library.failures.compactMap(\.partialCourse)
            for course in readable {
                report.diagnostics += course.modules.flatMap { contentDiagnostics(course, $0, layout: layout) } + unlisted(course)
            }
        }
        report.diagnostics.sort(by: Self.inFileOrder)
        return report
    }

    /// One GIFT file as `belajar check --questions` shows it: the questions read, and the problems.
    public static func quiz(_ url: URL) -> (report: Report, questions: [Question]) {
        guard let source = try? TextFile.read(url) else {
            return (Report(courses: 0, diagnostics: [.error(.fileUnreadable, file: url)]), [])
        }
        let parsed = GIFTParser.parse(source.text, file: url)
        let diagnostics = (source.quizDiagnostics(for: url) + parsed.diagnostics).sorted(by: inFileOrder)
        return (Report(courses: 0, diagnostics: diagnostics), parsed.questions)
    }

    static func contentDiagnostics(_ course: Course, _ module: Module, layout: LayoutCheck?) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let url = course.folder.appendingPathComponent(module.file)
        if let source = try? course.source(module.file) {
            found += source.diagnostics(for: url) + moduleDiagnostics(source.text, url, layout: layout)
        }
        if let quiz = module.quiz, let source = try? course.source(quiz) {
            let quizURL = course.folder.appendingPathComponent(quiz)
            found += source.quizDiagnostics(for: quizURL) + GIFTParser.parse(source.text, file: quizURL).diagnostics
        }
        return found
    }

    /// Modules and quizzes in the course folder that course.yaml does not name: a trainer who
    /// wrote one and forgot to list it would otherwise never learn why learners do not see it.
    /// A README is for people looking at the folder, not for learners.
    static func unlisted(_ course: Course) -> [Diagnostic] {
        let folder = course.folder.standardizedFileURL
        let listed = Set(course.modules.flatMap { [$0.file] + [$0.quiz].compactMap { $0 } }
            .map { folder.appendingPathComponent($0).standardizedFileURL.path })
        guard let walk = try? FileManager.default.subpathsOfDirectory(atPath: folder.path) else { return [] }
        // Hidden files and whatever is inside hidden folders are not the trainer's modules.
        let visible = walk.filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
        var found: [Diagnostic] = []
        for url in visible.map(folder.appendingPathComponent) where ["md", "gift"].contains(url.pathExtension.lowercased()) {
            let path = url.standardizedFileURL.path
            guard !listed.contains(path), url.deletingPathExtension().lastPathComponent.lowercased() != "readme" else { continue }
            found.append(.warning(.fileNotListed, String(path.dropFirst(folder.path.count + 1)), file: url))
        }
        return found
    }

    private static func singleFile(_ url: URL, layout: LayoutCheck?) -> [Diagnostic]? {
        let kind = url.pathExtension.lowercased()
        guard kind == "gift" || kind == "md", let source = try? TextFile.read(url) else { return nil }
        let found = kind == "gift" ? GIFTParser.parse(source.text, file: url).diagnostics
            : moduleDiagnostics(source.text, url, layout: layout)
        return (kind == "gift" ? source.quizDiagnostics(for: url) : source.diagnostics(for: url)) + found
    }

    /// The layout check mostly waits for a child process to finish or time out: the lint runs
    /// meanwhile, so a slow module costs about the deadline and no more.
    private static func moduleDiagnostics(_ text: String, _ url: URL, layout: LayoutCheck?) -> [Diagnostic] {
        let slow = layout.map { check in Background { check(text) } }
        let found = MarkdownLint(file: url).diagnostics(for: text)
        return found + (slow?.wait().map { [Diagnostic(.warning, $0, file: url)] } ?? [])
    }

    static func inFileOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        (a.file.path, a.line ?? 0, a.column ?? 0) < (b.file.path, b.line ?? 0, b.column ?? 0)
    }
}

/// A value computed on a thread of its own.
private final class Background<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        Threads.detach {
            self.result = work()
            self.done.signal()
        }
    }

    /// Once only: the semaphore is signalled once.
    func wait() -> Value {
        done.wait()
        // The semaphore orders the write before this read.
        return result!
    }
}
