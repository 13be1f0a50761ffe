import Foundation
import Testing
import XAPI
@testable import Sync

/// The mentor's review of an essay, as an LRS that validates strictly receives it.
@Suite struct ReviewStatementTests {
    let fixture: StoreFixture
    let essay: EssayAnswer
    let essayJSON: Data

    init() throws {
        fixture = try StoreFixture()
        try fixture.study(try fixture.learner("198609262015052001", "Ani Lestari"))
        let answered = try fixture.outbox().first { EssayAnswer.read($0.json, deviceID: "device-a") != nil }
        essayJSON = try #require(answered).json
        essay = try #require(EssayAnswer.read(essayJSON, deviceID: "device-a"))
    }

    func review(scaled: Double = 0.755) throws -> [String: Any] {
        let statement = ReviewStatement(id: UUID(), timestamp: "2026-12-01T08:00:00.000+07:00",
                                        mentorNIP: "197001011995031001", mentorName: "Dr. Sri Mentor",
                                        essay: essay.reference, scaled: scaled, comment: "Baik; tambahkan contoh.")
        return try JSONSerialization.jsonObject(with: try statement.json()) as? [String: Any] ?? [:]
    }

    @Test func anEssayAnswerIsReadFromItsStatement() {
        #expect(essay.learnerNIP == "198609262015052001" && essay.learnerName == "Ani Lestari")
        #expect(essay.answer.hasPrefix("Saya belajar setiap pagi"))
        #expect(essay.question.contains("/quiz/questions/"))
        #expect(essay.registration != nil && essay.deviceID == "device-a")
        #expect(essay.course?.hasSuffix("/courses/pengembangan-kualitas-asn") == true)
    }

    @Test func theReviewIsAStatementAboutTheEssaysStatement() throws {
        let statement = try review()
        let object = statement["object"] as? [String: String]
        #expect(object == ["objectType": "StatementRef", "id": essay.statementID])
        #expect((statement["verb"] as? [String: Any])?["id"] as? String == "http://adlnet.gov/expapi/verbs/commented")
        let actor = statement["actor"] as? [String: Any]
        #expect(actor?["name"] as? String == "Dr. Sri Mentor")
        #expect(actor?["account"] as? [String: String] == ["homePage": "https://siasn.bkn.go.id", "name": "197001011995031001"])
        let result = statement["result"] as? [String: Any]
        #expect(result?["response"] as? String == "Baik; tambahkan contoh.")
        let score = result?["score"] as? [String: Double]
        #expect(score == ["scaled": 0.755, "raw": 75.5, "min": 0, "max": 100])
        let context = statement["context"] as? [String: Any]
        #expect(context?["registration"] as? String == essay.registration)
    }

    @Test func ralphAcceptsTheEssayAndItsReview() throws {
        let lrs = LRSClient(endpoint: try Ralph.shared.get().tenant())
        let review = ReviewStatement(id: UUID(), timestamp: "2026-12-01T08:00:00.000+07:00", mentorNIP: "197001011995031001",
                                     mentorName: "Dr. Sri Mentor", essay: essay.reference, scaled: 1, comment: "Sempurna.")
        try lrs.post([BundledStatement(id: essay.statementID, json: essayJSON),
                      BundledStatement(id: review.id, json: try review.json())], batchSize: 10)
        #expect(Set(try lrs.statements(as: Identified.self).map(\.id)) == [essay.statementID, review.id])
        #expect(try EssayAnswer.inLRS(lrs).map(\.statementID) == [essay.statementID])
    }

    /// docs/office-package.md's example: accepted by Ralph, with exactly the fields made here.
    @Test func theDocumentedExampleIsWhatIsMade() throws {
        let text = try String(contentsOf: Ralph.root.appendingPathComponent("docs/office-package.md"), encoding: .utf8)
        let block = try #require(text.components(separatedBy: "```json\n").dropFirst().first?.components(separatedBy: "\n```").first)
        let example = try #require(try JSONSerialization.jsonObject(with: Data(block.utf8)) as? [String: Any])
        #expect(Self.paths(example) == Self.paths(try review()))
        let lrs = LRSClient(endpoint: try Ralph.shared.get().tenant())
        try lrs.post([BundledStatement(id: example["id"] as? String ?? "", json: try JSONSerialization.data(withJSONObject: example))])
        #expect(try lrs.statements(as: Identified.self).count == 1)
    }

    static func paths(_ value: Any, _ prefix: String = "") -> Set<String> {
        if let object = value as? [String: Any] {
            return object.reduce(into: [prefix]) { $0.formUnion(paths($1.value, prefix + "." + $1.key)) }
        }
        if let array = value as? [Any] { return array.reduce(into: [prefix]) { $0.formUnion(paths($1, prefix + "[]")) } }
        return [prefix]
    }
}
