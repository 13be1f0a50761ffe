import FoundationEssentials
import SQLite
import XAPI

/// A person who learns on this device, named by their NIP.
public struct Learner: Sendable, Hashable, Codable {
    public var nip: NIP
    public var name: String
    /// Instansi.
    public var agency: String?
    /// Unit kerja.
    public var unit: String?

    public init(nip: NIP, name: String, agency: String? = nil, unit: String? = nil) {
        self.nip = nip
        self.name = name
        self.agency = agency
        self.unit = unit
    }

    init(row: Row) throws {
        self.init(nip: try NIP(validating: row["nip"]), name: row["name"], agency: row["agency"], unit: row["unit"])
    }
}

extension ProgressStore {
    /// Adds a learner, or brings back one removed earlier with their records.
    /// With a PIN, it is kept as its hash; a learner brought back keeps the PIN they had.
    /// A new learner, or one brought back under another name, agency or unit, gets a `registered`
    /// statement in the same transaction, so the office knows them before they learn anything.
    public func addLearner(_ learner: Learner, pin: String? = nil) throws {
        let name = learner.name.trimmingWhitespace
        guard !name.isEmpty else { throw StoreError.learnerNameEmpty }
        // The app's form sends an empty field for none: both mean the learner has no agency.
        let learner = Learner(nip: learner.nip, name: name, agency: Self.field(learner.agency), unit: Self.field(learner.unit))
        let hash = try pin.map { try PINHash.make(try Self.validPIN($0)) }
        try write { db in
            let known = try Row.fetchOne(db, sql: "SELECT * FROM learner WHERE nip = ?", arguments: [learner.nip.digits])
            if let known, (known["removedAt"] as String?) == nil { throw StoreError.learnerExists(learner.nip) }
            try db.execute(sql: """
                INSERT INTO learner (nip, name, agency, unit, addedAt, pinHash) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (nip) DO UPDATE SET name = excluded.name, agency = excluded.agency,
                    unit = excluded.unit, removedAt = NULL, pinHash = coalesce(pinHash, excluded.pinHash)
                """, arguments: [learner.nip.digits, name, learner.agency, learner.unit, now, hash])
            guard try known.map(Learner.init) != learner else { return }
            let event = Self.event(of: learner, at: clock(), id: makeID(), timeZone: timeZone)
            try Self.enqueue(try Self.builder(db).registered(event), learner: learner.nip, db)
        }
    }

    private static func field(_ text: String?) -> String? {
        guard let text = text?.trimmingWhitespace, !text.isEmpty else { return nil }
        return text
    }

    /// Learners in NIP order, removed ones left out.
    public func learners() throws -> [Learner] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM learner WHERE removedAt IS NULL ORDER BY nip").map(Learner.init)
        }
    }

    public func learner(_ nip: NIP) throws -> Learner {
        try read { db in try Self.learner(nip, db) }
    }

    /// Hides the learner from the list; their records stay and are still exported and sent,
    /// because they may not have reached the central office yet.
    public func removeLearner(_ nip: NIP) throws {
        try write { db in
            _ = try Self.learner(nip, db)
            try db.execute(sql: "UPDATE learner SET removedAt = ? WHERE nip = ?", arguments: [now, nip.digits])
        }
    }

    static func learner(_ nip: NIP, _ db: Database) throws -> Learner {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM learner WHERE nip = ? AND removedAt IS NULL",
                                         arguments: [nip.digits]) else {
            throw StoreError.unknownLearner(nip)
        }
        return try Learner(row: row)
    }
}
