import Testing
import Foundation
import Localization
@testable import CourseKit

/// One broken fixture folder per error and warning class of `belajar check`, each asserting
/// the file, line, column and message a trainer sees.
@Suite struct CourseCheckTests {
    struct Expected: Sendable, CustomStringConvertible {
        var fixture: String
        /// Relative to the fixture folder.
        var file: String
        var line: Int?
        var column: Int?
        var message: String
        var severity: Diagnostic.Severity = .error

        var description: String { "\(fixture): \(message)" }
    }

    static let cases: [Expected] = [
        Expected(fixture: "yaml-syntax", file: "course.yaml", line: 7, column: 4,
                 message: "course.yaml cannot be read: while parsing a block collection did not find expected '-' indicator"),
        Expected(fixture: "yaml-type", file: "course.yaml", line: 4, column: 8, message: "'hours' must be a number"),
        Expected(fixture: "missing-key", file: "course.yaml", line: 1, column: 1,
                 message: "required key 'version' is missing"),
        Expected(fixture: "bad-course-id", file: "course.yaml", line: 1, column: 5,
                 message: "course id 'Etika ASN' is not valid"),
        Expected(fixture: "bad-module-id", file: "course.yaml", line: 7, column: 9,
                 message: "module id 'Modul_Satu' is not valid"),
        Expected(fixture: "bad-version", file: "course.yaml", line: 3, column: 10,
                 message: "version '1.0' is not a semantic version"),
        Expected(fixture: "out-of-range", file: "course.yaml", line: 8, column: 14,
                 message: "'completion.pass_mark' must be between 0 and 100"),
        Expected(fixture: "not-boolean", file: "course.yaml", line: 8, column: 12,
                 message: "'completion.shuffle' must be true or false"),
        Expected(fixture: "duplicate-module-id", file: "course.yaml", line: 7, column: 11,
                 message: "module id 'modul' is already used on line 6"),
        Expected(fixture: "duplicate-course-id", file: "b-kedua/course.yaml", line: 1, column: 5,
                 message: "course id 'sama' is already used by 'a-pertama'"),
        Expected(fixture: "missing-file", file: "course.yaml", line: 7, column: 11,
                 message: "file '01-modul.gift' does not exist"),
        Expected(fixture: "file-outside", file: "course.yaml", line: 7, column: 11,
                 message: "file '../gift-errors/weights.gift' is outside the course folder"),
        Expected(fixture: "not-utf8", file: "01-modul.md", line: 3, column: 29,
                 message: "the file is not valid UTF-8; learners see � where the bytes are broken", severity: .warning),
        Expected(fixture: "gift-errors", file: "unclosed.gift", line: 3, column: 12,
                 message: "the brace '{' is never closed"),
        Expected(fixture: "gift-errors", file: "no-right-answer.gift", line: 2, column: 14,
                 message: "the multiple-choice question has no right answer"),
        Expected(fixture: "gift-errors", file: "weights.gift", line: 2, column: 3,
                 message: "the weights of the right answers add up to 90%, not 100%"),
        Expected(fixture: "gift-errors", file: "matching.gift", line: 1, column: 13,
                 message: "the matching question has 1 pairs; it needs at least 2"),
        Expected(fixture: "gift-errors", file: "not-a-number.gift", line: 3, column: 22,
                 message: "'dua puluh' is not a number"),
        Expected(fixture: "gift-errors", file: "moodle-weight.gift", line: 2, column: 27,
                 message: "weight '%33%' is not one of Moodle's grades; the nearest allowed: %33.33333%, %30%"),
        Expected(fixture: "gift-repeated-id", file: "01-modul.gift", line: 3, column: 1,
                 message: "question id 'tujuan' is already used on line 1; this question gets id 'tujuan-2'",
                 severity: .warning),
        Expected(fixture: "gift-not-utf8", file: "01-modul.gift", line: 2, column: 4,
                 message: "the quiz file is not valid UTF-8; Moodle refuses it too"),
        Expected(fixture: "unknown-key", file: "course.yaml", line: 2, column: 1,
                 message: "unknown key 'titel' is ignored; did you mean 'title'?", severity: .warning),
        Expected(fixture: "unknown-key", file: "course.yaml", line: 8, column: 5,
                 message: "unknown key 'modules[1].quis' is ignored; did you mean 'modules[1].quiz'?", severity: .warning),
        Expected(fixture: "unknown-key", file: "course.yaml", line: 9, column: 1,
                 message: "unknown key 'warna' is ignored", severity: .warning),
        Expected(fixture: "broken-link", file: "01-modul.md", line: 3, column: 7,
                 message: "the link to 'lampiran.pdf' finds no file", severity: .warning),
        Expected(fixture: "image-no-alt", file: "01-modul.md", line: 5, column: 1,
                 message: "image 'media/bagan.png' has no alternative text", severity: .warning),
        Expected(fixture: "file-not-listed", file: "bab/02-lupa.md", line: nil, column: nil,
                 message: "file 'bab/02-lupa.md' is not listed in course.yaml; learners never see it", severity: .warning),
        Expected(fixture: "no-heading", file: "01-modul.md", line: nil, column: nil,
                 message: "the module has no heading (a '# ...' line)", severity: .warning),
    ]

