import Testing
import Foundation
import Localization
@testable import CourseKit

@Suite struct DiagnosticTests {
    @Test func formatsLikeACompiler() {
        let base = URL(fileURLWithPath: "/tmp/kursus")
        let diagnostic = Diagnostic.error(.missingKey, "hours", file: base.appendingPathComponent("a/course.yaml"),
                                          line: 3, column: 1)
        #expect(diagnostic.formatted(in: .english, relativeTo: base)
            == "a/course.yaml:3:1: error: required key 'hours' is missing")
        #expect(diagnostic.formatted(in: .indonesian, relativeTo: base)
            == "a/course.yaml:3:1: error: kunci wajib 'hours' tidak ada")
        #expect(diagnostic.hint(in: .english).contains("'hours:'"))
        let wholeFile = Diagnostic.warning(.notACourse, "x", file: base.appendingPathComponent("x"))
        #expect(wholeFile.formatted(in: .english, relativeTo: base) == "x: warning: folder 'x' skipped: it has no course.yaml")
    }

    @Test func controlCharactersFromCourseFilesNeverReachTheTerminal() {
        let message = DiagnosticMessage(.badCourseId, ["a\u{1B}[31mb\u{9B}c"])
        #expect(message.text(in: .english) == "course id 'a\u{FFFD}[31mb\u{FFFD}c' is not valid")
    }
}

@Suite struct ReportTextTests {
    @Test func fillsArguments() {
        #expect(ReportText.checkSummary.text(in: .english, ["courses": "2", "errors": "1", "warnings": "0"]) == "2 courses checked: 1 errors, 0 warnings")
    }
}
