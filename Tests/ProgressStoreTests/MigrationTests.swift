import Foundation
import SQLite
import Testing
@testable import ProgressStore

@Suite struct MigrationTests {
    @Test func upgradesAStoreMadeByTheFirstMigrationAndKeepsItsRecords() throws {
        let folder = TempFolder()
        let path = folder.file()
        let first = try #require(Schema.migrator.identifiers.first)
        let old = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(old, upTo: first)
        try old.write { db in
            try db.execute(sql: "INSERT INTO learner (nip, name, addedAt) VALUES (?, 'Ani', '2026-01-01T00:00:00.000Z')",
                           arguments: [ani.nip.digits])
            try db.execute(sql: """
                INSERT INTO statement (id, learnerNIP, verb, timestamp, json) VALUES ('a', ?, 'v', 't', X'7B7D')
                """, arguments: [ani.nip.digits])
        }
        old.close()
        #expect(try inspect(path) { try $0.tableExists("attempt") } == false)

        let store = try ProgressStore(path: path)
        #expect(try store.learners().map(\.name) == ["Ani"])
        #expect(try store.pendingStatements(limit: 5).map(\.json) == [Data("{}".utf8)])
        try store.recorder(for: ani.nip, in: course).readToEnd(module: "nilai-dasar")
        #expect(try inspect(path) { try Schema.migrator.hasCompletedMigrations($0) })
        #expect(try store.safetySettings().journalMode == "wal")
    }
}
