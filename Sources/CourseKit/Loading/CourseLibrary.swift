import FoundationEssentials

/// Every course found in a folder. A course with errors is reported in `failures` and the
/// others still load, so one trainer's typo never hides the whole library.
public struct CourseLibrary: Sendable {
    /// In folder-name order, one library folder after the other.
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
    /// Module files are not read here: see `Course.text(of:)`, `Course.quiz(of:)` and
    /// `Course.withModuleTitles()`. With `indexIn`, a folder the program may write to, what this
    /// opening read is kept there, and course.yaml files unchanged since are not parsed again
    /// (see `LibraryIndex`).
    public static func load(folder: URL, indexIn directory: URL? = nil) -> CourseLibrary {
        load(folder: folder, using: directory.map { LibraryIndex(file: LibraryIndex.file(for: folder, in: $0)) })
    }

    static func load(folder: URL, using index: LibraryIndex?) -> CourseLibrary {
        var library = collect(folder: folder, using: index)
        library.reportEmpty(folder)
        return library
    }

    /// The installed layout: several folders (the bundled courses, then the office's own) as one
    /// library. A course that loads from a later folder replaces one with the same id from an
    /// earlier folder, so an office can give its learners a newer version of a bundled course; a
    /// broken copy replaces nothing. An empty or missing folder is not a problem while another
    /// folder has courses.
    public static func load(folders: [URL], indexIn directory: URL? = nil) -> CourseLibrary {
        var library = CourseLibrary()
        for folder in folders {
            let index = directory.map { LibraryIndex(file: LibraryIndex.file(for: folder, in: $0)) }
            let found = collect(folder: folder, using: index)
            for course in found.courses {
                if let place = library.courses.firstIndex(where: { $0.id == course.id }) {
                    library.courses[place] = course
                } else {
                    library.courses.append(course)
                }
            }
            library.failures += found.failures
            library.warnings += found.warnings
        }
        if let first = folders.first { library.reportEmpty(first) }
        return library
    }

    private static func collect(folder: URL, using index: LibraryIndex?) -> CourseLibrary {
        var library = CourseLibrary()
        var index = index
        let folders = courseFolders(in: folder, warnings: &library.warnings)
        let readings = index?.readings(of: folders) ?? ManifestReader.readings(of: folders)
        for (reading, candidate) in zip(readings, folders) {
            library.add(reading, folder: candidate)
        }
        index?.save()
        return library
    }

    private mutating func reportEmpty(_ folder: URL) {
        guard courses.isEmpty, failures.isEmpty else { return }
        let missing = !FileManager.default.fileExists(atPath: folder.path)
        let key: DiagnosticMessage.Key = missing ? .fileMissing : .noCourseFound
        failures.append(CourseFailure(folder: folder, diagnostics: [.error(key, folder.path, file: folder)]))
    }

    /// Every diagnostic: failures' and warnings', in folder order.
    public var diagnostics: [Diagnostic] {
        (failures.flatMap(\.diagnostics) + warnings).sorted { $0.file.path < $1.file.path }
    }

    private mutating func add(_ reading: ManifestReading, folder: URL) {
        let course = reading.course
        var diagnostics = reading.diagnostics
        if let course, let other = courses.first(where: { $0.id == course.id }) {
            diagnostics.append(.error(.duplicateCourseId, course.id, other.folder.lastPathComponent,
                                      file: folder.appendingPathComponent(ManifestReader.fileName),
                                      line: reading.idMark?.line, column: reading.idMark?.column))
        }
        if let course, !diagnostics.hasErrors {
            courses.append(course)
            warnings += diagnostics
        } else {
            failures.append(CourseFailure(folder: folder, diagnostics: diagnostics, partialCourse: course))
        }
    }

    private static func courseFolders(in folder: URL, warnings: inout [Diagnostic]) -> [URL] {
        if PathKind(path: folder.path + "/" + ManifestReader.fileName) != nil { return [folder] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var found: [URL] = []
        for name in names.sorted() where !name.hasPrefix(".") && PathKind(path: folder.path + "/" + name) == .folder {
            let child = folder.appendingPathComponent(name, isDirectory: true)
            if PathKind(path: child.path + "/" + ManifestReader.fileName) != nil {
                found.append(child)
            } else {
                warnings.append(.warning(.notACourse, name, file: child))
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
