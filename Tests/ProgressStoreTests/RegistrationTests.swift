import Foundation
import SQLite
import Testing
import XAPI
@testable import ProgressStore

/// A learner added, or brought back under another name, agency or unit, is announced to the
/// office by a `registered` statement written with the learner row; nothing when nothing changed.
@Suite struct RegistrationTests {
    let folder = TempFolder()
    let clock = TestClock()
    let store: ProgressStore

    init() throws {
        let clock = clock
        store = try ProgressStore(location: StoreLocation(path: folder.file(), createsFolder: false),
                                  clock: { clock.now }, timeZone: TimeZone(identifier: "Asia/Jayapura")!)
    }

    func registrations() throws -> [[String: Any]] {
        try store.statements(.all, limit: 100).filter { $0.verb == Verb.registered.id }
            .map { try JSONSerialization.jsonObject(with: $0.json) as? [String: Any] ?? [:] }
    }

    func place(_ statement: [String: Any]) -> [String: String] {
        ((statement["context"] as? [String: Any])?["extensions"] as? [String: String] ?? [:])
            .reduce(into: [:]) { $0[$1.key.components(separatedBy: "/").last ?? ""] = $1.value }
    }

    @Test func addingALearnerRegistersThemWithTheirPlace() throws {
        try store.addLearner(ani)
        let outbox = try store.statements(.all, limit: 100)
        #expect(outbox.count == 1)
        let statement = try #require(try registrations().first)
        let actor = statement["actor"] as? [String: Any]
        #expect(actor?["name"] as? String == "Ani Lestari")
        #expect((actor?["account"] as? [String: String])?["name"] == ani.nip.digits)
        let object = statement["object"] as? [String: Any]
        #expect(object?["id"] as? String == "https://belajar.asn.go.id/xapi/programme")
        #expect(place(statement) == ["agency": "BKN", "unit": "Kanreg XIV"])
        #expect(statement["timestamp"] as? String == "2026-09-21T23:13:20.000+09:00")
        #expect(outbox[0].learnerNIP == ani.nip.digits && outbox[0].timestamp == statement["timestamp"] as? String)
    }

    @Test func theActivityIsUnderTheSettingsBase() throws {
        try store.set(.activityBase, to: "https://bpsdm.papua.go.id/xapi/")
        try store.addLearner(budi)
        let object = try #require(try registrations().first?["object"] as? [String: Any])
        #expect(object["id"] as? String == "https://bpsdm.papua.go.id/xapi/programme")
        #expect((object["definition"] as? [String: Any])?["type"] as? String
                == "https://bpsdm.papua.go.id/xapi/activitytypes/programme")
    }

    @Test func bringingBackAnUnchangedLearnerWritesNothing() throws {
        try store.addLearner(ani)
        #expect(throws: StoreError.learnerExists(ani.nip)) { try store.addLearner(ani) }
        try store.removeLearner(ani.nip)
        try store.addLearner(ani)
        #expect(try store.statements(.all, limit: 100).count == 1)
    }

    @Test(arguments: [
        Learner(nip: ani.nip, name: "Ani Lestari, S.E.", agency: "BKN", unit: "Kanreg XIV"),
        Learner(nip: ani.nip, name: "Ani Lestari", agency: "Pemkot Jayapura", unit: "Kanreg XIV"),
        Learner(nip: ani.nip, name: "Ani Lestari", agency: "BKN", unit: "BKPSDM"),
    ])
    func aChangedNameAgencyOrUnitIsRegisteredAgain(changed: Learner) throws {
        try store.addLearner(ani)
        try store.removeLearner(ani.nip)
        clock.advance(60)
        try store.addLearner(changed)
        let statements = try registrations()
        #expect(statements.count == 2)
        let latest = try #require(statements.last)
        #expect((latest["actor"] as? [String: Any])?["name"] as? String == changed.name)
        #expect(place(latest) == ["agency": changed.agency!, "unit": changed.unit!])
        #expect(latest["timestamp"] as? String == "2026-09-21T23:14:20.000+09:00")
    }

    /// The app's form sends empty fields for none: stored and sent as none, not as "".
    @Test func blankFieldsAreNone() throws {
        try store.addLearner(Learner(nip: budi.nip, name: " Budi Santoso ", agency: " ", unit: ""))
        #expect(try store.learner(budi.nip) == budi)
        let statement = try #require(try registrations().first)
        #expect(place(statement).isEmpty)
        #expect((statement["actor"] as? [String: Any])?["name"] as? String == "Budi Santoso")
    }

    @Test func thePINAndItsHashStayOut() throws {
        try store.addLearner(budi, pin: "482915")
        let hash = try inspect(folder.file()) { db in
            try String.fetchOne(db, sql: "SELECT pinHash FROM learner WHERE nip = ?", arguments: [budi.nip.digits])
        }
        let json = String(decoding: try #require(try store.statements(.all, limit: 100).first).json, as: UTF8.self)
        #expect(!json.contains("482915"))
        #expect(!json.contains(try #require(hash)))
    }

    /// A learner row that could not be written leaves no statement, and the other way round.
    @Test func aRefusedLearnerLeavesNoStatement() throws {
        var nameless = budi
        nameless.name = " "
        #expect(throws: StoreError.learnerNameEmpty) { try store.addLearner(nameless) }
        #expect(throws: (any Error).self) { try store.addLearner(budi, pin: "12") }
        #expect(try store.statements(.all, limit: 100).isEmpty)
        #expect(try store.learners().isEmpty)
    }
}
