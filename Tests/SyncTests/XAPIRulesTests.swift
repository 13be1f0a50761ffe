import Foundation
import Testing
import XAPI
@testable import Sync

/// Every statement shape the store makes, and every example of docs/statements.md, against the
/// xAPI 1.0.3 rules; and the rules themselves, against statements that break each of them.
@Suite struct XAPIRulesTests {
    static func made() throws -> [[String: Any]] {
        let fixture = try StoreFixture()
        try fixture.study(try fixture.learner("198609262015052001", "Ani Lestari"))
        try fixture.study(try fixture.learner("199001152014031002", "Budi Santoso", agency: nil, unit: nil), right: false)
        return try fixture.outbox().map { try JSONSerialization.jsonObject(with: $0.json) as? [String: Any] ?? [:] }
    }

    @Test func everyStatementTheStoreMakesFollowsTheRules() throws {
        let statements = try Self.made()
        #expect(statements.count > 30)
        let verbs = statements.compactMap { ($0["verb"] as? [String: Any])?["id"] as? String }
        #expect(verbs.filter { $0 == Verb.registered.id }.count == 2, "each learner's registration is checked too")
        for statement in statements {
            #expect(XAPIRules.violations(statement).isEmpty, "\(statement["verb"] ?? ""): \(XAPIRules.violations(statement))")
        }
    }

    @Test func everyDocumentedExampleFollowsTheRules() throws {
        let examples = try DocumentationTests().examples
        #expect(!examples.isEmpty)
        for example in examples {
            #expect(XAPIRules.violations(example).isEmpty, "\(XAPIRules.violations(example))")
        }
    }

    /// Each broken copy of a real statement is caught, by the rule it breaks.
    @Test(arguments: [
        ("language map", #"{"object":{"objectType":"Activity","id":"https://x.example/a","definition":{"name":{"Bahasa Indonesia":"Judul"}}}}"#),
        ("scaled", #"{"result":{"score":{"scaled":1.5}}}"#),
        ("raw", #"{"result":{"score":{"raw":120,"min":0,"max":100}}}"#),
        ("duration", #"{"result":{"duration":"754 seconds"}}"#),
        ("timestamp", #"{"timestamp":"2026-09-21 14:25:00"}"#),
        ("id", #"{"id":"not-a-uuid"}"#),
        ("IRI", #"{"verb":{"id":"answered","display":{"en-US":"answered"}}}"#),
        ("context activity", #"{"context":{"contextActivities":{"parent":{"id":"https://x.example/a"}}}}"#),
        ("context language", #"{"context":{"language":"Bahasa Indonesia"}}"#),
        ("extension", #"{"context":{"extensions":{"agency":"BKN"}}}"#),
        ("registration", #"{"context":{"registration":"123"}}"#),
        ("interaction", #"{"object":{"objectType":"Activity","id":"https://x.example/q","definition":{"interactionType":"true-false","choices":[{"id":"c0","description":{"id":"a"}}]}}}"#),
        ("account", #"{"actor":{"objectType":"Agent","account":{"name":"1"}}}"#),
    ])
    func theRulesCatchWhatBreaksThem(rule: String, patch: String) throws {
        var statement = try #require(try Self.made().first { ($0["result"] as? [String: Any])?["score"] != nil })
        #expect(XAPIRules.violations(statement).isEmpty)
        let changes = try #require(try JSONSerialization.jsonObject(with: Data(patch.utf8)) as? [String: Any])
        for (key, value) in changes {
            if var nested = statement[key] as? [String: Any], let overlay = value as? [String: Any], key != "actor" {
                nested.merge(overlay) { _, new in new }
                statement[key] = nested
            } else {
                statement[key] = value
            }
        }
        #expect(!XAPIRules.violations(statement).isEmpty, "\(rule) not caught")
    }

    /// No statement claims cmi5 any more (docs/statements.md says why); stored ones that did
    /// still read.
    @Test func noStatementClaimsCmi5() throws {
        for statement in try Self.made() {
            let activities = (statement["context"] as? [String: Any])?["contextActivities"] as? [String: Any]
            #expect(activities?["category"] == nil)
        }
    }

    /// Agency and unit on every statement of a learner who has them, so the office has them
    /// whatever the learner did; none on a learner who has none.
    @Test func everyStatementNamesTheLearnersPlace() throws {
        for statement in try Self.made() {
            let nip = ((statement["actor"] as? [String: Any])?["account"] as? [String: Any])?["name"] as? String
            let extensions = (statement["context"] as? [String: Any])?["extensions"] as? [String: String] ?? [:]
            let agency = extensions.first { $0.key.hasSuffix("/extensions/agency") }?.value
            let unit = extensions.first { $0.key.hasSuffix("/extensions/unit") }?.value
            if nip == "198609262015052001" {
                #expect(agency == "BKN" && unit == "Kanreg XIV")
            } else {
                #expect(agency == nil && unit == nil)
            }
        }
    }

    /// Timestamps carry the device's offset: the fixture's store is in Jayapura (UTC+9).
    @Test func timestampsCarryTheDevicesOffset() throws {
        for statement in try Self.made() {
            #expect((statement["timestamp"] as? String)?.hasSuffix("+09:00") == true)
        }
    }
}
