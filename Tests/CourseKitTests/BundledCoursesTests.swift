import Testing
import Foundation
@testable import CourseKit

/// The courses shipped in `courses/` are the trainers' first example: they must pass the check
/// cleanly and, together, show every GIFT question type.
@Suite struct BundledCoursesTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("courses")

    @Test func passTheCheckWithoutAnyWarning() {
        let report = CourseCheck.check(paths: [Self.folder])
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map { $0.formatted(in: .english) })")
        #expect(report.courses >= 2)
    }

    @Test func theSampleCourseHasOneQuizPerModule() throws {
        let library = CourseLibrary.load(folder: Self.folder)
        let sample = try #require(library.courses.first { $0.id == "pengembangan-kualitas-asn" })
        #expect(sample.modules.count == 6)
        #expect(sample.modules.allSatisfy { $0.quiz != nil })
        #expect(sample.withModuleTitles().course.modules.first?.title == "Mengapa Kualitas ASN Penting")
    }

    @Test func theSampleQuizzesUseEveryQuestionTypeWithFeedback() throws {
        let library = CourseLibrary.load(folder: Self.folder)
        let sample = try #require(library.courses.first { $0.id == "pengembangan-kualitas-asn" })
        let questions = try sample.modules.flatMap { try sample.quiz(of: $0)?.questions ?? [] }
        let kinds = Set(questions.map { Self.kindName($0.kind) })
        #expect(kinds == ["multipleChoice", "multipleAnswer", "trueFalse", "shortAnswer", "numerical",
                          "matching", "essay", "description"])
        for question in questions where question.kind != .description {
            #expect(Self.hasFeedback(question), "\(question.id) has no feedback")
        }
    }

    static func kindName(_ kind: Question.Kind) -> String {
        String(describing: kind).prefix { $0 != "(" }.description
    }

    static func hasFeedback(_ question: Question) -> Bool {
        if question.generalFeedback != nil { return true }
        switch question.kind {
        case .multipleChoice(let choices), .multipleAnswer(let choices): return choices.contains { $0.feedback != nil }
        case .trueFalse(_, let wrong, let right): return wrong != nil && right != nil
        case .shortAnswer(let answers, _): return answers.contains { $0.feedback != nil }
        case .numerical(let answers): return answers.contains { $0.feedback != nil }
        case .matching, .essay, .description: return false
        }
    }
}
