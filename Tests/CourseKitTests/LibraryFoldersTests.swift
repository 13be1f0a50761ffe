import Foundation
import Testing
@testable import CourseKit

/// The installed library: the bundled courses, then the office's own folder.
@Suite struct LibraryFoldersTests {
    let bundled = Fixtures.url("library")

    /// An office folder holding a copy of the fixture `alpha` whose course.yaml is changed by `edit`.
    func office(editing edit: (String) -> String) throws -> TemporaryCopy {
        let copy = try TemporaryCopy(of: "library/alpha")
        let manifest = copy.url.appendingPathComponent("course.yaml")
        try edit(try String(contentsOf: manifest, encoding: .utf8)).write(to: manifest, atomically: true, encoding: .utf8)
        return copy
    }

    @Test func anOfficeCourseReplacesTheBundledOneWithItsIdInPlace() throws {
        let copy = try office { $0.replacingOccurrences(of: "Kursus Alfa", with: "Kursus Alfa Kantor") }
        defer { copy.remove() }
        let library = CourseLibrary.load(folders: [bundled, copy.url.deletingLastPathComponent()])
        #expect(library.courses.map(\.id) == ["alpha", "beta"])
        #expect(library.courses.first?.title == "Kursus Alfa Kantor")
        #expect(library.courses.first?.folder.standardizedFileURL.path == copy.url.standardizedFileURL.path)
        #expect(library.failures.map(\.folder.lastPathComponent) == ["gamma-broken"])
    }

    @Test func aBrokenOfficeCopyIsListedAndTheBundledCourseStays() throws {
        let copy = try office { $0.replacingOccurrences(of: "title: Kursus Alfa\n", with: "") }
        defer { copy.remove() }
        let library = CourseLibrary.load(folders: [bundled, copy.url.deletingLastPathComponent()])
        #expect(library.courses.map(\.title) == ["Kursus Alfa", "Kursus Beta"])
        #expect(library.failures.map(\.folder.standardizedFileURL.path) == [
            bundled.appendingPathComponent("gamma-broken").standardizedFileURL.path, copy.url.standardizedFileURL.path,
        ])
    }

    @Test func aMissingOfficeFolderIsNoProblem() {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("belajar-\(UUID().uuidString)")
        let library = CourseLibrary.load(folders: [bundled, missing])
        #expect(library.courses.map(\.id) == ["alpha", "beta"])
        #expect(library.failures.count == 1)
    }

    @Test func noCourseInAnyFolderNamesTheFirst() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("belajar-\(UUID().uuidString)")
        let library = CourseLibrary.load(folders: [missing, missing.appendingPathComponent("office")])
        let failure = try #require(library.failures.first)
        #expect(library.failures.count == 1)
        #expect(failure.folder == missing)
        #expect(failure.diagnostics.map(\.message.key) == [.fileMissing])
    }
}
