import Testing
import Foundation
@testable import CourseKit

@Suite struct CourseLibraryTests {
    let library = CourseLibrary.load(folder: Fixtures.url("library"))

    @Test func loadsEveryGoodCourseAndReportsTheBrokenOne() throws {
        #expect(library.courses.map(\.id) == ["alpha", "beta"])
        let failure = try #require(library.failures.first)
        #expect(library.failures.count == 1)
        #expect(failure.folder.lastPathComponent == "gamma-broken")
        let keys = failure.diagnostics.map(\.message.key)
        #expect(keys.contains(.missingKey) && keys.contains(.fileMissing))
    }

    @Test func aFolderWithoutCourseYAMLIsSkippedWithAWarning() throws {
        let warning = try #require(library.warnings.first { $0.message.key == .notACourse })
        #expect(warning.severity == .warning)
        #expect(warning.message.arguments == ["notes"])
    }

    @Test func readsEveryKeyOfCourseYAML() throws {
        let alpha = try #require(library.courses.first)
        #expect(alpha.title == "Kursus Alfa")
        #expect(alpha.version == "1.2.0")
        #expect(alpha.hours == 2)
        #expect(alpha.description == "Kursus contoh dengan semua kunci.")
        #expect(alpha.completion == CompletionRule(passMark: 80, maxAttempts: 3))
        #expect(alpha.modules[0] == Module(id: "pembuka", title: "Pembukaan Kursus", file: "01-pembuka.md",
                                           quiz: "01-pembuka.gift", minutes: 10))
    }

    @Test func resolvesTheDefaultsOfDesign() throws {
        let beta = try #require(library.courses.last)
        #expect(beta.language == "id")
        #expect(beta.completion == CompletionRule(passMark: 70, maxAttempts: 0))
        #expect(beta.modules.map(\.id) == ["bab-satu", "penutup"])
        // A setext heading is a heading; a module without one is titled by its id.
        #expect(beta.withModuleTitles().course.modules.map(\.title) == ["Bab Satu", "penutup"])
        let alpha = try #require(library.courses.first)
        #expect(alpha.modules[1].id == "inti")
        #expect(alpha.withModuleTitles().course.modules[1].title == "Materi Inti")
    }

    /// Opening the library reads course.yaml only: the headings wait until the course is opened.
    @Test func moduleTitlesFromHeadingsAreReadWhenTheCourseOpens() throws {
        let alpha = try #require(library.courses.first)
        #expect(alpha.modules.map(\.title) == ["Pembukaan Kursus", "inti"])
        #expect(alpha.modules.map(\.titleFromHeading) == [false, true])
        let opened = alpha.withModuleTitles()
        #expect(opened.course.modules.map(\.title) == ["Pembukaan Kursus", "Materi Inti"])
        #expect(opened.problems.isEmpty)
    }

    @Test func aModuleFileGoneSinceTheLibraryOpenedIsNamedAndKeepsItsId() throws {
        let folder = try TemporaryCopy(of: "library/beta")
        defer { folder.remove() }
        let beta = try #require(CourseLibrary.load(folder: folder.url).courses.first)
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("01-Bab Satu.md"))
        let opened = beta.withModuleTitles()
        #expect(opened.course.modules.map(\.title) == ["bab-satu", "penutup"])
        #expect(opened.problems.map(\.message.key) == [.fileMissing])
        #expect(opened.problems.first?.message.arguments == ["01-Bab Satu.md"])
    }

    @Test func aFolderThatIsItselfACourseLoadsAlone() {
        let single = CourseLibrary.load(folder: Fixtures.url("library/alpha"))
        #expect(single.courses.map(\.id) == ["alpha"])
        #expect(single.failures.isEmpty)
    }

    @Test func aFolderWithNoCourseIsAFailure() {
        let empty = CourseLibrary.load(folder: Fixtures.url("library/notes"))
        #expect(empty.courses.isEmpty)
        #expect(empty.failures.first?.diagnostics.map(\.message.key) == [.noCourseFound])
        let missing = CourseLibrary.load(folder: Fixtures.url("no-such-folder"))
        #expect(missing.failures.first?.diagnostics.map(\.message.key) == [.fileMissing])
    }

    @Test func moduleTextIsReadOnDemandWithBadBytesReplaced() throws {
        let beta = try #require(library.courses.last)
        let text = try beta.text(of: beta.modules[0])
        #expect(text.contains("Isi \u{FFFD} bab."))
    }

    /// alpha's course.yaml and quiz start with a UTF-8 byte-order mark, as Windows Notepad writes.
    @Test func quizIsParsedOnDemand() throws {
        let alpha = try #require(library.courses.first)
        let quiz = try #require(try alpha.quiz(of: alpha.modules[0]))
        #expect(quiz.questions.map(\.id) == ["ibu-kota", "q2"])
        #expect(try alpha.quiz(of: alpha.modules[1]) == nil)
    }

    @Test func aMissingModuleFileThrowsWithItsDiagnostic() throws {
        var alpha = try #require(library.courses.first)
        alpha.modules[0].file = "hilang.md"
        let error = try #require(throws: CourseError.self) { try alpha.text(of: alpha.modules[0]) }
        #expect(error.diagnostics.map(\.message.key) == [.fileMissing])
    }
}
