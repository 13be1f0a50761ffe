import Testing
import Foundation
@testable import CourseKit

@Suite struct CourseModelTests {
    @Test func completionDefaultsFollowDesign() {
        let rule = CompletionRule()
        #expect(rule.passMark == 70)
        #expect(rule.maxAttempts == 0)
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
