import CSQLite

/// One SQLite connection. It is not safe to share between threads by itself: `DatabaseQueue`
/// serialises every use of it.
public final class Database {
    /// How a connection is set up when it opens, before the caller's first statement.
    public struct Options: Sendable {
        public var readOnly = false
        /// Seconds a statement waits for another connection's lock before failing with SQLITE_BUSY.
        public var busyTimeout: Double = 0
        public var foreignKeys = false
        /// Sets the file's journal to write-ahead logging (the file keeps it).
        public var writeAheadLog = false
        public var synchronous: Synchronous?

        public init(readOnly: Bool = false, busyTimeout: Double = 0, foreignKeys: Bool = false,
                    writeAheadLog: Bool = false, synchronous: Synchronous? = nil) {
            self.readOnly = readOnly
            self.busyTimeout = busyTimeout
            self.foreignKeys = foreignKeys
            self.writeAheadLog = writeAheadLog
            self.synchronous = synchronous
        }
    }

    /// `PRAGMA synchronous`, by its number as SQLite reports it back.
    public enum Synchronous: Int, Sendable {
        case off = 0, normal = 1, full = 2, extra = 3
    }

    public enum TransactionKind: String, Sendable {
        case deferred = "DEFERRED", immediate = "IMMEDIATE", exclusive = "EXCLUSIVE"
    }

    public let path: String
    private var handle: OpaquePointer?
    private var cache: [String: Statement] = [:]
    private static let cacheLimit = 64

    public init(path: String, options: Options = Options()) throws {
        self.path = path
        var flags = options.readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        // Each connection is used by one thread at a time (DatabaseQueue's lock): no mutex of SQLite's.
        flags |= SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        var opened: OpaquePointer?
        let code = sqlite3_open_v2(path, &opened, flags, nil)
        guard code == SQLITE_OK, let opened else {
            let error = SQLiteError.last(opened, code: code)
            sqlite3_close_v2(opened)
            throw error
        }
        handle = opened
        do {
            try setUp(options)
        } catch {
            close()
            throw error
        }
    }

    deinit { close() }

    private func setUp(_ options: Options) throws {
        let connection = try open()
        sqlite3_busy_timeout(connection, Int32(options.busyTimeout * 1000))
        csqlite_disable_double_quoted_strings(connection)
        if options.foreignKeys { try execute(sql: "PRAGMA foreign_keys = ON") }
        // SQLite opens any file lazily: reading the schema now refuses a file that is not a database.
        _ = try Row.fetchOne(self, sql: "SELECT * FROM sqlite_master LIMIT 1")
        if options.writeAheadLog {
            let mode = try String.fetchOne(self, sql: "PRAGMA journal_mode = WAL")
            guard mode == "wal" else {
                throw SQLiteError(code: SQLITE_ERROR, message: "could not use a write-ahead log for \(path) (journal: \(mode ?? "?"))")
            }
        }
        if let synchronous = options.synchronous {
            try execute(sql: "PRAGMA synchronous = \(synchronous.rawValue)")
        }
    }

    /// Closes the connection; later use fails with SQLITE_MISUSE. Safe to call twice.
    public func close() {
        cache.removeAll()
        guard let handle else { return }
        sqlite3_close_v2(handle)
        self.handle = nil
    }

    func open() throws -> OpaquePointer {
        guard let handle else { throw SQLiteError(code: SQLITE_MISUSE, message: "the connection to \(path) is closed") }
        return handle
    }

    /// Runs one or more statements separated by `;`, each taking its share of `arguments` in order.
    public func execute(sql: String, arguments: StatementArguments = []) throws {
        if let statement = try cachedStatement(sql) {
            try statement.bind(arguments)
            return try statement.execute()
        }
        var remaining = arguments[...]
        try forEachStatement(sql) { statement in
            let count = statement.parameterCount
            guard remaining.count >= count else {
                throw SQLiteError(code: SQLITE_RANGE, message: "\(arguments.count) arguments are too few", sql: sql)
            }
            try statement.bind(Array(remaining.prefix(count)))
            remaining = remaining.dropFirst(count)
            try statement.execute()
        }
        guard remaining.isEmpty else {
            throw SQLiteError(code: SQLITE_RANGE, message: "\(arguments.count) arguments are too many", sql: sql)
        }
    }

