import Testing
import Foundation
@testable import CourseKit

@Suite struct CourseModelTests {
    @Test func completionDefaultsFollowDesign() {
        let rule = CompletionRule()
        #expect(rule.passMark == 70)
        #expect(rule.maxAttempts == 0)
        #expect(rule.shuffle)
    }

    /// `belajar check` knows the key (no "unknown key" warning) and the course keeps it, also
    /// when read back from the library index.
    @Test func aCourseCanTurnShufflingOff() throws {
        let copy = try TemporaryCopy(of: "broken/not-boolean")
        defer { copy.remove() }
        let manifest = copy.url.appendingPathComponent("course.yaml")
        let text = try String(contentsOf: manifest, encoding: .utf8).replacingOccurrences(of: "kadang", with: "false")
        try text.write(to: manifest, atomically: true, encoding: .utf8)
        #expect(CourseCheck.check(paths: [copy.url]).diagnostics.isEmpty)
        let index = FileManager.default.temporaryDirectory.appendingPathComponent("belajar-index-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: index, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: index) }
        for _ in 0..<2 {
            let library = CourseLibrary.load(folder: copy.url.deletingLastPathComponent(), indexIn: index)
            #expect(library.courses.map(\.completion.shuffle) == [false])
        }
    }
}

@Suite struct ModuleIdDefaultTests {
    /// ASCII names skip Foundation's diacritic folding; others still get it.
    @Test func theFileStemWithoutItsNumberBecomesTheId() {
        #expect(Identifier.moduleDefault(fromFile: "01-Pentingnya ASN.md") == "pentingnya-asn")
        #expect(Identifier.moduleDefault(fromFile: "bab/02_Évaluasi Akhir.md") == "evaluasi-akhir")
        #expect(Identifier.moduleDefault(fromFile: "03.md") == "03")
    }
}
