import Foundation
import SQLite
import Testing

struct QueueTests {
    @Test func aReadRefusesToWrite() throws {
        let queue = try DatabaseQueue(path: temporaryPath())
        try queue.write { try $0.execute(sql: "CREATE TABLE t (v)") }
        #expect(throws: SQLiteError.self) { try queue.read { try $0.execute(sql: "INSERT INTO t VALUES (1)") } }
        try queue.write { try $0.execute(sql: "INSERT INTO t VALUES (1)") }
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM t") } == 1)
    }

    @Test func aWriteThatThrowsLeavesNothing() throws {
        struct Stop: Error {}
        let queue = try DatabaseQueue(path: temporaryPath())
        try queue.write { try $0.execute(sql: "CREATE TABLE t (v)") }
        #expect(throws: Stop.self) {
            try queue.write { db in
                try db.execute(sql: "INSERT INTO t VALUES (1)")
                throw Stop()
            }
        }
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM t") } == 0)
    }

    /// Read, then write what was read plus one: with interleaved transactions some increments
    /// would be lost.
    @Test func writesFromManyThreadsNeverInterleave() throws {
        let queue = try DatabaseQueue(path: temporaryPath(), options: Database.Options(writeAheadLog: true))
        try queue.write { try $0.execute(sql: "CREATE TABLE counter (n INTEGER NOT NULL); INSERT INTO counter VALUES (0)") }
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<50 {
                try! queue.write { db in
                    let n = try Int.fetchOne(db, sql: "SELECT n FROM counter")!
                    try db.execute(sql: "UPDATE counter SET n = ?", arguments: [n + 1])
                }
                _ = try! queue.read { try Int.fetchOne($0, sql: "SELECT n FROM counter") }
            }
        }
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT n FROM counter") } == 400)
    }

    @Test func aWriterWaitsForAnotherConnectionUpToTheBusyTimeout() throws {
        let path = temporaryPath()
        let holder = try DatabaseQueue(path: path, options: Database.Options(writeAheadLog: true))
        try holder.write { try $0.execute(sql: "CREATE TABLE t (v)") }
        let impatient = try DatabaseQueue(path: path, options: Database.Options(busyTimeout: 0.2))
        let patient = try DatabaseQueue(path: path, options: Database.Options(busyTimeout: 10))
        try holder.writeWithoutTransaction { try $0.execute(sql: "BEGIN IMMEDIATE") }
        let started = Date()
        let error = #expect(throws: SQLiteError.self) { try impatient.write { try $0.execute(sql: "INSERT INTO t VALUES (1)") } }
        #expect(error?.kind == .busy)
        #expect(Date().timeIntervalSince(started) >= 0.15)
        // Released from another thread while the patient writer waits.
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) {
            try! holder.writeWithoutTransaction { try $0.execute(sql: "COMMIT") }
        }
        try patient.write { try $0.execute(sql: "INSERT INTO t VALUES (2)") }
        #expect(try patient.read { try Int.fetchAll($0, sql: "SELECT v FROM t") } == [2])
    }
}

struct MigratorTests {
    static func migrator(failingAt failing: String? = nil) -> Migrator {
        var migrator = Migrator()
        for (name, sql) in [("v1 a", "CREATE TABLE a (id INTEGER PRIMARY KEY)"),
                            ("v2 b", "CREATE TABLE b (a REFERENCES a(id))"),
                            ("v3 c", "ALTER TABLE b ADD COLUMN c TEXT")] {
            migrator.registerMigration(name) { db in
                try db.execute(sql: sql)
                if name == failing { try db.execute(sql: "SELECT * FROM no_such_table") }
            }
        }
        return migrator
    }

    @Test func migrationsRunOnceInOrderAndAreRecordedWhereGRDBRecordedThem() throws {
        let queue = try DatabaseQueue(path: temporaryPath(), options: Database.Options(foreignKeys: true))
        try Self.migrator().migrate(queue)
        try Self.migrator().migrate(queue)
        let applied = try queue.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid") }
        #expect(applied == ["v1 a", "v2 b", "v3 c"])
        #expect(try queue.read(Self.migrator().hasCompletedMigrations))
        #expect(try queue.read { try Bool.fetchOne($0, sql: "PRAGMA foreign_keys") } == true)
    }

    /// As a store made by GRDB's migrator looks: its table, its first migrations applied.
    @Test func aHistoryKeptByGRDBIsContinuedNotRepeated() throws {
        let queue = try DatabaseQueue(path: temporaryPath())
        try queue.write { db in
            try db.execute(sql: """
                CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                CREATE TABLE a (id INTEGER PRIMARY KEY);
                INSERT INTO grdb_migrations VALUES ('v1 a');
                INSERT INTO a VALUES (7);
                """)
        }
        #expect(try !queue.read(Self.migrator().hasCompletedMigrations))
        try Self.migrator().migrate(queue)
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT id FROM a") } == 7)
        #expect(try queue.read { try $0.tableExists("b") })
    }

    @Test func aFailingMigrationLeavesNoTraceAndStopsTheOnesAfterIt() throws {
        let queue = try DatabaseQueue(path: temporaryPath())
        #expect(throws: SQLiteError.self) { try Self.migrator(failingAt: "v2 b").migrate(queue) }
        #expect(try queue.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") } == ["v1 a"])
        #expect(try queue.read { try $0.tableExists("b") } == false)
        try Self.migrator().migrate(queue)
        #expect(try queue.read(Self.migrator().hasCompletedMigrations))
    }

    @Test func aMigrationThatBreaksAReferenceIsRolledBack() throws {
        let queue = try DatabaseQueue(path: temporaryPath(), options: Database.Options(foreignKeys: true))
        var migrator = Self.migrator()
        migrator.registerMigration("v4 orphan") { try $0.execute(sql: "INSERT INTO b (a) VALUES (99)") }
        let error = #expect(throws: SQLiteError.self) { try migrator.migrate(queue) }
        #expect(error?.kind == .constraint)
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM b") } == 0)
        #expect(try queue.read(Self.migrator().hasCompletedMigrations))
    }

    @Test func aMigrationOfANewerVersionIsNoticed() throws {
        let queue = try DatabaseQueue(path: temporaryPath())
        try Self.migrator().migrate(queue)
        #expect(try !queue.read(Self.migrator().hasBeenSuperseded))
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9 future')") }
        #expect(try queue.read(Self.migrator().hasBeenSuperseded))
    }
}

extension MigratorTests {
    @Test func migratingUpToOneStopsAfterIt() throws {
        let queue = try DatabaseQueue(path: temporaryPath())
        try Self.migrator().migrate(queue, upTo: "v2 b")
        #expect(try queue.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid") }
                == ["v1 a", "v2 b"])
    }
}
