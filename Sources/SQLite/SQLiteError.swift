import CSQLite

/// A failure SQLite reported, with its extended result code and its own message.
public struct SQLiteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The extended result code (`SQLITE_IOERR_WRITE`, not only `SQLITE_IOERR`).
    public let code: Int32
    public let message: String
    public let sql: String?

    public init(code: Int32, message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    /// The kinds of failure a caller words differently for a person; the rest is `.other`.
    public enum Kind: Sendable, Equatable {
        case full, corrupt, notADatabase, busy, locked, readOnly, cantOpen, permission, ioError
        case constraint, other
    }

    public var kind: Kind {
        switch code & 0xFF {
        case SQLITE_FULL: .full
        case SQLITE_CORRUPT: .corrupt
        case SQLITE_NOTADB: .notADatabase
        case SQLITE_BUSY: .busy
        case SQLITE_LOCKED: .locked
        case SQLITE_READONLY: .readOnly
        case SQLITE_CANTOPEN: .cantOpen
        case SQLITE_PERM: .permission
        case SQLITE_IOERR: .ioError
        case SQLITE_CONSTRAINT: .constraint
        default: .other
        }
    }

    public var description: String {
        "SQLite error \(code): \(message)" + (sql.map { " - while executing `\($0)`" } ?? "")
    }

    /// The connection's last error, for a call that answered `code`.
    static func last(_ connection: OpaquePointer?, code: Int32, sql: String? = nil) -> SQLiteError {
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            ?? String(cString: sqlite3_errstr(code))
        let extended = connection.map { sqlite3_extended_errcode($0) } ?? code
        return SQLiteError(code: extended & 0xFF == code & 0xFF ? extended : code, message: message, sql: sql)
    }

    /// A value that is not what the caller asked for (SQLITE_MISMATCH, as SQLite names it).
    static func mismatch(_ message: String, sql: String) -> SQLiteError {
        SQLiteError(code: SQLITE_MISMATCH, message: message, sql: sql)
    }
}
