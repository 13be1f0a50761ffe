/// Reading values and rows in the shape the caller needs, from one statement each.
extension DatabaseValueConvertible {
    /// The first column of the first row; nil when there is no row or the value is NULL.
    public static func fetchOne(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> Self? {
        try db.firstRow(sql: sql, arguments: arguments).flatMap { Self.fromDatabaseValue($0.values[0]) }
    }

    /// The first column of every row; a NULL or a value of another kind is an error, not a gap.
    public static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> [Self] {
        try db.rows(sql: sql, arguments: arguments).map { row in
            guard let value = Self.fromDatabaseValue(row.values[0]) else {
                throw SQLiteError.mismatch("\(row.values[0]) is not a \(Self.self)", sql: sql)
            }
            return value
        }
    }
}

extension DatabaseValueConvertible where Self: Hashable {
    public static func fetchSet(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> Set<Self> {
        Set(try fetchAll(db, sql: sql, arguments: arguments))
    }
}

extension Row {
    public static func fetchOne(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> Row? {
        try db.firstRow(sql: sql, arguments: arguments)
    }

    public static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> [Row] {
        try db.rows(sql: sql, arguments: arguments)
    }
}
