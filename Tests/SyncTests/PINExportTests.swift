import Foundation
import SQLite
import ProgressStore
import Testing
@testable import Sync

/// A learner's PIN stays on the device: not in any statement of the outbox, not in any byte of
/// a bundle, whatever the learner did.
@Suite struct PINExportTests {
    @Test func neitherThePINNorItsHashLeavesTheDevice() throws {
        let fixture = try StoreFixture()
        let pin = "73918264"
        let ani = Learner(nip: try NIP(validating: "198609262015052001"), name: "Ani Lestari", agency: "BKN")
        try fixture.store.addLearner(ani, pin: pin)
        _ = try? fixture.store.checkPIN("00000000", for: ani.nip)
        try fixture.store.checkPIN(pin, for: ani.nip)
        try fixture.study(ani)
        try fixture.store.resetPIN(of: ani.nip, reason: "lupa")
        try fixture.store.setPIN(pin, for: ani.nip)
        let hash = try DatabaseQueue(path: fixture.store.path).read {
            try #require(try String.fetchOne($0, sql: "SELECT pinHash FROM learner"))
        }
        // The hash's salt and its digest, each on their own.
        let secrets = [pin, hash] + hash.split(separator: "$").suffix(2).map(String.init)
        let outbox = try fixture.outbox()
        #expect(!outbox.isEmpty)
        let stick = try TemporaryFolder()
        let result = try #require(try Exporter.export(store: fixture.store, to: stick.path))
        let bundle = try #require(FileManager.default.contents(atPath: result.path))
        for secret in secrets {
            #expect(bundle.range(of: Data(secret.utf8)) == nil, "\(secret) in the bundle")
            #expect(outbox.allSatisfy { $0.json.range(of: Data(secret.utf8)) == nil }, "\(secret) in the outbox")
        }
    }
}
