import FoundationEssentials
import Glibc
import SQLite

/// A forgotten PIN taken off by the office: who did it under which OS account, when and why.
public struct PINReset: Sendable, Hashable {
    public var nip: NIP
    public var at: Date
    public var osUser: String
    public var reason: String
}

extension ProgressStore {
    /// Wrong tries allowed before each further one waits.
    public static let freePINTries = 3

    /// The wait before the next try after `failures` wrong ones: none for the first three, then
    /// 30 s doubling to at most an hour. With yescrypt's cost on top, guessing 4 digits at the
    /// keyboard takes months; the count is in the store, so quitting the app does not reset it.
    public static func pinWait(afterFailures failures: Int) -> Int {
        guard failures >= freePINTries else { return 0 }
        return min(30 << min(failures - freePINTries, 7), 3600)
    }

    /// Sets or replaces the learner's PIN (checked as `PIN.validate` says) and clears wrong tries.
    public func setPIN(_ pin: String, for nip: NIP) throws {
        let hash = try PINHash.make(try Self.validPIN(pin))
        try write { db in
            _ = try Self.learner(nip, db)
            try db.execute(sql: "UPDATE learner SET pinHash = ?, pinFailures = 0, pinFailedAt = NULL WHERE nip = ?",
                           arguments: [hash, nip.digits])
        }
    }

    public func hasPIN(_ nip: NIP) throws -> Bool {
        try read { db in
            _ = try Self.learner(nip, db)
            return try Bool.fetchOne(db, sql: "SELECT pinHash IS NOT NULL FROM learner WHERE nip = ?",
                                     arguments: [nip.digits]) ?? false
        }
    }

    /// Whether the office made a PIN required on this device (`learner.pinRequired`).
    public func isPINRequired() throws -> Bool {
        Setting.isYes(try setting(.pinRequired))
    }

    /// Passes when `pin` is the learner's PIN, or when they have none; otherwise counts a wrong
    /// try and throws `.pinWrong`, or `.pinWait` while the wait after earlier wrong tries runs.
    public func checkPIN(_ pin: String, for nip: NIP) throws {
        let (hash, failures, failedAt) = try read { db in
            _ = try Self.learner(nip, db)
            let row = try Row.fetchOne(db, sql: "SELECT pinHash, pinFailures, pinFailedAt FROM learner WHERE nip = ?",
                                       arguments: [nip.digits])
            return (row?["pinHash"] as String?, row?["pinFailures"] as Int? ?? 0, row?["pinFailedAt"] as String?)
        }
        guard let hash else { return }
        let waited = failedAt.flatMap(Timestamp.date).map { clock().timeIntervalSince($0) } ?? .infinity
        // A clock set back makes `waited` negative: the wait starts again rather than vanishing.
        let remaining = Double(Self.pinWait(afterFailures: failures)) - max(waited, 0)
        if failedAt != nil, remaining > 0 { throw StoreError.pinWait(seconds: Int(remaining.rounded(.up))) }
        if PINHash.matches(pin, hash) {
            if failures > 0 {
                try write { db in
                    try db.execute(sql: "UPDATE learner SET pinFailures = 0, pinFailedAt = NULL WHERE nip = ?",
                                   arguments: [nip.digits])
                }
            }
            return
        }
        let counted = try write { db in
            try db.execute(sql: "UPDATE learner SET pinFailures = pinFailures + 1, pinFailedAt = ? WHERE nip = ?",
                           arguments: [now, nip.digits])
            return try Int.fetchOne(db, sql: "SELECT pinFailures FROM learner WHERE nip = ?", arguments: [nip.digits]) ?? 0
        }
        throw StoreError.pinWrong(wait: Self.pinWait(afterFailures: counted))
    }

    /// Takes a forgotten PIN off, for the office: only the OS account that owns the store file (or
    /// root) may, with a reason; the reset is kept as a row of its own. It is not a statement:
    /// statements are learning records credited as JP, and the reason is free text that should
    /// not travel to the LRS. The learner sets a new PIN at their next start.
    public func resetPIN(of nip: NIP, reason: String) throws {
        let reason = reason.trimmingWhitespace
        guard !reason.isEmpty else { throw StoreError.pinResetReason }
        let owner = try StoreFile.owner(path: path)
        let user = geteuid()
        guard Self.mayResetPIN(user: user, owner: owner) else {
            throw StoreError.pinResetNotOwner(path: path, owner: Self.accountName(owner))
        }
        try write { db in
            _ = try Self.learner(nip, db)
            try db.execute(sql: "UPDATE learner SET pinHash = NULL, pinFailures = 0, pinFailedAt = NULL WHERE nip = ?",
                           arguments: [nip.digits])
            try db.execute(sql: "INSERT INTO pinReset (learnerNIP, resetAt, osUser, reason) VALUES (?, ?, ?, ?)",
                           arguments: [nip.digits, now, Self.accountName(user), reason])
        }
    }

    /// Every PIN reset on this device, oldest first.
    public func pinResets() throws -> [PINReset] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM pinReset ORDER BY id").map { row in
                PINReset(nip: try NIP(validating: row["learnerNIP"]), at: Timestamp.date(row["resetAt"]) ?? .distantPast,
                         osUser: row["osUser"], reason: row["reason"])
            }
        }
    }

    /// The account that looks after the device (it made the store), or root.
    static func mayResetPIN(user: uid_t, owner: uid_t) -> Bool { user == 0 || user == owner }

    static func validPIN(_ pin: String) throws -> String {
        do {
            return try PIN.validate(pin)
        } catch {
            throw StoreError.invalidPIN(error)
        }
    }

    private static func accountName(_ uid: uid_t) -> String {
        guard let entry = getpwuid(uid), let name = entry.pointee.pw_name else { return "uid \(uid)" }
        return String(cString: name)
    }
}
