import Testing
import Foundation
import Localization
@testable import CourseKit

@Suite struct DiagnosticTests {
    @Test func bothLanguagesHaveEveryKey() {
        let all = Set(DiagnosticMessage.Key.allCases)
        #expect(Set(DiagnosticTable.indonesian.keys) == all)
        #expect(Set(DiagnosticTable.english.keys) == all)
    }

    @Test func bothLanguagesUseTheSamePlaceholders() {
        for key in DiagnosticMessage.Key.allCases {
            let indonesian = DiagnosticTable.indonesian[key], english = DiagnosticTable.english[key]
            #expect(placeholders(indonesian?.text) == placeholders(english?.text), "\(key)")
            #expect(placeholders(indonesian?.hint) == placeholders(english?.hint), "\(key)")
            let hints = [indonesian?.hint, english?.hint].compactMap { $0 }.filter { !$0.isEmpty }
            #expect(hints.count == 2, "\(key) needs a hint in both languages")
        }
    }

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

    private func placeholders(_ text: String?) -> [String] {
        guard let text else { return [] }
        return (0..<5).map { "{\($0)}" }.filter { text.contains($0) }
    }
}

@Suite struct ReportTextTests {
    @Test func bothLanguagesHaveEveryKey() {
        #expect(Set(ReportText.indonesian.keys) == Set(ReportText.allCases))
        #expect(Set(ReportText.english.keys) == Set(ReportText.allCases))
    }

    @Test func fillsArguments() {
        #expect(ReportText.checkSummary.text(in: .english, "2", "1", "0") == "2 courses checked: 1 errors, 0 warnings")
    }
}
