import FoundationEssentials
import Localization

/// A library as plain lines: each course, then each failure with its diagnostics.
public struct LibraryListing: Sendable {
    public var library: CourseLibrary

    public init(library: CourseLibrary) {
        self.library = library
    }

    public func lines(in language: Language) -> [String] {
        let base = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var lines = library.courses.map { course in
            // ReportText fills arguments through Template, which makes control characters visible.
            ReportText.libraryCourse.text(in: language, ["id": course.id, "title": course.title,
                                                         "modules": String(course.modules.count), "hours": Readable.number(course.hours, language)])
        }
        if lines.isEmpty, library.failures.isEmpty { lines.append(ReportText.libraryEmpty.text(in: language)) }
        for failure in library.failures {
            lines.append(ReportText.libraryFailure.text(in: language, ["folder": failure.folder.lastPathComponent]))
            lines += failure.diagnostics.map { "  " + $0.formatted(in: language, relativeTo: base) }
        }
        return lines
    }
}
