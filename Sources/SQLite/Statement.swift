import CSQLite
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One prepared SQL statement of a connection, finalized when it goes away.
public final class Statement {
    let handle: OpaquePointer
    let connection: OpaquePointer
    public let sql: String

    init(handle: OpaquePointer, connection: OpaquePointer, sql: String) {
        self.handle = handle
        self.connection = connection
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    /// Whether the statement leaves the file as it is (SELECT, most PRAGMAs).
    public var isReadOnly: Bool { sqlite3_stmt_readonly(handle) != 0 }

    public var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }

    /// Binds `arguments` to the `?`s in order, after clearing what the last run bound.
    /// A count that does not match is refused: a missing value would silently be NULL.
    public func bind(_ arguments: StatementArguments) throws {
        guard arguments.count == parameterCount else {
            throw SQLiteError(code: SQLITE_RANGE, message: "\(arguments.count) arguments for \(parameterCount) parameters", sql: sql)
        }
        try check(sqlite3_reset(handle))
        try check(sqlite3_clear_bindings(handle))
        for (offset, argument) in arguments.enumerated() {
            try bind(argument?.databaseValue ?? .null, at: Int32(offset + 1))
        }
    }

    private func bind(_ value: DatabaseValue, at index: Int32) throws {
        let code: Int32 = switch value {
        case .null: sqlite3_bind_null(handle, index)
        case .integer(let number): sqlite3_bind_int64(handle, index, number)
        case .real(let number): sqlite3_bind_double(handle, index, number)
        case .text(let text): sqlite3_bind_text(handle, index, text, -1, csqlite_transient())
        case .blob(let data):
            data.withUnsafeBytes { bytes in
                // A zero-length blob needs a non-NULL pointer, or SQLite binds NULL.
                sqlite3_bind_blob(handle, index, bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1),
                                  Int32(bytes.count), csqlite_transient())
            }
        }
        try check(code)
    }

    /// Runs the statement to its end, for a statement that returns no rows worth reading.
    public func execute() throws {
        while try step() {}
    }

    /// Every row, copied; the rows share one array of column names.
    public func rows() throws -> [Row] {
        var rows: [Row] = []
        var columns: [String]?
        while try step() {
            let names = columns ?? columnNames()
            columns = names
            rows.append(Row(columns: names, values: currentValues()))
        }
        return rows
    }

    /// Moves to the next row: false once there are no more. The statement is reset at the end,
    /// so that it holds no read lock while it waits for its next run.
    func step() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE:
            sqlite3_reset(handle)
            return false
        case let code:
            let error = SQLiteError.last(connection, code: code, sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    func currentRow() -> Row { Row(columns: columnNames(), values: currentValues()) }

    /// Read at each run, not once: SQLite prepares a statement again after a schema change,
    /// and `SELECT *` may then have more columns.
    private func columnNames() -> [String] {
        (0..<sqlite3_column_count(handle)).map { String(cString: sqlite3_column_name(handle, $0)) }
    }

    private func currentValues() -> [DatabaseValue] {
        (0..<sqlite3_column_count(handle)).map(value(at:))
    }

    private func value(at index: Int32) -> DatabaseValue {
        switch sqlite3_column_type(handle, index) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, index))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, index))
        case SQLITE_TEXT:
            let count = Int(sqlite3_column_bytes(handle, index))
            guard let text = sqlite3_column_text(handle, index) else { return .text("") }
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(handle, index))
            guard let bytes = sqlite3_column_blob(handle, index), count > 0 else { return .blob(Data()) }
            return .blob(Data(bytes: bytes, count: count))
        default: return .null
        }
    }

    private func check(_ code: Int32) throws {
        guard code == SQLITE_OK else { throw SQLiteError.last(connection, code: code, sql: sql) }
    }
}
