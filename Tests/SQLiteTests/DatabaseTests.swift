import Foundation
import SQLite
import Testing

/// A store file of its own under the temp folder, for one test.
func temporaryPath(_ name: String = "test.sqlite") -> String {
    let folder = NSTemporaryDirectory() + "belajar-sqlite-tests-\(getpid())/\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder + "/" + name
}

struct DatabaseTests {
    @Test func valuesComeBackAsTheyWereBound() throws {
        let db = try Database(path: temporaryPath())
        try db.execute(sql: "CREATE TABLE t (s TEXT, i INTEGER, r REAL, b BLOB, n TEXT, flag INTEGER)")
        try db.execute(sql: "INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: ["Ani é 🙂", Int64.max, 0.1, Data([0, 1, 255]), nil as String?, true])
        let row = try #require(try Row.fetchOne(db, sql: "SELECT * FROM t"))
        #expect(row["s"] as String == "Ani é 🙂")
        #expect(row["i"] as Int64 == Int64.max)
        #expect(row["r"] as Double == 0.1)
        #expect(row["b"] as Data == Data([0, 1, 255]))
        #expect(row["n"] as String? == nil)
        #expect(row["flag"] as Bool == true)
        #expect(row["S"] as String? == "Ani é 🙂", "column names compare without case, as in SQL")
        #expect(row[1] as Int64 == Int64.max)
    }

    @Test func anEmptyBlobIsNotNull() throws {
        let db = try Database(path: temporaryPath())
        try db.execute(sql: "CREATE TABLE t (b BLOB)")
        try db.execute(sql: "INSERT INTO t VALUES (?)", arguments: [Data()])
        #expect(try Bool.fetchOne(db, sql: "SELECT b IS NOT NULL FROM t") == true)
        #expect(try Data.fetchOne(db, sql: "SELECT b FROM t") == Data())
    }

    @Test func readingConvertsAsSQLiteDoes() throws {
        let db = try Database(path: temporaryPath())
        #expect(try Double.fetchOne(db, sql: "SELECT 3") == 3)
        #expect(try String.fetchOne(db, sql: "SELECT 42") == "42")
        #expect(try Int.fetchOne(db, sql: "SELECT '17'") == 17)
        #expect(try Data.fetchOne(db, sql: "SELECT 'ab'") == Data("ab".utf8))
        #expect(try Int.fetchOne(db, sql: "SELECT NULL") == nil)
        #expect(try Int.fetchOne(db, sql: "SELECT 1 WHERE 0") == nil)
        #expect(try String.fetchAll(db, sql: "VALUES ('a'), ('b'), ('a')") == ["a", "b", "a"])
        #expect(try String.fetchSet(db, sql: "VALUES ('a'), ('b'), ('a')") == ["a", "b"])
    }

    @Test func aNullAmongManyIsAnErrorNotAGap() throws {
        let db = try Database(path: temporaryPath())
        #expect(throws: SQLiteError.self) { try Int.fetchAll(db, sql: "VALUES (1), (NULL)") }
    }

    @Test func severalStatementsShareTheArgumentsInOrder() throws {
        let db = try Database(path: temporaryPath())
        try db.execute(sql: """
            CREATE TABLE t (v TEXT);
            CREATE INDEX t_v ON t(v); -- the table exists by the time this is prepared
            INSERT INTO t VALUES (?); INSERT INTO t VALUES (?), (?);
            """, arguments: ["a", "b", "c"])
        #expect(try String.fetchAll(db, sql: "SELECT v FROM t ORDER BY v") == ["a", "b", "c"])
    }

    @Test func aWrongNumberOfArgumentsIsRefused() throws {
        let db = try Database(path: temporaryPath())
        try db.execute(sql: "CREATE TABLE t (a, b)")
        #expect(throws: SQLiteError.self) { try db.execute(sql: "INSERT INTO t VALUES (?, ?)", arguments: ["only one"]) }
        #expect(throws: SQLiteError.self) { try db.execute(sql: "INSERT INTO t VALUES (?, ?)", arguments: [1, 2, 3]) }
        // Statements run one by one: the one lacking its value is refused, and the transaction
        // (which every write of the store is in) takes back the ones before it.
        #expect(throws: SQLiteError.self) {
            try db.inTransaction(.immediate) {
                try db.execute(sql: "INSERT INTO t VALUES (?, 0); INSERT INTO t VALUES (?, 0)", arguments: [1])
            }
        }
        #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM t") == 0)
    }

