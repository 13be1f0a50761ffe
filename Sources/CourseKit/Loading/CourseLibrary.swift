import Foundation

/// Every course found in a folder. A course with errors is reported in `failures` and the
/// others still load, so one trainer's typo never hides the whole library.
public struct CourseLibrary: Sendable {
    /// In folder-name order.
    public var courses: [Course]
    public var failures: [CourseFailure]
    /// Problems that did not stop a course from loading (unknown keys, skipped folders).
    public var warnings: [Diagnostic]

    public init(courses: [Course] = [], failures: [CourseFailure] = [], warnings: [Diagnostic] = []) {
        self.courses = courses
        self.failures = failures
        self.warnings = warnings
    }

    /// `folder` is either a course (it holds course.yaml) or a folder of course folders.
    /// Module text and quizzes are not read here: see `Course.text(of:)` and `Course.quiz(of:)`.
    public static func load(folder: URL) -> CourseLibrary {
        var library = CourseLibrary()
        for candidate in courseFolders(in: folder, warnings: &library.warnings) {
            library.add(folder: candidate)
        }
        if library.courses.isEmpty, library.failures.isEmpty {
            let missing = !FileManager.default.fileExists(atPath: folder.path)
            let key: DiagnosticMessage.Key = missing ? .fileMissing : .noCourseFound
            library.failures.append(CourseFailure(folder: folder, diagnostics: [
                .error(key, folder.path, file: folder),
            ]))
        }
        return library
    }

    /// Every diagnostic: failures' and warnings', in folder order.
    public var diagnostics: [Diagnostic] {
        (failures.flatMap(\.diagnostics) + warnings).sorted { $0.file.path < $1.file.path }
    }

    private mutating func add(folder: URL) {
        var reader = ManifestReader(folder: folder)
        let course = reader.read()
        var diagnostics = reader.diagnostics
        if let course, let other = courses.first(where: { $0.id == course.id }) {
            diagnostics.append(.error(.duplicateCourseId, course.id, other.folder.lastPathComponent,
                                      file: reader.file, line: reader.idMark?.line, column: reader.idMark?.column))
        }
        if let course, !diagnostics.hasErrors {
            courses.append(course)
            warnings += diagnostics
        } else {
            failures.append(CourseFailure(folder: folder, diagnostics: diagnostics, partialCourse: course))
        }
    }

    private static func courseFolders(in folder: URL, warnings: inout [Diagnostic]) -> [URL] {
        let manager = FileManager.default
        if manager.fileExists(atPath: folder.appendingPathComponent(ManifestReader.fileName).path) {
            return [folder]
        }
        let children = (try? manager.contentsOfDirectory(at: folder, includingPropertiesForKeys: [.isDirectoryKey],
                                                         options: [.skipsHiddenFiles])) ?? []
        var found: [URL] = []
        for child in children.sorted(by: { $0.lastPathComponent < $1.lastPathComponent })
        where (try? child.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true {
            if manager.fileExists(atPath: child.appendingPathComponent(ManifestReader.fileName).path) {
                found.append(child)
            } else {
                warnings.append(.warning(.notACourse, child.lastPathComponent, file: child))
            }
        }
        return found
    }
}

/// A course folder that could not be loaded, and why.
public struct CourseFailure: Sendable, Hashable {
    public var folder: URL
    public var diagnostics: [Diagnostic]
    /// What could be read of it, so a check can still look into its modules; nil when
    /// course.yaml itself could not be read.
    public var partialCourse: Course?

    public init(folder: URL, diagnostics: [Diagnostic], partialCourse: Course? = nil) {
        self.folder = folder
        self.diagnostics = diagnostics
        self.partialCourse = partialCourse
    }

    /// False when the folder is not a course at all (no course.yaml, or no folder).
    public var hasCourseFile: Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(ManifestReader.fileName).path)
    }
}
