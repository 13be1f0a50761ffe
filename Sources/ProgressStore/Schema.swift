import Foundation
import GRDB

/// The store's schema, one migration per shipped change. A shipped migration is frozen:
/// stores on thousands of devices were made by it, so changes go in a new migration.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 learners, settings, outbox", migrate: learnersAndOutbox)
        return migrator
    }

    private static func learnersAndOutbox(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE learner (
                nip TEXT PRIMARY KEY NOT NULL CHECK (length(nip) = 18),
                name TEXT NOT NULL CHECK (name <> ''),
                agency TEXT,
                unit TEXT,
                addedAt TEXT NOT NULL,
                -- Removing a learner hides them; their records stay and still travel.
                removedAt TEXT
            );
            CREATE TABLE setting (
                key TEXT PRIMARY KEY NOT NULL,
                value TEXT NOT NULL
            );
            CREATE TABLE statement (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL UNIQUE,
                learnerNIP TEXT NOT NULL REFERENCES learner(nip),
                verb TEXT NOT NULL,
                timestamp TEXT NOT NULL,
                -- The exact bytes made at the event: resending them can never count twice.
                json BLOB NOT NULL,
                exportedBundle TEXT,
                exportedAt TEXT,
                sentTo TEXT,
                sentAt TEXT
            );
            CREATE INDEX statement_unsynced ON statement(seq) WHERE exportedBundle IS NULL AND sentTo IS NULL;
            CREATE INDEX statement_unexported ON statement(seq) WHERE exportedBundle IS NULL;
            CREATE INDEX statement_unsent ON statement(seq) WHERE sentTo IS NULL;
            CREATE INDEX statement_learner ON statement(learnerNIP);
            """)
        try db.execute(sql: "INSERT INTO setting (key, value) VALUES (?, ?)",
                       arguments: [Setting.deviceID.rawValue, UUID().uuidString.lowercased()])
    }
}