    @Test func aStatementRunAgainAfterTheSchemaChangedSeesTheChange() throws {
        let db = try Database(path: temporaryPath())
        try db.execute(sql: "CREATE TABLE t (a)")
        try db.execute(sql: "INSERT INTO t VALUES (1)")
        #expect(try Row.fetchOne(db, sql: "SELECT * FROM t")?.columns == ["a"])
        try db.execute(sql: "ALTER TABLE t ADD COLUMN b DEFAULT 2")
        #expect(try Row.fetchOne(db, sql: "SELECT * FROM t")?.columns == ["a", "b"])
    }

    @Test func doubleQuotesNameColumnsNeverStrings() throws {
        let db = try Database(path: temporaryPath())
        try db.execute(sql: "CREATE TABLE t (a)")
        #expect(throws: SQLiteError.self) { try db.execute(sql: "SELECT \"missing\" FROM t") }
    }

    @Test func aTransactionCommitsWhenItReturnsAndRollsBackWhenItThrows() throws {
        struct Stop: Error {}
        let db = try Database(path: temporaryPath())
        try db.execute(sql: "CREATE TABLE t (v)")
        try db.inTransaction(.immediate) { try db.execute(sql: "INSERT INTO t VALUES (1)") }
        #expect(throws: Stop.self) {
            try db.inTransaction(.immediate) {
                try db.execute(sql: "INSERT INTO t VALUES (2)")
                throw Stop()
            }
        }
        #expect(!db.isInsideTransaction)
        #expect(try Int.fetchAll(db, sql: "SELECT v FROM t") == [1])
    }

    @Test func insertedRowIDsAndChangesAreReported() throws {
        let db = try Database(path: temporaryPath())
        try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, v)")
        try db.execute(sql: "INSERT INTO t (v) VALUES ('a'), ('b')")
        #expect(db.lastInsertedRowID == 2)
        try db.execute(sql: "UPDATE t SET v = 'c'")
        #expect(db.changesCount == 2)
        #expect(try db.tableExists("t"))
        #expect(try !db.tableExists("u"))
    }

    @Test func optionsAreInForceOnceOpen() throws {
        let options = Database.Options(busyTimeout: 1, foreignKeys: true, writeAheadLog: true, synchronous: .full)
        let db = try Database(path: temporaryPath(), options: options)
        #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
        #expect(try Int.fetchOne(db, sql: "PRAGMA synchronous") == 2)
        #expect(try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") == true)
        try db.execute(sql: "CREATE TABLE parent (id PRIMARY KEY); CREATE TABLE child (p REFERENCES parent(id))")
        let error = #expect(throws: SQLiteError.self) { try db.execute(sql: "INSERT INTO child VALUES (1)") }
        #expect(error?.kind == .constraint)
    }

    @Test func aFileThatIsNotADatabaseIsRefusedOnOpening() throws {
        let path = temporaryPath()
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: SQLiteError.self) { try Database(path: path) }
        #expect(error?.kind == .notADatabase)
    }

    @Test func aReadOnlyConnectionCannotWrite() throws {
        let path = temporaryPath()
        try Database(path: path).execute(sql: "CREATE TABLE t (v)")
        let db = try Database(path: path, options: Database.Options(readOnly: true))
        let error = #expect(throws: SQLiteError.self) { try db.execute(sql: "INSERT INTO t VALUES (1)") }
        #expect(error?.kind == .readOnly)
    }

    @Test func aClosedConnectionRefusesToWork() throws {
        let db = try Database(path: temporaryPath())
        db.close()
        db.close()
        #expect(throws: SQLiteError.self) { try db.execute(sql: "SELECT 1") }
    }
}
