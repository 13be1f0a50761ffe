import FoundationEssentials
import SQLite

/// The store's schema, one migration per shipped change. A shipped migration is frozen:
/// stores on thousands of devices were made by it, so changes go in a new migration.
enum Schema {
    static var migrator: Migrator {
        var migrator = Migrator()
        migrator.registerMigration("v1 learners, settings, outbox", migrate: learnersAndOutbox)
        migrator.registerMigration("v2 reading, attempts, completions", migrate: learning)
        migrator.registerMigration("v3 quiz shuffle seed", migrate: shuffleSeed)
        migrator.registerMigration("v4 learner PIN", migrate: learnerPIN)
        migrator.registerMigration("v5 issue 13 mentor reviews", migrate: reviews)
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

    /// The seed of the order an attempt shows its choices in, so a resumed attempt shows the
    /// same order. NULL: shown in file order (shuffling off, or started before this migration).
    private static func shuffleSeed(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE attempt ADD COLUMN shuffleSeed INTEGER")
    }

    /// A mentor's review of an essay answer, received from the office. Kept beside the answer it
    /// grades rather than in it: the answer stays exactly as the learner gave it.
    private static func reviews(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE review (
                id TEXT PRIMARY KEY NOT NULL,
                essayStatementId TEXT NOT NULL,
                attemptId INTEGER NOT NULL REFERENCES attempt(id),
                questionId TEXT NOT NULL,
                learnerNIP TEXT NOT NULL REFERENCES learner(nip),
                scaled REAL NOT NULL CHECK (scaled BETWEEN 0 AND 1),
                comment TEXT NOT NULL,
                mentorNIP TEXT NOT NULL,
                mentorName TEXT NOT NULL,
                reviewedAt TEXT NOT NULL,
                receivedAt TEXT NOT NULL,
                readAt TEXT
            );
            CREATE INDEX review_attempt ON review(attemptId, questionId);
            CREATE INDEX review_unread ON review(learnerNIP) WHERE readAt IS NULL;
            """)
    }

    /// Records name courses and modules by id, not by row, so progress survives a course update
    /// that keeps its ids, and a module removed from the course stays in the history.
    private static func learning(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE reading (
                learnerNIP TEXT NOT NULL REFERENCES learner(nip),
                courseId TEXT NOT NULL,
                moduleId TEXT NOT NULL,
                firstOpenedAt TEXT NOT NULL,
                lastActiveAt TEXT NOT NULL,
                lastPosition INTEGER NOT NULL DEFAULT 0,
                furthestPosition INTEGER NOT NULL DEFAULT 0,
                activeSeconds REAL NOT NULL DEFAULT 0,
                readToEndAt TEXT,
                PRIMARY KEY (learnerNIP, courseId, moduleId)
            ) WITHOUT ROWID;
            CREATE TABLE attempt (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                registration TEXT NOT NULL UNIQUE,
                learnerNIP TEXT NOT NULL REFERENCES learner(nip),
                courseId TEXT NOT NULL,
                moduleId TEXT NOT NULL,
                courseVersion TEXT NOT NULL,
                startedAt TEXT NOT NULL,
                finishedAt TEXT,
                scorePercent REAL,
                passed INTEGER,
                CHECK ((finishedAt IS NULL) = (scorePercent IS NULL) AND (finishedAt IS NULL) = (passed IS NULL))
            );
            CREATE INDEX attempt_quiz ON attempt(learnerNIP, courseId, moduleId);
            CREATE INDEX attempt_passed ON attempt(learnerNIP, courseId, moduleId) WHERE passed = 1;
            CREATE TABLE answer (
                attemptId INTEGER NOT NULL REFERENCES attempt(id),
                questionId TEXT NOT NULL,
                -- Quiz.Response as JSON, exactly as given.
                response TEXT NOT NULL,
                -- NULL for a question recorded but not graded (essay).
                fraction REAL,
                answeredAt TEXT NOT NULL,
                PRIMARY KEY (attemptId, questionId)
            ) WITHOUT ROWID;
            CREATE TABLE completion (
                learnerNIP TEXT NOT NULL REFERENCES learner(nip),
                courseId TEXT NOT NULL,
                courseVersion TEXT NOT NULL,
                completedAt TEXT NOT NULL,
                -- The learner's calendar day: JP count toward the year it falls in.
                completedOn TEXT NOT NULL,
                hours REAL NOT NULL,
                PRIMARY KEY (learnerNIP, courseId)
            );
            CREATE INDEX completion_day ON completion(learnerNIP, completedOn);
            CREATE INDEX statement_learner_unsynced ON statement(learnerNIP)
                WHERE exportedBundle IS NULL AND sentTo IS NULL;
            """)
    }

    /// A PIN as a yescrypt hash, the wrong tries since the last right one (kept here, so
    /// quitting the app does not reset them), and every reset the office made.
    private static func learnerPIN(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE learner ADD COLUMN pinHash TEXT CHECK (pinHash LIKE '$y$%');
            ALTER TABLE learner ADD COLUMN pinFailures INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE learner ADD COLUMN pinFailedAt TEXT;
            CREATE TABLE pinReset (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                learnerNIP TEXT NOT NULL REFERENCES learner(nip),
                resetAt TEXT NOT NULL,
                osUser TEXT NOT NULL,
                reason TEXT NOT NULL CHECK (reason <> '')
            );
            """)
    }
}