    @Test(arguments: cases) func reportsWithFileLineAndMessage(_ expected: Expected) throws {
        let folder = Fixtures.url("broken/\(expected.fixture)")
        let report = CourseCheck.check(paths: [folder])
        let found = report.diagnostics.first { $0.path(relativeTo: folder) == expected.file && $0.line == expected.line
            && $0.message(in: .english) == expected.message }
        let diagnostic = try #require(found, "got \(report.diagnostics.map { $0.formatted(in: .english, relativeTo: folder) })")
        #expect(diagnostic.column == expected.column)
        #expect(diagnostic.severity == expected.severity)
        #expect(report.hasErrors == (expected.severity == .error))
        #expect(!diagnostic.message(in: .indonesian).isEmpty && diagnostic.message(in: .indonesian) != expected.message)
    }

    @Test func everyProblemIsReportedNotJustTheFirst() {
        let report = CourseCheck.check(paths: [Fixtures.url("broken/gift-errors")])
        #expect(report.diagnostics.errorCount == 6)
        let missing = CourseCheck.check(paths: [Fixtures.url("broken/missing-file")])
        #expect(missing.diagnostics.map(\.line) == [7, 8])
    }

    @Test func aWholeFolderOfBrokenCoursesIsCheckedCourseByCourse() {
        let report = CourseCheck.check(paths: [Fixtures.url("broken")])
        let checked = Set(report.diagnostics.map { $0.path(relativeTo: Fixtures.url("broken")).prefix { $0 != "/" } })
        #expect(checked.count == 21)
        // duplicate-course-id is itself a library: one level down it is a folder with no course.yaml.
        #expect(report.courses == 20)
        #expect(report.diagnostics.contains { $0.message == DiagnosticMessage(.notACourse, ["duplicate-course-id"]) })
    }

