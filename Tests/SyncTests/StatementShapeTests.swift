import Foundation
import ProgressStore
import Testing
import XAPI
@testable import Sync

/// Every kind of statement the store makes, checked for its shape and accepted by Ralph.
@Suite struct StatementShapeTests {
    let fixture: StoreFixture
    let statements: [[String: Any]]

    init() throws {
        fixture = try StoreFixture()
        try fixture.study(try fixture.learner("198609262015052001", "Ani Lestari"))
        try fixture.study(try fixture.learner("199001152014031002", "Budi Santoso", agency: nil, unit: nil), right: false)
        statements = try fixture.outbox().map { try JSONSerialization.jsonObject(with: $0.json) as? [String: Any] ?? [:] }
    }

    @Test func ralphAcceptsEveryStatementTheStoreMakes() throws {
        let lrs = LRSClient(endpoint: try Ralph.shared.get().tenant())
        try Pusher.push(store: fixture.store, lrs: lrs, batchSize: 1_000)
        #expect(try lrs.statements(as: Identified.self).count == statements.count)
    }

    @Test func everyVerbAndInteractionTypeIsMade() {
        let verbs = Set(statements.compactMap { ($0["verb"] as? [String: Any])?["id"] as? String })
        #expect(verbs == Set([Verb.registered, .experienced, .completed, .attempted, .answered, .passed, .failed].map(\.id)))
        let kinds = Set(statements.compactMap { definition($0)?["interactionType"] as? String })
        #expect(kinds.isSuperset(of: ["choice", "true-false", "fill-in", "numeric", "matching", "long-fill-in"]))
    }

    @Test func everyGradedInteractionSaysWhatWasExpected() {
        let graded = statements.filter { ["choice", "true-false", "fill-in", "numeric", "matching"]
            .contains(definition($0)?["interactionType"] as? String ?? "") }
        #expect(!graded.isEmpty)
        for statement in graded {
            #expect((definition(statement)?["correctResponsesPattern"] as? [String])?.isEmpty == false)
        }
    }

    @Test func aCourseCompletionCarriesTheNationalRecord() throws {
        let completions = statements.filter { definition($0)?["type"] as? String == ActivityType.course }
        let completion = try #require(completions.first)
        #expect(completions.count == 1)
        let extensions = (completion["context"] as? [String: Any])?["extensions"] as? [String: String] ?? [:]
        #expect(extensions.first { $0.key.hasSuffix("/extensions/agency") }?.value == "BKN")
        #expect(extensions.first { $0.key.hasSuffix("/extensions/unit") }?.value == "Kanreg XIV")
        let certificate = extensions.first { $0.key.hasSuffix("/extensions/certificate") }?.value ?? ""
        #expect(certificate.wholeMatch(of: /BLJ-2026-[0-9A-F]{8}/) != nil)
        let result = completion["result"] as? [String: Any]
        #expect((result?["extensions"] as? [String: Double])?.values.first == sampleCourse.hours)
    }

    @Test func theStatementsOfOneAttemptShareItsRegistration() {
        let attempted = statements.filter { ($0["verb"] as? [String: Any])?["id"] as? String == Verb.attempted.id }
        for start in attempted {
            let registration = (start["context"] as? [String: Any])?["registration"] as? String
            let members = statements.filter { ($0["context"] as? [String: Any])?["registration"] as? String == registration }
            #expect(members.count >= 3, "attempt, answers and result")
        }
        #expect(Set(attempted.compactMap { ($0["context"] as? [String: Any])?["registration"] as? String }).count == attempted.count)
    }

    private func definition(_ statement: [String: Any]) -> [String: Any]? {
        (statement["object"] as? [String: Any])?["definition"] as? [String: Any]
    }
}
