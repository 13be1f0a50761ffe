import Foundation
import Testing
@testable import Sync

/// docs/statements.md shows one example of each statement shape: each must be valid for a real
/// LRS and have exactly the fields the store writes today for that kind of statement.
@Suite struct DocumentationTests {
    let examples: [[String: Any]]

    init() throws {
        let text = try String(contentsOf: Ralph.root.appendingPathComponent("docs/statements.md"), encoding: .utf8)
        examples = try text.components(separatedBy: "```json\n").dropFirst().map { block in
            let json = Data((block.components(separatedBy: "\n```").first ?? "").utf8)
            return try JSONSerialization.jsonObject(with: json) as? [String: Any] ?? [:]
        }
    }

    @Test func everyExampleIsAcceptedByRalph() throws {
        #expect(examples.count == 13)
        let lrs = LRSClient(endpoint: try Ralph.shared.get().tenant())
        let batch = try examples.map { example in
            BundledStatement(id: example["id"] as? String ?? "", json: try JSONSerialization.data(withJSONObject: example))
        }
        try lrs.post(batch)
        #expect(try lrs.statements(as: Identified.self).count == examples.count)
    }

    @Test func everyExampleHasTheFieldsTheStoreWrites() throws {
        let fixture = try StoreFixture()
        try fixture.study(try fixture.learner("198609262015052001", "Ani Lestari"))
        try fixture.study(try fixture.learner("199001152014031002", "Budi Santoso"), right: false)
        let made = try fixture.outbox().map { try JSONSerialization.jsonObject(with: $0.json) as? [String: Any] ?? [:] }
        for example in examples {
            let twin = try #require(made.first { Self.kind($0) == Self.kind(example) }, "nothing made like \(Self.kind(example))")
            #expect(Self.fields(example) == Self.fields(twin), "\(Self.kind(example))")
        }
    }

    /// Verb, activity type and interaction type: what makes two statements the same shape.
    static func kind(_ statement: [String: Any]) -> String {
        let definition = (statement["object"] as? [String: Any])?["definition"] as? [String: Any]
        let verb = (statement["verb"] as? [String: Any])?["id"] as? String
        let success = (statement["result"] as? [String: Any])?["success"] as? Bool
        return [verb, definition?["type"] as? String, definition?["interactionType"] as? String,
                success.map { "\($0)" }].map { $0 ?? "-" }.joined(separator: " ")
    }

    /// Every key path, array positions and extension IRIs left out.
    static func fields(_ value: Any, _ prefix: String = "") -> Set<String> {
        if let object = value as? [String: Any] {
            return object.reduce(into: Set<String>()) { paths, entry in
                let key = prefix.hasSuffix("extensions") ? "*" : entry.key
                paths.insert(prefix + "." + key)
                paths.formUnion(fields(entry.value, prefix + "." + key))
            }
        }
        if let array = value as? [Any] {
            return array.reduce(into: Set<String>()) { $0.formUnion(fields($1, prefix + "[]")) }
        }
        return []
    }
}
