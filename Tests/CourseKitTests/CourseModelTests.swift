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