    /// The rows of one statement.
    public func rows(sql: String, arguments: StatementArguments = []) throws -> [Row] {
        try prepared(sql, arguments).rows()
    }

    /// The first row of one statement, if any; the statement stops there.
    public func firstRow(sql: String, arguments: StatementArguments = []) throws -> Row? {
        let statement = try prepared(sql, arguments)
        defer { sqlite3_reset(statement.handle) }
        return try statement.step() ? statement.currentRow() : nil
    }

    /// A statement ready to run with `arguments` bound; refuses SQL holding more than one statement.
    public func prepared(_ sql: String, _ arguments: StatementArguments = []) throws -> Statement {
        guard let statement = try cachedStatement(sql) else {
            throw SQLiteError(code: SQLITE_MISUSE, message: "expected one statement", sql: sql)
        }
        try statement.bind(arguments)
        return statement
    }

    /// The prepared statement for SQL holding exactly one statement, kept for its next use;
    /// nil for SQL holding several (or none).
    private func cachedStatement(_ sql: String) throws -> Statement? {
        if let statement = cache[sql] { return statement }
        guard let (statement, rest) = try prepareFirst(sql),
              rest.allSatisfy({ $0.isWhitespace || $0 == ";" }) else { return nil }
        if cache.count >= Self.cacheLimit { cache.removeAll() }
        cache[sql] = statement
        return statement
    }

    /// Prepares and runs the statements of `sql` one at a time, so that a statement may use
    /// a table the one before it made.
    private func forEachStatement(_ sql: String, _ body: (Statement) throws -> Void) throws {
        var rest = Substring(sql)
        while !rest.isEmpty, let (statement, tail) = try prepareFirst(String(rest)) {
            try body(statement)
            rest = Substring(tail)
        }
    }

    /// The first statement of `sql` and the text after it; nil when only blanks and comments are left.
    private func prepareFirst(_ sql: String) throws -> (Statement, String)? {
        let connection = try open()
        return try sql.withCString { start -> (Statement, String)? in
            var current: UnsafePointer<CChar> = start
            while current.pointee != 0 {
                var prepared: OpaquePointer?
                var tail: UnsafePointer<CChar>?
                let code = sqlite3_prepare_v2(connection, current, -1, &prepared, &tail)
                guard code == SQLITE_OK else { throw SQLiteError.last(connection, code: code, sql: sql) }
                let after = tail.map { String(cString: $0) } ?? ""
                if let prepared {
                    return (Statement(handle: prepared, connection: connection, sql: String(cString: sqlite3_sql(prepared))), after)
                }
                guard let tail, tail != current else { return nil }
                current = tail
            }
            return nil
        }
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it (or the
    /// commit) throws.
    public func inTransaction<T>(_ kind: TransactionKind = .deferred, _ body: () throws -> T) throws -> T {
        try execute(sql: "BEGIN \(kind.rawValue) TRANSACTION")
        do {
            let result = try body()
            try execute(sql: "COMMIT TRANSACTION")
            return result
        } catch {
            // SQLite rolls back by itself after some failures (a full disk, an I/O error).
            if isInsideTransaction { try? execute(sql: "ROLLBACK TRANSACTION") }
            throw error
        }
    }

    /// Runs `body` with writes refused (`PRAGMA query_only`), as a read must be.
    public func readOnly<T>(_ body: () throws -> T) throws -> T {
        try execute(sql: "PRAGMA query_only = 1")
        defer { try? execute(sql: "PRAGMA query_only = 0") }
        return try body()
    }

    public var isInsideTransaction: Bool {
        guard let handle else { return false }
        return sqlite3_get_autocommit(handle) == 0
    }

    /// The rowid of the last row inserted on this connection.
    public var lastInsertedRowID: Int64 { handle.map { sqlite3_last_insert_rowid($0) } ?? 0 }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    public var changesCount: Int { handle.map { Int(sqlite3_changes($0)) } ?? 0 }

    public func tableExists(_ name: String) throws -> Bool {
        try Bool.fetchOne(self, sql: "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = ?",
                          arguments: [name]) ?? false
    }
}
