import CSQLite

/// The schema's history: named migrations, each applied once, in order, in a transaction with
/// the record of having been applied.
///
/// The record is the table `grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)`, as GRDB
/// kept it: stores made while belajar used GRDB (up to 0.9.0) carry their history there, so
/// they are migrated further, never made again.
public struct Migrator: Sendable {
    public static let table = "grdb_migrations"

    private var migrations: [(identifier: String, migrate: @Sendable (Database) throws -> Void)] = []

    public init() {}

    public mutating func registerMigration(_ identifier: String, migrate: @escaping @Sendable (Database) throws -> Void) {
        precondition(!migrations.contains { $0.identifier == identifier }, "migration \(identifier) registered twice")
        migrations.append((identifier, migrate))
    }

    public var identifiers: [String] { migrations.map(\.identifier) }

    /// What the file records as applied, including migrations this version does not know.
    public func appliedIdentifiers(_ db: Database) throws -> Set<String> {
        guard try db.tableExists(Self.table) else { return [] }
        return try String.fetchSet(db, sql: "SELECT identifier FROM \(Self.table)")
    }

    public func hasCompletedMigrations(_ db: Database) throws -> Bool {
        Set(identifiers).isSubset(of: try appliedIdentifiers(db))
    }

    /// Whether a newer version applied a migration this one does not know.
    public func hasBeenSuperseded(_ db: Database) throws -> Bool {
        !(try appliedIdentifiers(db)).isSubset(of: Set(identifiers))
    }

    /// Applies every migration not applied yet, up to and including `last` (all without it).
    /// Each runs with foreign keys off (SQLite's way to alter a table) and is checked for broken
    /// references before it commits.
    public func migrate(_ queue: DatabaseQueue, upTo last: String? = nil) throws {
        let found = last.map { last in migrations.firstIndex { $0.identifier == last } }
        precondition(found != .some(nil), "no migration \(last ?? "")")
        let end = found.flatMap { $0 }.map { $0 + 1 } ?? migrations.count
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "CREATE TABLE IF NOT EXISTS \(Self.table) (identifier TEXT NOT NULL PRIMARY KEY)")
            let applied = try appliedIdentifiers(db)
            for migration in migrations[..<end] where !applied.contains(migration.identifier) {
                try run(migration, db)
            }
        }
    }

    private func run(_ migration: (identifier: String, migrate: @Sendable (Database) throws -> Void), _ db: Database) throws {
        let foreignKeys = try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") ?? false
        try db.execute(sql: "PRAGMA foreign_keys = OFF")
        defer { if foreignKeys { try? db.execute(sql: "PRAGMA foreign_keys = ON") } }
        try db.inTransaction(.immediate) {
            try migration.migrate(db)
            try db.execute(sql: "INSERT INTO \(Self.table) (identifier) VALUES (?)", arguments: [migration.identifier])
            if let broken = try Row.fetchOne(db, sql: "PRAGMA foreign_key_check") {
                // SQLITE_CONSTRAINT_FOREIGNKEY, a macro Swift does not import.
                throw SQLiteError(code: SQLITE_CONSTRAINT | (3 << 8),
                                  message: "migration \(migration.identifier) breaks a reference: \(broken.values)")
            }
        }
    }
}