    @Test func summaryAndHintsFollowEachDiagnostic() {
        let folder = Fixtures.url("broken/missing-key")
        let text = CourseCheck.check(paths: [folder]).text(in: .indonesian, relativeTo: folder)
        #expect(text == """
            course.yaml:1:1: error: kunci wajib 'version' tidak ada
                saran: Tambahkan 'version:' beserta nilainya; lihat panduan pelatih di README.
            1 kursus diperiksa: 1 galat, 0 peringatan
            """)
    }

    @Test func jsonCarriesStableCodesForTools() throws {
        let folder = Fixtures.url("broken/bad-version")
        let json = try CourseCheck.check(paths: [folder]).json(in: .english, relativeTo: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["errors"] as? Int == 1)
        let entry = try #require((object["diagnostics"] as? [[String: Any]])?.first)
        #expect(entry["code"] as? String == "badVersion")
        #expect(entry["file"] as? String == "course.yaml")
        #expect(entry["line"] as? Int == 3)
        #expect(entry["message"] as? String == "version '1.0' is not a semantic version")
    }

    @Test func aSingleQuizModuleOrCourseFileCanBeChecked() {
        let quiz = CourseCheck.check(paths: [Fixtures.url("broken/gift-errors/weights.gift")])
        #expect(quiz.diagnostics.map(\.message.key) == [.giftWeightsNot100])
        let module = CourseCheck.check(paths: [Fixtures.url("broken/no-heading/01-modul.md")])
        #expect(module.diagnostics.map(\.message.key) == [.moduleNoHeading])
        let manifest = CourseCheck.check(paths: [Fixtures.url("broken/bad-version/course.yaml")])
        #expect(manifest.diagnostics.map(\.message.key) == [.badVersion])
        #expect(manifest.courses == 1)
    }

    @Test func aKeyWrittenTwiceIsAYAMLError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("belajar-dup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "# M\n".write(to: folder.appendingPathComponent("m.md"), atomically: true, encoding: .utf8)
        try "id: a\ntitle: A\nversion: 1.0.0\nhours: 1\nhours: 2\nmodules:\n  - file: m.md\n"
            .write(to: folder.appendingPathComponent("course.yaml"), atomically: true, encoding: .utf8)
        let diagnostic = try #require(CourseCheck.check(paths: [folder]).diagnostics.first)
        #expect(diagnostic.message(in: .english) == "key 'hours' is written more than once")
        #expect(diagnostic.line == 4)
    }

    /// Every statement of a course keys its language maps with `language:`: a name of a language
    /// instead of a BCP 47 tag would make a strict LRS refuse them all.
    @Test(arguments: [("Bahasa Indonesia", false), ("id", true), ("en-US", true), ("id_ID", false)])
    func theLanguageMustBeABCP47Tag(language: String, valid: Bool) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("belajar-lang-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "# M\n".write(to: folder.appendingPathComponent("m.md"), atomically: true, encoding: .utf8)
        try "id: a\ntitle: A\nversion: 1.0.0\nlanguage: \(language)\nhours: 1\nmodules:\n  - file: m.md\n"
            .write(to: folder.appendingPathComponent("course.yaml"), atomically: true, encoding: .utf8)
        let diagnostics = CourseCheck.check(paths: [folder]).diagnostics
        #expect(diagnostics.isEmpty == valid)
        if !valid {
            let diagnostic = try #require(diagnostics.first)
            #expect(diagnostic.severity == .error)
            #expect(diagnostic.message(in: .english) == "language '\(language)' is not a BCP 47 language tag")
            #expect(diagnostic.message(in: .indonesian) == "bahasa '\(language)' bukan kode bahasa BCP 47")
            #expect(diagnostic.line == 4)
        }
    }

    /// course.yaml copied verbatim from DESIGN.md, comments and all, is a valid course.
    @Test func theExampleOfDesignPasses() throws {
        let folder = Fixtures.url("design-example")
        #expect(CourseCheck.check(paths: [folder]).diagnostics.isEmpty)
        let course = try #require(CourseLibrary.load(folder: folder).courses.first)
        #expect(course.modules == [Module(id: "pentingnya", title: "Pentingnya ...", file: "01-pentingnya.md",
                                          quiz: "01-pentingnya.gift", minutes: 10)])
        #expect(course.description == "Optional, shown in the library.")
    }

    @Test func aGoodLibraryHasNoDiagnostics() {
        let report = CourseCheck.check(paths: [Fixtures.url("library/alpha")])
        #expect(report.diagnostics.isEmpty)
        #expect(!report.hasErrors)
    }
}

struct UnlistedFileTests {
    /// Listed files (also as `./01-modul.gift`) and a README are not reported; the forgotten
    /// module in a subfolder is, once.
    @Test func onlyTheForgottenModuleIsReported() {
        let folder = Fixtures.url("broken/file-not-listed")
        let report = CourseCheck.check(paths: [folder])
        #expect(report.diagnostics.map { $0.path(relativeTo: folder) } == ["bab/02-lupa.md"])
        #expect(!report.hasErrors)
    }
}
